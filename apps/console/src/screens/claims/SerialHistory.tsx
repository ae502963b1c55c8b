import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, Space, Table, Tag } from 'antd';
import { claims, ok } from '../../api/client';
import { formatTime } from '../../format';
import { WARRANTY_STANDING, useLabel, useLang, useT } from '../../i18n';
import { href, navigate } from '../../router';
import { CardTitle, ErrorNote } from '../../ui/common';
import { CaseLink } from '../../ui/CaseLink';

type History = Awaited<ReturnType<typeof readHistory>>;
type HistoryEntry = History['entries'][number];
const readHistory = (serial: string) =>
  ok(claims.GET('/claims/products/{serial}/history', { params: { path: { serial } } }));

const KIND = {
  registered: ['登记', 'Registered'],
  'record-changed': ['档案变更', 'Record changed'],
  contract: ['维保合同', 'Contract'],
  'contract-notice': ['合同到期提醒', 'Contract notice'],
  exchange: ['换货', 'Exchange'],
  case: ['案件', 'Case'],
  assessment: ['保修判定', 'Warranty assessment'],
  visit: ['上门服务', 'Visit'],
  inspection: ['质检', 'Inspection'],
  claim: ['索赔', 'Claim'],
} as const;
const COLOR: Record<string, string> = {
  case: 'blue',
  visit: 'blue',
  inspection: 'purple',
  exchange: 'red',
  claim: 'red',
};

/** CLM-7: one query of a serial's whole history, with the units it replaced. */
export default function SerialHistory({ serial }: { serial?: string }) {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const path = { params: { path: { serial: serial! } } };
  const product = useQuery({
    queryKey: ['product', serial],
    enabled: !!serial,
    queryFn: () => ok(claims.GET('/claims/products/{serial}', path)),
  });
  const history = useQuery({
    queryKey: ['serial-history', serial],
    enabled: !!serial,
    queryFn: () => readHistory(serial!),
  });
  const p = product.data;
  const h = history.data;
  const link = (e: HistoryEntry) =>
    e.kind === 'case' || e.kind === 'assessment' ? (
      <CaseLink caseId={e.ref} />
    ) : e.kind === 'inspection' ? (
      <a href={href('quality', e.ref)}>{e.ref.slice(0, 8)}</a>
    ) : e.kind === 'exchange' ? (
      <a href={href('returns', e.ref)}>{e.ref.slice(0, 8)}</a>
    ) : (
      e.ref.slice(0, 12)
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Form
        layout="inline"
        initialValues={{ serial }}
        onFinish={(v: { serial: string }) => navigate('claims', 'serials', v.serial.trim())}
      >
        <Form.Item
          name="serial"
          label={t('序列号', 'Serial number')}
          rules={[{ required: true, message: t('请输入序列号', 'Enter a serial number') }]}
        >
          <Input style={{ width: 280 }} />
        </Form.Item>
        <Button htmlType="submit" type="primary">
          {t('查询履历', 'Show history')}
        </Button>
      </Form>
      <ErrorNote error={product.error ?? history.error} />
      {p && (
        <Card
          title={
            <CardTitle>
              {t('产品', 'Product')} {p.serial}
            </CardTitle>
          }
        >
          <Descriptions
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'm', label: t('型号', 'Model'), children: p.model },
              { key: 'c', label: t('客户', 'Customer'), children: p.customerId },
              { key: 'b', label: t('分公司', 'Branch'), children: p.branch },
              {
                key: 'w',
                label: t('保修', 'Warranty'),
                children: p.warranty && (
                  <>
                    {p.warranty.standing && <Tag>{label(WARRANTY_STANDING, p.warranty.standing)}</Tag>}
                    {p.warranty.fullUntil &&
                      t(
                        `三包至 ${p.warranty.fullUntil}，延保维修至 ${p.warranty.extendedUntil}`,
                        `full warranty until ${p.warranty.fullUntil}, free repair until ${p.warranty.extendedUntil}`,
                      )}
                  </>
                ),
              },
              ...(h?.replaces.length
                ? [{ key: 'r', label: t('所替换的机组', 'Replaces'), children: h.replaces.join(' ← ') }]
                : []),
              ...(p.replacedBy
                ? [{ key: 'rb', label: t('已被替换为', 'Replaced by'), children: p.replacedBy }]
                : []),
            ]}
          />
        </Card>
      )}
      {h && (
        <Table<HistoryEntry>
          rowKey={(e) => `${e.serial}:${e.at}:${e.kind}:${e.ref}:${e.summary}`}
          size="middle"
          loading={history.isLoading}
          dataSource={h.entries}
          pagination={{ pageSize: 30 }}
          scroll={{ x: 720 }}
          locale={{ emptyText: t('无记录', 'No history') }}
          columns={[
            {
              title: t('时间', 'At'),
              dataIndex: 'at',
              render: (v: string) => formatTime(v, p?.branch, lang),
            },
            {
              title: t('类别', 'Kind'),
              dataIndex: 'kind',
              render: (k: string) => (
                <Tag color={COLOR[k]} data-testid="serial-history-kind">
                  {label(KIND, k)}
                </Tag>
              ),
            },
            { title: t('序列号', 'Serial'), dataIndex: 'serial' },
            { title: t('单据', 'Reference'), key: 'ref', render: (_: unknown, e) => link(e) },
            { title: t('内容', 'What'), dataIndex: lang === 'zh' ? 'summaryZh' : 'summary' },
          ]}
        />
      )}
    </Space>
  );
}
