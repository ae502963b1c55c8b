import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useCan } from '../../api/access';
import { claims, ok } from '../../api/client';
import { formatMoney, formatTime, percent } from '../../format';
import {
  CLAIM_STATUS,
  EVIDENCE_KIND,
  SERVICE_CLASS,
  WARRANTY_STANDING,
  useLabel,
  useLang,
  useT,
} from '../../i18n';
import { href } from '../../router';
import { CaseLink } from '../../ui/CaseLink';
import { CardTitle, ErrorNote } from '../../ui/common';

const getClaim = (claimId: string) =>
  ok(claims.GET('/claims/supplier-claims/{claimId}', { params: { path: { claimId } } }));
type Claim = Awaited<ReturnType<typeof getClaim>>;
type Refund = Claim['refunds'][number];

/**
 * One supplier claim notice (CLM-4): what it claims and why, the supplier's dispute and its
 * referral to QC (QC-4), what finance charged back and refunded (FIN-6), and the case's warranty
 * (CLM-1, CLM-3) it rests on.
 */
export default function ClaimNotice({ claimId }: { claimId: string }) {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const can = useCan();
  const client = useQueryClient();
  const claim = useQuery({ queryKey: ['supplier-claim', claimId], queryFn: () => getClaim(claimId) });
  const c = claim.data;
  const warranty = useQuery({
    queryKey: ['warranty', c?.caseId],
    enabled: !!c && can('GET /claims/cases/{caseId}/warranty', c.branch),
    queryFn: () =>
      ok(claims.GET('/claims/cases/{caseId}/warranty', { params: { path: { caseId: c!.caseId } } })),
  });
  const refer = useMutation({
    mutationFn: () =>
      ok(
        claims.POST('/claims/supplier-claims/{claimId}/dispute/referral', {
          params: { path: { claimId } },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['supplier-claim', claimId] }),
  });
  const money = (m?: { amountMinor: number; currency: string }) =>
    m ? formatMoney(m.amountMinor, m.currency, lang) : '—';
  const w = warranty.data;
  return (
    <>
      <ErrorNote error={claim.error ?? refer.error} />
      <p>
        <a href={href('claims')}>{t('返回索赔列表', 'Back to the claims')}</a>
      </p>
      {c && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card
            title={<CardTitle>{`${t('索赔通知书', 'Claim notice')} · ${c.supplierId}`}</CardTitle>}
            extra={
              c.status === 'disputed' &&
              can('POST /claims/supplier-claims/{claimId}/dispute/referral', c.branch) && (
                <Button onClick={() => refer.mutate()} loading={refer.isPending}>
                  {t('再次提交质检复核', 'Refer to QC again')}
                </Button>
              )
            }
          >
            <Descriptions
              column={{ xs: 1, md: 2, xl: 3 }}
              items={[
                {
                  key: 'status',
                  label: t('状态', 'Status'),
                  children: <Tag data-testid="claim-status">{label(CLAIM_STATUS, c.status)}</Tag>,
                },
                {
                  key: 'case',
                  label: t('案件', 'Case'),
                  children: <CaseLink caseId={c.caseId} caseNumber={c.caseNumber} />,
                },
                { key: 'share', label: t('责任份额', 'Share'), children: percent(c.shareBp) },
                { key: 'amount', label: t('索赔金额', 'Amount'), children: money(c.amount) },
                { key: 'problem', label: t('问题描述', 'Problem'), children: c.problem },
                {
                  key: 'product',
                  label: t('型号 / 出厂编号', 'Model / serial'),
                  children: (
                    <>
                      {c.model} · <a href={href('claims', 'serials', c.serial)}>{c.serial}</a>
                    </>
                  ),
                },
                { key: 'quantity', label: t('数量', 'Quantity'), children: c.quantity },
                { key: 'site', label: t('现场', 'Site'), children: c.site },
                { key: 'contact', label: t('联系人', 'Contact'), children: c.contact },
                {
                  key: 'respondBy',
                  label: t('答复期限', 'Respond by'),
                  children: formatTime(c.respondBy, c.branch, lang),
                },
              ]}
            />
          </Card>
          {c.dispute && (
            <Card title={<CardTitle>{t('供应商异议', "The supplier's dispute")}</CardTitle>}>
              <Descriptions
                column={1}
                items={[
                  { key: 'reason', label: t('异议理由', 'Reason'), children: c.dispute.reason },
                  {
                    key: 'at',
                    label: t('提出时间', 'Disputed at'),
                    children: formatTime(c.dispute.disputedAt, c.branch, lang),
                  },
                  {
                    key: 'referred',
                    label: t('再次提交复核', 'Referred to QC again'),
                    children: (
                      <span data-testid="dispute-referred">
                        {c.dispute.referredAt
                          ? formatTime(c.dispute.referredAt, c.branch, lang)
                          : t('未再次提交', 'not yet')}
                      </span>
                    ),
                  },
                  {
                    key: 'evidence',
                    label: t('证据', 'Evidence'),
                    children:
                      c.dispute.evidence.map((e) => `${label(EVIDENCE_KIND, e.kind)}: ${e.ref}`).join('; ') ||
                      '—',
                  },
                ]}
              />
            </Card>
          )}
          <Card title={<CardTitle>{t('扣款与退款', 'Chargeback and refunds')}</CardTitle>}>
            <Descriptions
              column={{ xs: 1, md: 3 }}
              items={[
                {
                  key: 'confirmed',
                  label: t('确认金额', 'Confirmed amount'),
                  children: money(c.confirmedAmount),
                },
                {
                  key: 'refunded',
                  label: t('已退款', 'Refunded'),
                  children: <span data-testid="claim-refunded">{money(c.refunded)}</span>,
                },
                {
                  key: 'charged',
                  label: t('仍扣款', 'Stays charged back'),
                  children: <span data-testid="claim-charged-back">{money(c.chargedBack)}</span>,
                },
              ]}
            />
            <Table<Refund>
              rowKey="refundId"
              size="small"
              pagination={false}
              dataSource={c.refunds}
              locale={{ emptyText: t('无退款', 'No refunds') }}
              columns={[
                {
                  title: t('退款时间', 'Refunded at'),
                  dataIndex: 'refundedAt',
                  render: (at: string) => formatTime(at, c.branch, lang),
                },
                { title: t('金额', 'Amount'), key: 'amount', render: (_: unknown, r) => money(r.amount) },
                { title: t('原因', 'Reason'), dataIndex: 'reason' },
                { title: t('依据的责任判定', 'Attribution'), dataIndex: 'attributionId' },
              ]}
            />
          </Card>
          {w && (
            <Card title={<CardTitle>{t('保修判定', 'Warranty assessment')}</CardTitle>}>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                items={[
                  {
                    key: 'class',
                    label: t('服务类别', 'Service class'),
                    children: (
                      <Tag data-testid="service-class">
                        {label(SERVICE_CLASS, w.serviceClass ?? undefined)}
                      </Tag>
                    ),
                  },
                  {
                    key: 'standing',
                    label: t('保修状态', 'Warranty standing'),
                    children: label(WARRANTY_STANDING, w.standing ?? undefined),
                  },
                ]}
              />
              <Table
                rowKey="assessedAt"
                size="small"
                pagination={false}
                dataSource={w.assessments}
                scroll={{ x: 700 }}
                columns={[
                  {
                    title: t('判定时间', 'Assessed at'),
                    dataIndex: 'assessedAt',
                    render: (at: string) => formatTime(at, w.branch, lang),
                  },
                  {
                    title: t('服务类别', 'Service class'),
                    dataIndex: 'serviceClass',
                    render: (s: string) => label(SERVICE_CLASS, s),
                  },
                  { title: t('三包截止', 'Full warranty until'), dataIndex: 'fullUntil' },
                  { title: t('免费维修截止', 'Free repair until'), dataIndex: 'extendedUntil' },
                  {
                    title: t('依据', 'Reason'),
                    key: 'reason',
                    render: (_: unknown, a) => (lang === 'zh' ? (a.reasonZh ?? a.reason) : a.reason),
                  },
                ]}
              />
            </Card>
          )}
        </Space>
      )}
    </>
  );
}
