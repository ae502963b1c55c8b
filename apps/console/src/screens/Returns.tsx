import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, List, Row, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useCan } from '../api/access';
import { ok, returns } from '../api/client';
import { formatMoney, formatTime } from '../format';
import { RETURN_REASON, RMA_STATUS, SIGNATURE, useLabel, useLang, useT } from '../i18n';
import { href } from '../router';
import { CardTitle, ErrorNote, EventType, PageTitle } from '../ui/common';

/** RET-7: the three signatures a return needs before the warehouse books it into stock. */
const SIGNERS = ['after-sales-head', 'operations-head', 'qc-inspector'] as const;

const listRmas = () => ok(returns.GET('/warehouse-returns/rmas', { params: { query: { limit: 100 } } }));
type RmaRow = Awaited<ReturnType<typeof listRmas>>['items'][number];

export default function Returns({ route }: { route: string[] }) {
  const t = useT();
  const label = useLabel();
  const lang = useLang();
  const list = useQuery({ queryKey: ['rmas'], queryFn: listRmas });
  const rows = list.data?.items ?? [];
  const selected = route[1];
  return (
    <section aria-labelledby="returns-title">
      <PageTitle>
        <span id="returns-title">{t('调退货', 'Returns')}</span>
      </PageTitle>
      <ErrorNote error={list.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={selected ? 11 : 24}>
          <Table<RmaRow>
            rowKey="rmaId"
            size="middle"
            loading={list.isLoading}
            dataSource={rows}
            pagination={{ pageSize: 15 }}
            scroll={{ x: 640 }}
            columns={[
              {
                title: t('退货单', 'Request'),
                dataIndex: 'rmaId',
                render: (id: string) => <a href={href('returns', id)}>{id.slice(0, 8)}</a>,
              },
              { title: t('分公司', 'Branch'), dataIndex: 'branch' },
              { title: t('客户', 'Customer'), dataIndex: 'customerId' },
              {
                title: t('原因', 'Reason'),
                dataIndex: 'reason',
                render: (r: string) => label(RETURN_REASON, r),
              },
              {
                title: t('状态', 'Status'),
                dataIndex: 'status',
                render: (s: string) => label(RMA_STATUS, s),
              },
              {
                title: t('金额', 'Amount'),
                key: 'total',
                render: (_: unknown, r) => formatMoney(r.totalMinor, r.currency, lang),
              },
              {
                title: t('缺少签字', 'Missing signatures'),
                dataIndex: 'missingSignatures',
                render: (m: string[]) => <SignaturesMissing missing={m} />,
              },
            ]}
          />
        </Col>
        {selected && (
          <Col xs={24} xl={13}>
            <RmaPanel rmaId={selected} />
          </Col>
        )}
      </Row>
    </section>
  );
}

function SignaturesMissing({ missing }: { missing: string[] }) {
  const t = useT();
  const label = useLabel();
  if (!missing.length) return <span>{t('已齐', 'All signed')}</span>;
  return (
    <Space size={4} wrap>
      {missing.map((m) => (
        <Tag key={m} color="red">
          {label(SIGNATURE, m === 'qc-inspector' ? 'qc' : m)}
        </Tag>
      ))}
    </Space>
  );
}

function RmaPanel({ rmaId }: { rmaId: string }) {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const can = useCan();
  const client = useQueryClient();
  const detail = useQuery({
    queryKey: ['rma', rmaId],
    queryFn: () => ok(returns.GET('/warehouse-returns/rmas/{rmaId}', { params: { path: { rmaId } } })),
  });
  const body = detail.data;
  const rma = body?.rma;
  const rate = useQuery({
    queryKey: ['exchange-rate', rma?.customerId, rma?.branch],
    enabled: !!rma && can('GET /warehouse-returns/customers/{customerId}/exchange-rate'),
    queryFn: () =>
      ok(
        // RET-2: against the limit of the request's branch's region.
        returns.GET('/warehouse-returns/customers/{customerId}/exchange-rate', {
          params: { path: { customerId: rma!.customerId }, query: { branch: rma!.branch } },
        }),
      ),
  });
  const path = { params: { path: { rmaId } } };
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['rma', rmaId] });
    void client.invalidateQueries({ queryKey: ['rmas'] });
  };
  const signAsHead = useMutation({
    mutationFn: () => ok(returns.POST('/warehouse-returns/rmas/{rmaId}/signatures/after-sales-head', path)),
    onSuccess: refresh,
  });
  const signAsOps = useMutation({
    mutationFn: () => ok(returns.POST('/warehouse-returns/rmas/{rmaId}/signatures/operations-head', path)),
    onSuccess: refresh,
  });
  const stockIn = useMutation({
    mutationFn: () => ok(returns.POST('/warehouse-returns/rmas/{rmaId}/stock-in', path)),
    onSuccess: refresh,
  });
  if (!rma) return <ErrorNote error={detail.error} />;
  const stocked = !!rma.receipt;
  const r = rate.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card
        title={
          <CardTitle>
            {t('退货单', 'Return request')} {rma.rmaId.slice(0, 8)}
          </CardTitle>
        }
      >
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 's',
              label: t('状态', 'Status'),
              children: <Tag data-testid="rma-status">{label(RMA_STATUS, rma.status)}</Tag>,
            },
            { key: 'b', label: t('分公司', 'Branch'), children: rma.branch },
            { key: 'c', label: t('客户', 'Customer'), children: rma.customerId },
            { key: 'r', label: t('原因', 'Reason'), children: label(RETURN_REASON, rma.reason) },
            {
              key: 't',
              label: t('金额', 'Amount'),
              children: formatMoney(rma.total.amountMinor, rma.total.currency, lang),
            },
            ...(rma.transportOrder
              ? [
                  {
                    key: 'o',
                    label: t('运输单', 'Transport order'),
                    children: (
                      <a href={href('transport-orders', rma.transportOrder.orderNo)}>
                        {`${rma.transportOrder.orderNo} ${rma.transportOrder.driverName ?? ''}`}
                      </a>
                    ),
                  },
                ]
              : []),
            ...(rma.receipt
              ? [
                  {
                    key: 'x',
                    label: t('入库单', 'Receipt'),
                    children: <span data-testid="receipt-no">{rma.receipt.receiptNo}</span>,
                  },
                ]
              : []),
            ...(r?.rateBp != null
              ? [
                  {
                    key: 'e',
                    label: t('换货率', 'Exchange rate'),
                    children: `${(r.rateBp / 100).toFixed(2)} % / ${(r.limitBp / 100).toFixed(2)} %`,
                  },
                ]
              : []),
          ]}
        />
        <Typography.Title level={4} style={{ fontSize: 14 }}>
          {t('签字 (RET-7)', 'Signatures (RET-7)')}
        </Typography.Title>
        <List
          aria-label={t('签字', 'Signatures')}
          dataSource={[...SIGNERS]}
          renderItem={(role) => {
            const s = rma.signatures[role];
            return (
              <List.Item data-testid={`signature-${role}`}>
                <span>{label(SIGNATURE, role === 'qc-inspector' ? 'qc' : role)}</span>
                {s ? (
                  <span>
                    {t('已签', 'Signed')} · {s.userId} · {formatTime(s.at, rma.branch, lang)}
                  </span>
                ) : (
                  <Tag color="red">{t('待签', 'Missing')}</Tag>
                )}
              </List.Item>
            );
          }}
        />
        <ErrorNote error={signAsHead.error ?? signAsOps.error ?? stockIn.error} />
        <Space wrap>
          {!rma.signatures['after-sales-head'] &&
            can('POST /warehouse-returns/rmas/{rmaId}/signatures/after-sales-head', rma.branch) && (
              <Button onClick={() => signAsHead.mutate()} loading={signAsHead.isPending}>
                {t('售后负责人签字', 'Sign as after-sales head')}
              </Button>
            )}
          {!rma.signatures['operations-head'] &&
            can('POST /warehouse-returns/rmas/{rmaId}/signatures/operations-head', rma.branch) && (
              <Button onClick={() => signAsOps.mutate()} loading={signAsOps.isPending}>
                {t('经营部负责人签字', 'Sign as operations head')}
              </Button>
            )}
          {!stocked && can('POST /warehouse-returns/rmas/{rmaId}/stock-in', rma.branch) && (
            <Button type="primary" onClick={() => stockIn.mutate()} loading={stockIn.isPending}>
              {t('入库', 'Book into stock')}
            </Button>
          )}
        </Space>
        {!stocked && rma.missingSignatures.length > 0 && (
          <p>
            {t('入库前还需：', 'Before stock-in, still needed: ')}
            <SignaturesMissing missing={rma.missingSignatures} />
          </p>
        )}
      </Card>
      <Card title={<CardTitle>{t('经过', 'History')}</CardTitle>}>
        <Timeline
          items={(body?.timeline ?? []).map((e) => ({
            key: e.position,
            children: (
              <span>
                <EventType type={e.type} /> · {formatTime(e.at, rma.branch, lang)}
                {e.actor ? ` · ${e.actor.userId}` : ''}
              </span>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
