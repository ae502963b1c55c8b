import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useCan } from '../api/access';
import { finance, ok } from '../api/client';
import { formatMoney, formatTime } from '../format';
import { useLang, useT } from '../i18n';
import { href, navigate } from '../router';
import { ErrorNote, PageTitle } from '../ui/common';

type Cost = NonNullable<NonNullable<Awaited<ReturnType<typeof pendingCosts>>>['items']>[number];
interface Line {
  account: string;
  debitMinor: number;
  creditMinor: number;
}
interface Entry {
  entryId: string;
  currency: string;
  period: string;
  postedAt: string;
  cause: { kind: string; costId?: string; claimId?: string; attributionId?: string; reverses?: string };
  lines: Line[];
}

// The cost list's filters are not in the contract yet: passed as the service reads them.
const pendingCosts = () =>
  ok(finance.GET('/finance/costs', { params: { query: { status: 'pending', limit: 100 } as never } }));

/** Finance: the cost audit queue (FIN-1), a case's money with its causes (AUD-2), chargebacks (FIN-6). */
export default function Finance({ route }: { route: string[] }) {
  const t = useT();
  const caseId = route[1] === 'cases' ? route[2] : undefined;
  return (
    <section aria-labelledby="finance-title">
      <PageTitle>
        <span id="finance-title">{t('财务', 'Finance')}</span>
      </PageTitle>
      <Tabs
        activeKey={caseId ? 'money' : 'audit'}
        onChange={(k) => (k === 'audit' ? navigate('finance') : navigate('finance', 'cases', caseId ?? ''))}
        items={[
          { key: 'audit', label: t('费用审核', 'Cost audit'), children: <CostAudit /> },
          { key: 'money', label: t('案件费用', 'Case money'), children: <CaseMoney caseId={caseId} /> },
        ]}
      />
    </section>
  );
}

function CostAudit() {
  const t = useT();
  const lang = useLang();
  const can = useCan();
  const client = useQueryClient();
  const costs = useQuery({ queryKey: ['costs', 'pending'], queryFn: pendingCosts });
  const approve = useMutation({
    mutationFn: (c: Cost) =>
      ok(
        finance.POST('/finance/cases/{caseId}/costs/{costId}/approve', {
          params: { path: { caseId: c.caseId!, costId: c.costId! } },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['costs'] }),
  });
  return (
    <>
      <ErrorNote error={costs.error ?? approve.error} />
      <Table<Cost>
        rowKey={(c) => `${c.caseId}:${c.costId}`}
        size="middle"
        loading={costs.isLoading}
        dataSource={costs.data?.items ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 760 }}
        columns={[
          {
            title: t('案件', 'Case'),
            dataIndex: 'caseId',
            render: (id: string) => <a href={href('finance', 'cases', id)}>{id.slice(0, 8)}</a>,
          },
          { title: t('分公司', 'Branch'), dataIndex: 'branch' },
          { title: t('类别', 'Kind'), dataIndex: 'kind' },
          {
            title: t('金额', 'Amount'),
            key: 'amount',
            render: (_: unknown, c) => formatMoney(c.amountMinor, c.currency, lang),
          },
          { title: t('承担', 'Bearer'), dataIndex: 'bearer' },
          { title: t('说明', 'Description'), dataIndex: 'description' },
          {
            title: t('记录时间', 'Recorded'),
            dataIndex: 'recordedAt',
            render: (v: string, c) => formatTime(v, c.branch, lang),
          },
          {
            title: t('审核', 'Audit'),
            key: 'audit',
            render: (_: unknown, c) =>
              can('POST /finance/cases/{caseId}/costs/{costId}/approve', c.branch) && (
                <Button size="small" onClick={() => approve.mutate(c)} loading={approve.isPending}>
                  {t('通过', 'Approve')}
                </Button>
              ),
          },
        ]}
      />
    </>
  );
}

function CaseMoney({ caseId }: { caseId?: string }) {
  const t = useT();
  const lang = useLang();
  const money = useQuery({
    queryKey: ['money', caseId],
    enabled: !!caseId,
    queryFn: () =>
      ok(finance.GET('/finance/cases/{caseId}/money', { params: { path: { caseId: caseId! } } })),
  });
  const entries = (money.data?.entries ?? []) as unknown as Entry[];
  const chargebacks = entries.filter((e) => e.cause.kind === 'chargeback');
  const amountOf = (e: Entry) => e.lines.reduce((s, l) => s + l.debitMinor, 0);
  const supplierOf = (e: Entry) =>
    e.lines.find((l) => l.account.startsWith('supplier-payable:'))?.account.split(':')[1] ?? '';
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Form
        layout="inline"
        onFinish={(v: { caseId: string }) => navigate('finance', 'cases', v.caseId.trim())}
        initialValues={{ caseId }}
      >
        <Form.Item name="caseId" label={t('案件 ID', 'Case ID')} rules={[{ required: true }]}>
          <Input style={{ width: 340 }} />
        </Form.Item>
        <Button htmlType="submit">{t('查询', 'Show')}</Button>
      </Form>
      <ErrorNote error={money.error} />
      {money.data && (
        <>
          <Card
            title={
              <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                {t('供应商扣款 (FIN-6)', 'Supplier chargebacks (FIN-6)')}
              </Typography.Title>
            }
          >
            <Table<Entry>
              rowKey="entryId"
              size="small"
              pagination={false}
              dataSource={chargebacks}
              locale={{ emptyText: t('无扣款', 'No chargebacks') }}
              columns={[
                {
                  title: t('供应商', 'Supplier'),
                  key: 'supplier',
                  render: (_: unknown, e) => <span data-testid="chargeback-supplier">{supplierOf(e)}</span>,
                },
                {
                  title: t('金额', 'Amount'),
                  key: 'amount',
                  render: (_: unknown, e) => (
                    <span data-testid="chargeback-amount">{formatMoney(amountOf(e), e.currency, lang)}</span>
                  ),
                },
                {
                  title: t('索赔单', 'Claim'),
                  key: 'claim',
                  render: (_: unknown, e) => e.cause.claimId?.slice(0, 8),
                },
                { title: t('期间', 'Period'), dataIndex: 'period' },
                {
                  title: t('记账时间', 'Posted'),
                  dataIndex: 'postedAt',
                  render: (v: string) => formatTime(v, money.data?.branch, lang),
                },
              ]}
            />
          </Card>
          <Card
            title={
              <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                {t('费用', 'Costs')}
              </Typography.Title>
            }
          >
            <Table
              rowKey="costId"
              size="small"
              pagination={false}
              dataSource={money.data.costs ?? []}
              scroll={{ x: 600 }}
              columns={[
                { title: t('类别', 'Kind'), dataIndex: 'kind' },
                {
                  title: t('金额', 'Amount'),
                  key: 'a',
                  render: (_: unknown, c: Cost) => formatMoney(c.amountMinor, c.currency, lang),
                },
                { title: t('承担', 'Bearer'), dataIndex: 'bearer' },
                { title: t('状态', 'Status'), dataIndex: 'status', render: (s: string) => <Tag>{s}</Tag> },
                { title: t('审核人', 'Audited by'), dataIndex: 'auditedBy' },
              ]}
            />
          </Card>
          <Card
            title={
              <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                {t('分录及原因', 'Entries and their causes')}
              </Typography.Title>
            }
          >
            <Table<Entry>
              rowKey="entryId"
              size="small"
              pagination={false}
              dataSource={entries}
              scroll={{ x: 700 }}
              columns={[
                { title: t('原因', 'Cause'), key: 'cause', render: (_: unknown, e) => e.cause.kind },
                {
                  title: t('分录', 'Lines'),
                  key: 'lines',
                  render: (_: unknown, e) => (
                    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                      {e.lines.map((l, i) => (
                        <li key={i}>
                          {l.account}:{' '}
                          {l.debitMinor
                            ? `${t('借', 'Dr')} ${formatMoney(l.debitMinor, e.currency, lang)}`
                            : `${t('贷', 'Cr')} ${formatMoney(l.creditMinor, e.currency, lang)}`}
                        </li>
                      ))}
                    </ul>
                  ),
                },
                { title: t('期间', 'Period'), dataIndex: 'period' },
                {
                  title: t('记账时间', 'Posted'),
                  dataIndex: 'postedAt',
                  render: (v: string) => formatTime(v, money.data?.branch, lang),
                },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
