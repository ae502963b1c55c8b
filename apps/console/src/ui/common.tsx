import { Alert, Form, Modal, Select, Tag, Typography, type FormInstance } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { fieldReason } from '../api/field-reasons';
import { RULE_TITLES } from '../rule-titles';
import { EVENT_TYPE, PARTY_KIND, useLabel, useLang, useT } from '../i18n';

/** What a refusal means, by its status, in the user's language; the service's own words follow. */
function headline(status: number, t: (zh: string, en: string) => string): string {
  if (status === 400) return t('输入有误', 'The input was refused');
  if (status === 401) return t('登录已失效，请重新登录', 'Signed out: sign in again');
  if (status === 403) return t('无权执行此操作', 'Not allowed for your role or branch');
  if (status === 404) return t('未找到', 'Not found');
  if (status === 409)
    return t('与其他操作冲突，请刷新后重试', 'In conflict with another change: reload and try again');
  if (status === 422) return t('业务规则不允许', 'A business rule refuses it');
  if (status === 429) return t('请求过多，请稍后重试', 'Too many requests: try again shortly');
  if (status >= 500) return t('服务暂不可用，请稍后重试', 'The service is unavailable: try again shortly');
  return t('请求未成功', 'The request did not succeed');
}

export function ErrorNote({ error }: { error: unknown }) {
  const t = useT();
  const lang = useLang();
  if (!error) return null;
  const detail = error instanceof Error ? error.message : String(error);
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      message={error instanceof ApiError ? headline(error.status, t) : detail}
      description={
        fields.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="refused-fields">
            {fields.map((f, i) => (
              <li key={i}>
                <code>{f.field}</code>
                {t('：', ': ')}
                {fieldReason(lang, f)}
              </li>
            ))}
          </ul>
        ) : error instanceof ApiError && error.rule ? (
          <>
            <div data-testid="refusal-rule">
              <Tag>{error.rule.id}</Tag>
              {RULE_TITLES[error.rule.id]?.[lang === 'zh' ? 0 : 1]}
            </div>
            <div>{error.rule.message}</div>
          </>
        ) : error instanceof ApiError ? (
          detail
        ) : undefined
      }
      style={{ marginBottom: 12 }}
    />
  );
}

/**
 * Puts each field a service refused under the form's field, in the user's language. A refused
 * body path (`customer.phone`) finds its field by the whole path, by `names`, or by its last part.
 */
export function useFieldRefusals<V>(
  form: FormInstance<V>,
  error: unknown,
  names: Readonly<Record<string, string>> = {},
): void {
  const lang = useLang();
  useEffect(() => {
    if (!(error instanceof ApiError)) return;
    const found = error.fields.flatMap((refusal) => {
      const path = refusal.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      const candidates = [names[refusal.field], path, path[path.length - 1]].filter(
        (name) => name !== undefined,
      ) as Array<string | (string | number)[]>;
      const name = candidates.find((c) => form.getFieldInstance(c as never) !== undefined);
      return name === undefined ? [] : [{ name, errors: [fieldReason(lang, refusal)] }];
    });
    if (found.length > 0) form.setFields(found as never);
    // The names are read when an error arrives: a new map each render must not set them again.
  }, [error, form, lang]);
}

export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div
      style={{
        display: 'flex',
        justifyContent: 'space-between',
        alignItems: 'center',
        flexWrap: 'wrap',
        gap: 8,
        marginBottom: 12,
      }}
    >
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {children}
      </Typography.Title>
      {extra}
    </div>
  );
}

/** A card's title: a heading under the page's title, in the size of antd's card titles. */
export function CardTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
      {children}
    </Typography.Title>
  );
}

/** The branch a screen shows, among those the user may pick. */
export function BranchSelect({
  branches,
  value,
  onChange,
}: {
  branches: readonly string[];
  value: string | undefined;
  onChange: (branch: string) => void;
}) {
  const t = useT();
  return (
    <Select
      aria-label={t('分公司', 'Branch')}
      style={{ width: 120 }}
      value={value}
      onChange={onChange}
      options={branches.map((b) => ({ value: b, label: b }))}
    />
  );
}

/**
 * A command as a dialog: its form, what the service refused (kept shown until the next try), and
 * the button that submits it. The caller names the button, as its screen's texts do.
 */
export function FormModal<V>({
  title,
  okText,
  form,
  name,
  initialValues,
  onFinish,
  pending,
  error,
  onClose,
  children,
}: {
  title: ReactNode;
  okText: string;
  form: FormInstance<V>;
  name: string;
  initialValues?: Partial<V>;
  onFinish: (values: V) => void;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useT();
  useFieldRefusals(form, error);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      okText={okText}
      cancelText={t('取消', 'Cancel')}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
    >
      <ErrorNote error={error} />
      <Form<V> name={name} form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        {children}
      </Form>
    </Modal>
  );
}

/** The branches a user may pick: their own, or every branch for a head-office role. */
export const pickableBranches = (own: readonly string[], all: readonly string[]) => (own.length ? own : all);

/** An event type in the user's language with its raw type beside it, as auditors search for it. */
export function EventType({ type }: { type: string }) {
  const label = useLabel();
  return (
    <span data-testid="event-type">
      {EVENT_TYPE[type] ? `${label(EVENT_TYPE, type)} ` : ''}
      <code style={{ fontSize: 12, color: '#595959' }}>{type}</code>
    </span>
  );
}

/** A party named `kind:id` (a share, a dispute), its kind in the user's language. */
export function usePartyName() {
  const label = useLabel();
  return (party: string) => {
    const at = party.indexOf(':');
    return at < 0 ? party : `${label(PARTY_KIND, party.slice(0, at))}:${party.slice(at + 1)}`;
  };
}
