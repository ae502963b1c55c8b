import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  assembleCaseReport,
  type AttributionRecord,
  type CaseReport,
  type MoneyRecord,
} from '../../../../libs/event-store/src/audit/case-report';
import type { CaseAuditPart } from '../../../../libs/event-store/src/audit/case-part';
import { isCaseId } from '../api/cases';
import { ApiError, claims, dispatch, finance, intake, ok, quality, returns } from '../api/client';
import { formatMoney, formatTime, instantOfWallClock, percent, wallClockIn, zoneOf } from '../format';
import {
  DISPUTE_OUTCOME,
  ENTRY_CAUSE,
  EVIDENCE_KIND,
  MONEY_KIND,
  ROLE,
  SERVICE,
  useLabel,
  useLang,
  useT,
} from '../i18n';
import { navigate } from '../router';
import { CardTitle, ErrorNote, EventType, PageTitle, usePartyName } from '../ui/common';

type Ask = (caseRef: string, asOf?: string) => Promise<unknown>;
const params = (caseRef: string, asOf?: string) => ({
  params: { path: { caseRef }, query: asOf ? { asOf } : {} },
});

/** Each service's auditor route, intake first: it knows every case by its number. */
const SOURCES: readonly (readonly [string, Ask])[] = [
  ['intake', (r, a) => ok(intake.GET('/intake/audit/cases/{caseRef}', params(r, a)))],
  ['dispatch', (r, a) => ok(dispatch.GET('/dispatch/audit/cases/{caseRef}', params(r, a)))],
  [
    'quality-inspection',
    (r, a) => ok(quality.GET('/quality-inspection/audit/cases/{caseRef}', params(r, a))),
  ],
  ['warehouse-returns', (r, a) => ok(returns.GET('/warehouse-returns/audit/cases/{caseRef}', params(r, a)))],
  ['claims', (r, a) => ok(claims.GET('/claims/audit/cases/{caseRef}', params(r, a)))],
  ['finance', (r, a) => ok(finance.GET('/finance/audit/cases/{caseRef}', params(r, a)))],
];

/**
 * The parts as `npm run audit -- case --http` gathers them: a case number asked of each service in
 * turn until one knows it, then every other service by the case id; a 404 is no part.
 */
async function caseReport(caseRef: string, asOf: string | undefined): Promise<CaseReport | null> {
  const ask = async ([, get]: readonly [string, Ask], ref: string) => {
    try {
      return (await get(ref, asOf)) as CaseAuditPart;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  };
  const parts = new Map<string, CaseAuditPart>();
  let caseId = isCaseId(caseRef) ? caseRef : undefined;
  for (const source of SOURCES) {
    if (caseId) break;
    const part = await ask(source, caseRef);
    if (part) {
      caseId = part.caseId;
      parts.set(source[0], part);
    }
  }
  if (!caseId) return null;
  const id = caseId;
  const rest = await Promise.all(SOURCES.filter(([s]) => !parts.has(s)).map((s) => ask(s, id)));
  for (const part of rest) if (part) parts.set(part.service, part);
  const found = SOURCES.flatMap(([s]) => parts.get(s) ?? []);
  if (found.length === 0) return null;
  return assembleCaseReport(found, { asOf: asOf ?? null, generatedAt: new Date().toISOString() });
}

/** AUD-2/AUD-3: the case audit report, as of any past instant, with the hash chain's verdict. */
export default function Audit({ route }: { route: string[] }) {
  const t = useT();
  const caseRef = route[1];
  const asOf = route[2];
  const report = useQuery({
    queryKey: ['audit', caseRef, asOf],
    enabled: !!caseRef,
    queryFn: () => caseReport(caseRef!, asOf),
  });
  const open = (v: { caseRef: string }) => navigate(...['audit', v.caseRef.trim(), ...(asOf ? [asOf] : [])]);
  return (
    <section aria-labelledby="audit-title">
      <PageTitle>
        <span id="audit-title">{t('案件审计报告', 'Case audit report')}</span>
      </PageTitle>
      <Form layout="inline" initialValues={{ caseRef }} onFinish={open} style={{ marginBottom: 16 }}>
        <Form.Item
          name="caseRef"
          label={t('案件号或 ID', 'Case number or ID')}
          rules={[{ required: true, message: t('请输入案件号', 'Enter a case number') }]}
        >
          <Input style={{ width: 340 }} />
        </Form.Item>
        <Button htmlType="submit" type="primary">
          {t('生成报告', 'Show report')}
        </Button>
      </Form>
      <ErrorNote error={report.error} />
      {report.isLoading && <Typography.Paragraph>{t('加载中…', 'Loading…')}</Typography.Paragraph>}
      {report.data === null && (
        <Alert
          role="alert"
          type="warning"
          showIcon
          message={t(`日志中没有案件 ${caseRef}`, `No case ${caseRef} in the logs`)}
        />
      )}
      {report.data && <Report report={report.data} caseRef={caseRef!} asOf={asOf} />}
    </section>
  );
}

function Report({ report, caseRef, asOf }: { report: CaseReport; caseRef: string; asOf?: string }) {
  const t = useT();
  const label = useLabel();
  const lang = useLang();
  const branch = report.case.branch;
  const zone = zoneOf(branch);
  const time = (iso?: string | null) => formatTime(iso, branch, lang);
  const travel = (picked: Dayjs | null) =>
    picked
      ? navigate('audit', caseRef, instantOfWallClock(picked.format('YYYY-MM-DDTHH:mm:ss'), zone))
      : navigate('audit', caseRef);
  const card = (title: string) => <CardTitle>{title}</CardTitle>;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card title={card(`${t('案件', 'Case')} ${report.case.caseNumber ?? report.case.caseId}`)}>
        <Space wrap style={{ marginBottom: 12 }}>
          <label htmlFor="audit-as-of">{t(`截至（${zone} 时间）`, `As of (${zone} time)`)}</label>
          <DatePicker
            id="audit-as-of"
            showTime={{ format: 'HH:mm:ss' }}
            format="YYYY-MM-DD HH:mm:ss"
            value={asOf ? dayjs(wallClockIn(asOf, zone)) : null}
            onChange={travel}
            placeholder={t('现在', 'Now')}
          />
          {asOf && <Button onClick={() => navigate('audit', caseRef)}>{t('回到现在', 'Back to now')}</Button>}
        </Space>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'id', label: t('案件 ID', 'Case ID'), children: report.case.caseId },
            { key: 'b', label: t('分公司', 'Branch'), children: branch },
            {
              key: 'a',
              label: t('截至', 'As of'),
              children: (
                <span data-testid="audit-as-of">
                  {report.asOf ? time(report.asOf) : t('全部已记录事件', 'Everything recorded')}
                </span>
              ),
            },
            { key: 'g', label: t('生成时间', 'Generated'), children: time(report.generatedAt) },
            {
              key: 's',
              label: t('来源服务', 'Services'),
              children: report.services.map((s) => `${label(SERVICE, s.service)} (${s.events})`).join(', '),
            },
          ]}
        />
        <Chain report={report} />
      </Card>
      <Card title={card(t('责任认定经过 (QC-3, QC-4)', 'Responsibility history (QC-3, QC-4)'))}>
        <Attributions report={report} time={time} />
      </Card>
      <Card title={card(t('资金往来 (FIN-1..9)', 'Money movements (FIN-1..9)'))}>
        <Money report={report} time={time} />
      </Card>
      <Card title={card(t('事件时间线 (AUD-1)', 'Events timeline (AUD-1)'))}>
        <Events report={report} time={time} />
      </Card>
    </Space>
  );
}

/** AUD-3: the verdict first, and where a link broke. */
function Chain({ report }: { report: CaseReport }) {
  const t = useT();
  const { chain } = report;
  if (chain.ok)
    return (
      <Alert
        data-testid="chain-result"
        type="success"
        showIcon
        message={t(
          `哈希链完整：已校验 ${chain.checked} 个事件 (AUD-3)`,
          `Hash chain intact: ${chain.checked} events checked (AUD-3)`,
        )}
      />
    );
  return (
    <Alert
      data-testid="chain-result"
      role="alert"
      type="error"
      showIcon
      message={t(
        `哈希链断裂：${chain.broken.length} 处 (AUD-3)`,
        `Hash chain broken at ${chain.broken.length} link(s) (AUD-3)`,
      )}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 16 }}>
          {chain.broken.map((b) => (
            <li key={`${b.service}:${b.position}`}>
              {b.service} #{b.position} <EventType type={b.type} /> ({b.eventId}): {b.reason}
            </li>
          ))}
        </ul>
      }
    />
  );
}

const shares = (a: AttributionRecord, party: (p: string) => string) =>
  a.shares.map((s) => `${party(s.party)} ${percent(s.shareBp)}`).join(' / ');

function Attributions({ report, time }: { report: CaseReport; time: (iso?: string) => string }) {
  const t = useT();
  const label = useLabel();
  const party = usePartyName();
  const who = (a: { userId: string; role: string }) => `${a.userId} (${label(ROLE, a.role)})`;
  return (
    <Table<AttributionRecord>
      rowKey="attributionId"
      size="small"
      pagination={false}
      dataSource={[...report.responsibility.attributions]}
      locale={{ emptyText: t('尚无责任认定', 'No attribution yet') }}
      scroll={{ x: 900 }}
      columns={[
        {
          title: t('责任划分', 'Shares'),
          key: 'shares',
          render: (_: unknown, a) => <span data-testid="audit-shares">{shares(a, party)}</span>,
        },
        {
          title: t('状态', 'Status'),
          key: 'status',
          render: (_: unknown, a) =>
            a.inForce ? (
              <Tag color="blue">{t('有效', 'In force')}</Tag>
            ) : a.superseded ? (
              <Tag>{t('已被取代', 'Superseded')}</Tag>
            ) : (
              <Tag>{t('未生效', 'Not in force')}</Tag>
            ),
        },
        {
          title: t('认定人', 'Decided by'),
          key: 'by',
          render: (_: unknown, a) => `${who(a.decidedBy)} · ${time(a.at)}`,
        },
        {
          title: t('依据', 'Evidence'),
          key: 'evidence',
          render: (_: unknown, a) =>
            a.evidence
              .map(
                (e) =>
                  `${label(EVIDENCE_KIND, e.kind)}: ${e.ref}${e.sha256 ? ` (sha256 ${e.sha256.slice(0, 12)}…)` : ''}`,
              )
              .join('; '),
        },
        {
          title: t('异议', 'Disputes'),
          key: 'disputes',
          render: (_: unknown, a) => (
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {a.disputes.map((d) => (
                <li key={d.disputeId}>
                  {party(d.party)}: {d.reason} ({who(d.by)}) → {label(DISPUTE_OUTCOME, d.outcome)}
                  {d.review ? ` · ${who(d.review.by)} ${d.review.reason ?? ''}` : ''}
                </li>
              ))}
            </ul>
          ),
        },
        {
          title: t('被取代', 'Superseded by'),
          key: 'superseded',
          render: (_: unknown, a) =>
            a.superseded
              ? `${who(a.superseded.decidedBy)} · ${time(a.superseded.at)}: ${a.superseded.reason ?? ''}`
              : '',
        },
      ]}
    />
  );
}

function Money({ report, time }: { report: CaseReport; time: (iso?: string) => string }) {
  const t = useT();
  const label = useLabel();
  const party = usePartyName();
  const lang = useLang();
  const attribution = (id?: string) => {
    const a = report.responsibility.attributions.find((x) => x.attributionId === id);
    return a ? shares(a, party) : (id ?? '');
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table<MoneyRecord>
        rowKey={(m) => `${m.eventId}:${m.kind}`}
        size="small"
        pagination={false}
        dataSource={[...report.money.movements]}
        locale={{ emptyText: t('无资金往来', 'No money moved') }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('类别', 'Kind'), dataIndex: 'kind', render: (k: string) => label(MONEY_KIND, k) },
          {
            title: t('金额', 'Amount'),
            key: 'amount',
            render: (_: unknown, m) => (
              <span data-testid="audit-money">
                {m.amount ? formatMoney(m.amount.amountMinor, m.amount.currency, lang) : ''}
              </span>
            ),
          },
          {
            title: t('原因', 'Cause'),
            dataIndex: 'cause',
            render: (c?: string) => label(ENTRY_CAUSE, c),
          },
          { title: t('期间', 'Period'), dataIndex: 'period' },
          {
            title: t('所依责任认定', 'Follows attribution'),
            key: 'attribution',
            render: (_: unknown, m) => attribution(m.attributionId),
          },
          { title: t('说明', 'Summary'), dataIndex: lang === 'zh' ? 'summaryZh' : 'summary' },
          { title: t('时间', 'At'), dataIndex: 'at', render: (v: string) => time(v) },
        ]}
      />
      {report.money.byAttribution.length > 0 && (
        <Descriptions
          size="small"
          column={1}
          title={t('按责任认定汇总', 'By attribution')}
          items={report.money.byAttribution.map((b) => ({
            key: `${b.attributionId}:${b.allocated.currency}`,
            label: attribution(b.attributionId),
            children: `${t('分摊', 'allocated')} ${formatMoney(b.allocated.amountMinor, b.allocated.currency, lang)} · ${t('扣款', 'charged back')} ${formatMoney(b.chargedBack.amountMinor, b.chargedBack.currency, lang)}`,
          }))}
        />
      )}
    </Space>
  );
}

function Events({ report, time }: { report: CaseReport; time: (iso?: string) => string }) {
  const t = useT();
  const label = useLabel();
  const lang = useLang();
  return (
    <Timeline
      items={report.entries.map((e) => ({
        key: e.seq,
        color: !e.link.ok ? 'red' : e.kind === 'decision' ? 'blue' : 'gray',
        children: (
          <div data-testid="audit-entry">
            <strong>
              {e.seq}. {time(e.at)} · {label(SERVICE, e.service)} · <EventType type={e.type} />
            </strong>
            <div>{lang === 'zh' ? e.summaryZh : e.summary}</div>
            <div>
              {t('决定人', 'By')}: {e.decidedBy.userId} ({label(ROLE, e.decidedBy.role)})
              {e.reason ? ` · ${t('理由', 'Reason')}: ${e.reason}` : ''}
              {e.causedBy && (
                <>
                  {` · ${t('起因', 'Caused by')} #${e.causedBy.seq} `}
                  <EventType type={e.causedBy.type} />
                </>
              )}
            </div>
            {e.evidence.length > 0 && (
              <div>
                {t('证据', 'Evidence')}: {e.evidence.map((x) => x.ref).join('; ')}
              </div>
            )}
            {!e.link.ok && (
              <Tag color="red">
                {t('链接断裂', 'Broken link')}: {e.link.reason}
              </Tag>
            )}
          </div>
        ),
      }))}
    />
  );
}
