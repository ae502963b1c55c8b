import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Row, Table, Tag } from 'antd';
import { useCan } from '../api/access';
import { ok, returns } from '../api/client';
import { formatMoney, formatTime } from '../format';
import { RMA_STATUS, useLabel, useLang, useT } from '../i18n';
import { href } from '../router';
import { CardTitle, ErrorNote, PageTitle } from '../ui/common';

interface TransportOrder {
  orderNo: string;
  rmaId: string;
  branch: string;
  driverId: string;
  driverName: string;
  vehicle: string;
  issuedAt: string;
  pickedUpAt: string | null;
}
interface RmaSummary {
  rmaId: string;
  customerId: string;
  reason: string;
  status: string;
  total: { amountMinor: number; currency: string };
  arrivalNotice?: { station?: string };
}

/** RET-5: return transport orders (退货运输单), each to a named driver and vehicle, and the pick-up. */
export default function TransportOrders({ route }: { route: string[] }) {
  const t = useT();
  const lang = useLang();
  const list = useQuery({
    queryKey: ['transport-orders'],
    queryFn: () => ok(returns.GET('/warehouse-returns/transport-orders')),
  });
  const rows = (list.data ?? []) as unknown as TransportOrder[];
  const selected = rows.find((o) => o.orderNo === route[1]);
  return (
    <section aria-labelledby="transport-title">
      <PageTitle>
        <span id="transport-title">{t('退货运输单', 'Transport orders')}</span>
      </PageTitle>
      <ErrorNote error={list.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={selected ? 12 : 24}>
          <Table<TransportOrder>
            rowKey="orderNo"
            size="middle"
            loading={list.isLoading}
            dataSource={rows}
            pagination={{ pageSize: 15 }}
            scroll={{ x: 720 }}
            columns={[
              {
                title: t('运输单号', 'Order'),
                dataIndex: 'orderNo',
                render: (no: string) => <a href={href('transport-orders', no)}>{no}</a>,
              },
              { title: t('分公司', 'Branch'), dataIndex: 'branch' },
              {
                title: t('司机', 'Driver'),
                key: 'driver',
                render: (_: unknown, o) => `${o.driverName} (${o.driverId})`,
              },
              { title: t('车辆', 'Vehicle'), dataIndex: 'vehicle' },
              {
                title: t('开单时间', 'Issued'),
                dataIndex: 'issuedAt',
                render: (v: string, o) => formatTime(v, o.branch, lang),
              },
              {
                title: t('提货', 'Pick-up'),
                dataIndex: 'pickedUpAt',
                render: (v: string | null, o) =>
                  v ? (
                    <span data-testid={`picked-up-${o.orderNo}`}>{formatTime(v, o.branch, lang)}</span>
                  ) : (
                    <Tag>{t('待提货', 'Awaiting pick-up')}</Tag>
                  ),
              },
            ]}
          />
        </Col>
        {selected && (
          <Col xs={24} xl={12}>
            <OrderPanel order={selected} />
          </Col>
        )}
      </Row>
    </section>
  );
}

function OrderPanel({ order }: { order: TransportOrder }) {
  const t = useT();
  const label = useLabel();
  const lang = useLang();
  const can = useCan();
  const client = useQueryClient();
  const path = { params: { path: { rmaId: order.rmaId } } };
  const rma = useQuery({
    queryKey: ['rma', order.rmaId],
    enabled: can('GET /warehouse-returns/rmas/{rmaId}', order.branch),
    queryFn: () => ok(returns.GET('/warehouse-returns/rmas/{rmaId}', path)),
  });
  const summary = (rma.data as unknown as { rma?: RmaSummary } | undefined)?.rma;
  const pickUp = useMutation({
    mutationFn: () => ok(returns.POST('/warehouse-returns/rmas/{rmaId}/pick-up', path)),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['transport-orders'] });
      void client.invalidateQueries({ queryKey: ['rma', order.rmaId] });
    },
  });
  return (
    <Card
      title={
        <CardTitle>
          {t('运输单', 'Transport order')} {order.orderNo}
        </CardTitle>
      }
    >
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'd', label: t('司机', 'Driver'), children: `${order.driverName} (${order.driverId})` },
          { key: 'v', label: t('车辆', 'Vehicle'), children: order.vehicle },
          {
            key: 'i',
            label: t('开单时间', 'Issued'),
            children: formatTime(order.issuedAt, order.branch, lang),
          },
          {
            key: 'p',
            label: t('提货时间', 'Picked up'),
            children: order.pickedUpAt
              ? formatTime(order.pickedUpAt, order.branch, lang)
              : t('尚未提货', 'Not yet'),
          },
          {
            key: 'r',
            label: t('退货单', 'Return request'),
            children: <a href={href('returns', order.rmaId)}>{order.rmaId.slice(0, 8)}</a>,
          },
          ...(summary
            ? [
                { key: 'c', label: t('客户', 'Customer'), children: summary.customerId },
                {
                  key: 's',
                  label: t('退货状态', 'Request status'),
                  children: <Tag>{label(RMA_STATUS, summary.status)}</Tag>,
                },
                {
                  key: 't',
                  label: t('金额', 'Amount'),
                  children: formatMoney(summary.total.amountMinor, summary.total.currency, lang),
                },
              ]
            : []),
        ]}
      />
      <ErrorNote error={pickUp.error ?? rma.error} />
      {!order.pickedUpAt && can('POST /warehouse-returns/rmas/{rmaId}/pick-up', order.branch) && (
        <Button type="primary" onClick={() => pickUp.mutate()} loading={pickUp.isPending}>
          {t('确认提货', 'Record pick-up')}
        </Button>
      )}
    </Card>
  );
}
