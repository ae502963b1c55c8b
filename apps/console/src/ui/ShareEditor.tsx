import { Button, Form, Input, InputNumber, Select, Space, Typography, type FormInstance } from 'antd';
import type { ShareDto } from '../api/types';
import { percent } from '../format';
import { PARTY_KIND, useLabel, useT } from '../i18n';

export interface ShareRow {
  kind: ShareDto['party']['kind'];
  who?: string;
  percent?: number;
}

/** Basis points of the rows, exactly: 60.25 % → 6025 (QC-3 shares are whole basis points). */
export const basisPoints = (p: number | undefined) => Math.round((p ?? 0) * 100);

export const sharesTotal = (rows: readonly ShareRow[] | undefined) =>
  (rows ?? []).reduce((sum, r) => sum + basisPoints(r?.percent), 0);

export function toShares(rows: readonly ShareRow[]): ShareDto[] {
  return rows.map((r) => ({
    party:
      r.kind === 'department'
        ? { kind: 'department', department: r.who ?? '' }
        : r.kind === 'supplier'
          ? { kind: 'supplier', supplierId: r.who ?? '' }
          : r.kind === 'carrier'
            ? { kind: 'carrier', carrierId: r.who ?? '' }
            : { kind: 'customer' },
    shareBp: basisPoints(r.percent),
  }));
}

/**
 * QC-3: who bears what. The shares must add up to 100 %; the total is checked as one types and
 * announced to screen readers, and the form cannot be sent otherwise.
 */
export function ShareEditor({ form, name = 'shares' }: { form: FormInstance; name?: string }) {
  const t = useT();
  const label = useLabel();
  const rows = Form.useWatch(name, form) as ShareRow[] | undefined;
  const total = sharesTotal(rows);
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 14, fontWeight: 600 }}>{t('责任归属', 'Responsibility shares')}</legend>
      <Form.List
        name={name}
        rules={[
          {
            validator: async (_, value: ShareRow[] | undefined) => {
              if (sharesTotal(value) !== 10_000)
                throw new Error(t('份额合计须为 100 %', 'The shares must add up to 100 %'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => {
              const kind = rows?.[i]?.kind;
              return (
                <Space key={field.key} wrap align="baseline">
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={t(`第 ${i + 1} 方`, `Party ${i + 1}`)}
                    rules={[{ required: true }]}
                  >
                    <Select
                      style={{ width: 130 }}
                      options={Object.keys(PARTY_KIND).map((k) => ({
                        value: k,
                        label: label(PARTY_KIND, k),
                      }))}
                    />
                  </Form.Item>
                  {kind !== 'customer' && (
                    <Form.Item
                      name={[field.name, 'who']}
                      label={
                        kind === 'supplier'
                          ? t(`第 ${i + 1} 方供应商`, `Party ${i + 1} supplier`)
                          : kind === 'carrier'
                            ? t(`第 ${i + 1} 方承运商`, `Party ${i + 1} carrier`)
                            : t(`第 ${i + 1} 方部门`, `Party ${i + 1} department`)
                      }
                      rules={[{ required: true, message: t('必填', 'Required') }]}
                    >
                      <Input style={{ width: 150 }} />
                    </Form.Item>
                  )}
                  <Form.Item
                    name={[field.name, 'percent']}
                    label={t(`第 ${i + 1} 方份额 (%)`, `Party ${i + 1} share (%)`)}
                    rules={[{ required: true, message: t('必填', 'Required') }]}
                  >
                    <InputNumber min={0.01} max={100} step={1} precision={2} style={{ width: 110 }} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      onClick={() => remove(field.name)}
                      aria-label={t(`删除第 ${i + 1} 方`, `Remove party ${i + 1}`)}
                    >
                      {t('删除', 'Remove')}
                    </Button>
                  )}
                </Space>
              );
            })}
            <Space wrap align="center">
              <Button onClick={() => add({ kind: 'department', percent: undefined })}>
                {t('添加一方', 'Add a party')}
              </Button>
              <Typography.Text
                data-testid="shares-total"
                role="status"
                aria-live="polite"
                type={total === 10_000 ? 'success' : 'danger'}
                strong
              >
                {t('合计', 'Total')} {percent(total)}
                {total !== 10_000 && ` — ${t('须为 100 %', 'must be 100 %')}`}
              </Typography.Text>
            </Space>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
