import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Modal, Select, Space, Table, Tabs, Tag } from 'antd';
import { useContext, useState } from 'react';
import { useCan } from '../api/access';
import { caseIdOf } from '../api/cases';
import { finance, ok } from '../api/client';
import { SessionContext } from '../auth/SessionContext';
import { config } from '../config';
import { formatMoney, formatTime, wallClockIn, zoneOf } from '../format';
import { ACCOUNT, BEARER, COST_KIND, COST_STATUS, ENTRY_CAUSE, useLabel, useLang, useT } from '../i18n';
import { href, navigate } from '../router';
import { BarChart } from '../ui/BarChart';
import { BranchSelect, CardTitle, ErrorNote, PageTitle, pickableBranches } from '../ui/common';
import { CaseLink } from '../ui/CaseLink';

const pendingCosts = () =>
  ok(finance.GET('/finance/costs', { params: { query: { status: 'pending', limit: 100 } } }));
const caseMoney = (caseId: string) =>
  ok(finance.GET('/finance/cases/{caseId}/money', { params: { path: { caseId } } }));
type Cost = Awaited<ReturnType<typeof pendingCosts>>['items'][number];
type Entry = Awaited<ReturnType<typeof caseMoney>>['entries'][number];

/**
 * Finance: the cost audit queue (FIN-1), a case's money with its causes (AUD-2), chargebacks
 * (FIN-6), the monthly close (FIN-8), the cost allocated to each responsible department (FIN-3).
 */
export default function Finance({ route }: { route: string[] }) {
  const t = useT();
  const caseId = route[1] === 'cases' ? route[2] : undefined;
  const tab =
    caseId !== undefined || route[1] === 'cases'
      ? 'money'
      : route[1] === 'periods' || route[1] === 'allocation'
        ? route[1]
        : 'audit';
  return (
    <section aria-labelledby="finance-title">
      <PageTitle>
        <span id="finance-title">{t('财务', 'Finance')}</span>
      </PageTitle>
      <Tabs
        activeKey={tab}
        onChange={(k) =>
          k === 'audit'
            ? navigate('finance')
            : k === 'periods' || k === 'allocation'
              ? navigate('finance', k)
              : navigate('finance', 'cases', caseId ?? '')
        }
        items={[
          { key: 'audit', label: t('费用审核', 'Cost audit'), children: <CostAudit /> },
          { key: 'money', label: t('案件费用', 'Case money'), children: <CaseMoney caseId={caseId} /> },
          { key: 'periods', label: t('月结', 'Period close'), children: <Periods /> },
          {
            key: 'allocation',
            label: t('部门分摊', 'Allocation by department'),
            children: <Allocation />,
          },
        ]}
      />
    </section>
  );
}

function CostAudit() {
  const t = useT();
  const label = useLabel();
  const lang = useLang();
  const can = useCan();
  const client = useQueryClient();
  const costs = useQuery({ queryKey: ['costs', 'pending'], queryFn: pendingCosts });
  const approve = useMutation({
    mutationFn: (c: Cost) =>
      ok(
        finance.POST('/finance/cases/{caseId}/costs/{costId}/approve', {
          params: { path: { caseId: c.caseId, costId: c.costId } },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['costs'] }),
  });
  const [rejecting, setRejecting] = useState<Cost>();
  const [form] = Form.useForm<{ reason: string }>();
  const reject = useMutation({
    mutationFn: ({ cost, reason }: { cost: Cost; reason: string }) =>
      ok(
        finance.POST('/finance/cases/{caseId}/costs/{costId}/reject', {
          params: { path: { caseId: cost.caseId!, costId: cost.costId! } },
          body: { reason },
        }),
      ),
    onSuccess: () => {
      setRejecting(undefined);
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['costs'] });
    },
  });
  return (
    <>
      <ErrorNote error={costs.error ?? approve.error} />
      <Modal
        open={!!rejecting}
        title={t('驳回费用 (FIN-1)', 'Reject the cost (FIN-1)')}
        okText={t('驳回', 'Reject')}
        cancelText={t('取消', 'Cancel')}
        confirmLoading={reject.isPending}
        onCancel={() => setRejecting(undefined)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <p>
          {rejecting &&
            `${label(COST_KIND, rejecting.kind)} · ${formatMoney(rejecting.amountMinor, rejecting.currency, lang)} · ${rejecting.description ?? ''}`}
        </p>
        <ErrorNote error={reject.error} />
        <Form
          name="reject-cost"
          form={form}
          layout="vertical"
          onFinish={(v) => rejecting && reject.mutate({ cost: rejecting, reason: v.reason.trim() })}
        >
          <Form.Item
            name="reason"
            label={t('驳回理由', 'Reason')}
            rules={[{ required: true, whitespace: true, message: t('请填写理由', 'Give the reason') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
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
            render: (id: string) => <CaseLink caseId={id} to={href('finance', 'cases', id)} />,
          },
          { title: t('分公司', 'Branch'), dataIndex: 'branch' },
          { title: t('类别', 'Kind'), dataIndex: 'kind', render: (k: string) => label(COST_KIND, k) },
          {
            title: t('金额', 'Amount'),
            key: 'amount',
            render: (_: unknown, c) => formatMoney(c.amountMinor, c.currency, lang),
          },
          { title: t('承担', 'Bearer'), dataIndex: 'bearer', render: (b: string) => label(BEARER, b) },
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
                <Space size={4}>
                  <Button size="small" onClick={() => approve.mutate(c)} loading={approve.isPending}>
                    {t('通过', 'Approve')}
                  </Button>
                  {can('POST /finance/cases/{caseId}/costs/{costId}/reject', c.branch) && (
                    <Button size="small" danger onClick={() => setRejecting(c)}>
                      {t('驳回', 'Reject')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
    </>
  );
}

function CaseMoney({ caseId }: { caseId?: string }) {
  const t = useT();
  const label = useLabel();
  const lang = useLang();
  const money = useQuery({
    queryKey: ['money', caseId],
    enabled: !!caseId,
    queryFn: async () => caseMoney(await caseIdOf(caseId!)),
  });
  const entries = money.data?.entries ?? [];
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
        <Form.Item
          name="caseId"
          label={t('案件号或案件 ID', 'Case number or id')}
          rules={[{ required: true }]}
        >
          <Input style={{ width: 340 }} />
        </Form.Item>
        <Button htmlType="submit">{t('查询', 'Show')}</Button>
      </Form>
      <ErrorNote error={money.error} />
      {money.data && (
        <>
          <Card title={<CardTitle>{t('供应商扣款 (FIN-6)', 'Supplier chargebacks (FIN-6)')}</CardTitle>}>
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
          <Card title={<CardTitle>{t('费用', 'Costs')}</CardTitle>}>
            <Table
              rowKey="costId"
              size="small"
              pagination={false}
              dataSource={money.data.costs ?? []}
              scroll={{ x: 600 }}
              columns={[
                { title: t('类别', 'Kind'), dataIndex: 'kind', render: (k: string) => label(COST_KIND, k) },
                {
                  title: t('金额', 'Amount'),
                  key: 'a',
                  render: (_: unknown, c: Cost) => formatMoney(c.amountMinor, c.currency, lang),
                },
                { title: t('承担', 'Bearer'), dataIndex: 'bearer', render: (b: string) => label(BEARER, b) },
                {
                  title: t('状态', 'Status'),
                  dataIndex: 'status',
                  render: (s: string) => <Tag>{label(COST_STATUS, s)}</Tag>,
                },
                { title: t('审核人', 'Audited by'), dataIndex: 'auditedBy' },
              ]}
            />
          </Card>
          <Card title={<CardTitle>{t('分录及原因', 'Entries and their causes')}</CardTitle>}>
            <Table<Entry>
              rowKey="entryId"
              size="small"
              pagination={false}
              dataSource={entries}
              scroll={{ x: 700 }}
              columns={[
                {
                  title: t('原因', 'Cause'),
                  key: 'cause',
                  render: (_: unknown, e) => label(ENTRY_CAUSE, e.cause.kind),
                },
                {
                  title: t('分录', 'Lines'),
                  key: 'lines',
                  render: (_: unknown, e) => (
                    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                      {e.lines.map((l, i) => (
                        <li key={i}>
                          {label(ACCOUNT, l.account)}:{' '}
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

interface Settlement {
  branch: string;
  period: string;
  closedAt: string | null;
  accounts: { account: string; currency: string; debitMinor: number; creditMinor: number }[];
}

/** The last twelve months of a branch in its own zone, newest first: `2026-12`, `2026-11`, … */
function lastMonths(branch: string, count = 12): string[] {
  const [y, m] = wallClockIn(Date.now(), zoneOf(branch)).split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const n = y * 12 + (m - 1) - i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

/** FIN-8: each month of a branch, closed or open, with what was posted; a finance officer closes one. */
function Periods() {
  const t = useT();
  const lang = useLang();
  const can = useCan();
  const client = useQueryClient();
  const session = useContext(SessionContext).session!;
  const branches = pickableBranches(session.branches, config().branches);
  const [branch, setBranch] = useState(branches[0]);
  const months = lastMonths(branch);
  const settlements = useQuery({
    queryKey: ['settlements', branch, months[0]],
    queryFn: () =>
      Promise.all(
        months.map((period) =>
          ok(
            finance.GET('/finance/periods/{branch}/{period}/settlement', {
              params: { path: { branch, period } },
            }),
          ),
        ),
      ),
  });
  const close = useMutation({
    mutationFn: (period: string) =>
      ok(finance.POST('/finance/periods/{branch}/{period}/close', { params: { path: { branch, period } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['settlements', branch] }),
  });
  const rows = (settlements.data ?? []) as unknown as Settlement[];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <BranchSelect branches={branches} value={branch} onChange={setBranch} />
      </Space>
      <ErrorNote error={settlements.error ?? close.error} />
      <Table<Settlement>
        rowKey="period"
        size="middle"
        loading={settlements.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 640 }}
        columns={[
          { title: t('期间', 'Period'), dataIndex: 'period' },
          {
            title: t('状态', 'Status'),
            key: 'status',
            render: (_: unknown, s) =>
              s.closedAt ? (
                <Tag color="blue" data-testid={`period-closed-${s.period}`}>
                  {t('已结账', 'Closed')} · {formatTime(s.closedAt, s.branch, lang)}
                </Tag>
              ) : (
                <Tag>{t('未结账', 'Open')}</Tag>
              ),
          },
          {
            title: t('借方合计', 'Debits'),
            key: 'debits',
            render: (_: unknown, s) =>
              Object.entries(
                s.accounts.reduce<Record<string, number>>(
                  (sum, a) => ({ ...sum, [a.currency]: (sum[a.currency] ?? 0) + a.debitMinor }),
                  {},
                ),
              )
                .map(([currency, minor]) => formatMoney(minor, currency, lang))
                .join(', ') || '—',
          },
          {
            title: t('科目数', 'Accounts'),
            key: 'accounts',
            render: (_: unknown, s) => s.accounts.length,
          },
          {
            title: t('结账', 'Close'),
            key: 'close',
            render: (_: unknown, s) =>
              !s.closedAt &&
              can('POST /finance/periods/{branch}/{period}/close', s.branch) && (
                <Button
                  size="small"
                  aria-label={t(`结账 ${s.period}`, `Close ${s.period}`)}
                  loading={close.isPending && close.variables === s.period}
                  onClick={() => close.mutate(s.period)}
                >
                  {t('结账', 'Close')}
                </Button>
              ),
          },
        ]}
      />
    </>
  );
}

interface DepartmentCost {
  department: string;
  currency: string;
  amountMinor: number;
}

/**
 * FIN-3: what each responsible department bears of a branch's month, from the ledger (allocations
 * in the shares of the attribution in force, net of their reversals), largest first.
 */
function Allocation() {
  const t = useT();
  const lang = useLang();
  const session = useContext(SessionContext).session!;
  const branches = pickableBranches(session.branches, config().branches);
  const [branch, setBranch] = useState(branches[0]);
  const months = lastMonths(branch);
  const [period, setPeriod] = useState(months[0]);
  const report = useQuery({
    queryKey: ['cost-report', 'department-cost', branch, period],
    queryFn: () =>
      ok(
        finance.GET('/finance/cost-report', {
          params: { query: { branch, period, party: 'department-cost' } },
        }),
      ),
  });
  const byDepartment = new Map<string, DepartmentCost>();
  for (const r of report.data?.rows ?? []) {
    if (!r.account || !r.currency || r.amountMinor === undefined) continue;
    const department = r.account.slice(r.account.indexOf(':') + 1);
    const key = `${department} ${r.currency}`;
    const sum = byDepartment.get(key) ?? { department, currency: r.currency, amountMinor: 0 };
    byDepartment.set(key, { ...sum, amountMinor: sum.amountMinor + r.amountMinor });
  }
  const rows = [...byDepartment.values()].sort((a, b) => b.amountMinor - a.amountMinor);
  const currencies = [...new Set(rows.map((r) => r.currency))];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <BranchSelect
          branches={branches}
          value={branch}
          onChange={(b) => {
            setBranch(b);
            setPeriod(lastMonths(b)[0]);
          }}
        />
        <Select
          aria-label={t('期间', 'Period')}
          style={{ width: 120 }}
          value={period}
          onChange={setPeriod}
          options={months.map((m) => ({ value: m, label: m }))}
        />
      </Space>
      <ErrorNote error={report.error} />
      <Table<DepartmentCost>
        rowKey={(r) => `${r.department} ${r.currency}`}
        size="middle"
        loading={report.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('本期无部门分摊', 'Nothing allocated to a department this month') }}
        columns={[
          {
            title: t('责任部门', 'Department'),
            dataIndex: 'department',
            render: (d: string) => <span data-testid="allocation-department">{d}</span>,
          },
          {
            title: t('分摊金额', 'Allocated'),
            key: 'amount',
            align: 'right',
            render: (_: unknown, r) => (
              <span data-testid={`allocation-${r.department}`}>
                {formatMoney(r.amountMinor, r.currency, lang)}
              </span>
            ),
          },
        ]}
      />
      {/* One chart per currency: amounts of different currencies are not comparable. */}
      {currencies.map((currency) => (
        <Card key={currency} size="small" style={{ marginTop: 16 }}>
          <BarChart
            title={t(
              `${branch} ${period} 部门分摊（${currency}）`,
              `${branch} ${period} by department (${currency})`,
            )}
            data={Object.fromEntries(
              rows
                .filter((r) => r.currency === currency && r.amountMinor > 0)
                .map((r) => [r.department, r.amountMinor]),
            )}
            format={(n) => formatMoney(n, currency, lang)}
          />
        </Card>
      ))}
    </>
  );
}
