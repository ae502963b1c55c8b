import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Form, Input, Modal, Row, Select, Space, Table, Tag } from 'antd';
import { useContext, useState } from 'react';
import { useCan } from '../api/access';
import { dispatch, ok } from '../api/client';
import { SessionContext } from '../auth/SessionContext';
import { config } from '../config';
import { formatTime, timeLeft } from '../format';
import { VISIT_STATUS, ZONE, useLabel, useLang, useT } from '../i18n';
import { href } from '../router';
import { ErrorNote, FormModal, PageTitle, pickableBranches } from '../ui/common';

const listVisits = (branch: string | undefined) =>
  ok(dispatch.GET('/dispatch/visits', { params: { query: { branch, limit: 200 } } }));
const listEngineers = (branch: string | undefined) =>
  ok(dispatch.GET('/dispatch/engineers', { params: { query: { branch } } }));
type Visit = Awaited<ReturnType<typeof listVisits>>['items'][number];
type Engineer = Awaited<ReturnType<typeof listEngineers>>['items'][number];

const BUSY = ['assigned', 'en-route', 'on-site'];

/** Open requests by branch and zone, engineers with their load, assignment and the auto-assigner. */
export default function Dispatch() {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const can = useCan();
  const session = useContext(SessionContext).session!;
  const [branch, setBranch] = useState<string>();
  const [zone, setZone] = useState<string>();
  const client = useQueryClient();
  const visits = useQuery({ queryKey: ['visits', branch], queryFn: () => listVisits(branch) });
  // Engineers' load is the dispatcher's view; an engineer on the board is not shown the roster.
  const engineers = useQuery({
    queryKey: ['engineers', branch],
    queryFn: () => listEngineers(branch),
    enabled: can('GET /dispatch/engineers'),
  });
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [takingBack, setTakingBack] = useState<Visit>();
  const [shownTakeBack, setShownTakeBack] = useState<Visit>();
  const refresh = () => void client.invalidateQueries({ queryKey: ['visits'] });
  const assign = useMutation({
    mutationFn: ({ visitId, engineerId }: { visitId: string; engineerId: string }) =>
      ok(
        dispatch.POST('/dispatch/visits/{visitId}/assignment', {
          params: { path: { visitId } },
          body: { engineerId },
        }),
      ),
    onSuccess: refresh,
  });
  const auto = useMutation({
    mutationFn: (visitId: string) =>
      ok(dispatch.POST('/dispatch/visits/{visitId}/auto-assignment', { params: { path: { visitId } } })),
    onSuccess: refresh,
  });
  const all: Visit[] = (visits.data?.items ?? []).filter((v) => !zone || v.zone === zone);
  const roster = engineers.data?.items ?? [];
  const load = (id: string) => all.filter((v) => v.engineerId === id && BUSY.includes(v.status)).length;
  const open = all.filter((v) => !['completed', 'returned', 'cancelled'].includes(v.status));
  const now = Date.now();
  return (
    <section aria-labelledby="dispatch-title">
      <PageTitle>
        <span id="dispatch-title">{t('派工看板', 'Dispatch board')}</span>
      </PageTitle>
      <Space wrap style={{ marginBottom: 12 }} role="search" aria-label={t('筛选', 'Filters')}>
        <Select
          aria-label={t('分公司', 'Branch')}
          allowClear
          placeholder={t('分公司', 'Branch')}
          style={{ width: 120 }}
          value={branch}
          onChange={setBranch}
          options={pickableBranches(session.branches, config().branches).map((b) => ({ value: b, label: b }))}
        />
        <Select
          aria-label={t('区域', 'Zone')}
          allowClear
          placeholder={t('区域', 'Zone')}
          style={{ width: 150 }}
          value={zone}
          onChange={setZone}
          options={Object.keys(ZONE).map((z) => ({ value: z, label: label(ZONE, z) }))}
        />
      </Space>
      <ErrorNote error={visits.error ?? assign.error ?? auto.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Card title={t('待处理服务请求', 'Open service requests')}>
            <Table<Visit>
              rowKey="visitId"
              size="middle"
              loading={visits.isLoading}
              dataSource={open}
              pagination={{ pageSize: 20 }}
              scroll={{ x: 820 }}
              columns={[
                {
                  title: t('案件号', 'Case'),
                  dataIndex: 'caseNumber',
                  render: (n: string, v) => <a href={href('cases', v.caseId)}>{n}</a>,
                },
                { title: t('分公司', 'Branch'), dataIndex: 'branch' },
                { title: t('区域', 'Zone'), dataIndex: 'zone', render: (z: string) => label(ZONE, z) },
                { title: t('型号', 'Model'), dataIndex: 'productModel' },
                {
                  title: t('状态', 'Status'),
                  dataIndex: 'status',
                  render: (s: string, v) => (
                    <Space size={4} wrap>
                      <Tag data-testid={`visit-status-${v.caseNumber}`}>{label(VISIT_STATUS, s)}</Tag>
                      {v.flaggedForMorning && (
                        <Tag color="orange">{t('次日优先', 'First thing tomorrow')}</Tag>
                      )}
                    </Space>
                  ),
                },
                {
                  title: t('到场期限', 'Arrival due'),
                  dataIndex: 'arrivalDueAt',
                  render: (d: string | null, v) => {
                    if (!d) return '';
                    const left = timeLeft(d, now, lang);
                    return (
                      <span title={formatTime(d, v.branch, lang)}>
                        {left.overdue || v.arrivalMissed ? <Tag color="red">{left.text}</Tag> : left.text}
                      </span>
                    );
                  },
                },
                {
                  title: t('工程师', 'Engineer'),
                  dataIndex: 'engineerId',
                  render: (e: string | null) => e ?? '—',
                },
                {
                  title: t('派工', 'Assign'),
                  key: 'assign',
                  render: (_: unknown, v) =>
                    v.status === 'unassigned' &&
                    can('POST /dispatch/visits/{visitId}/assignment', v.branch) ? (
                      <Space wrap>
                        <Select
                          aria-label={t(`为 ${v.caseNumber} 选择工程师`, `Engineer for ${v.caseNumber}`)}
                          style={{ width: 170 }}
                          placeholder={t('工程师', 'Engineer')}
                          value={picked[v.visitId]}
                          onChange={(e: string) => setPicked({ ...picked, [v.visitId]: e })}
                          options={roster
                            .filter((e) => e.branch === v.branch && e.active)
                            .map((e) => ({
                              value: e.engineerId,
                              label: `${e.engineerId} (${load(e.engineerId)})${e.skills.includes(v.productModel) || e.skills.includes(v.productLine) ? ' ✓' : ''}`,
                            }))}
                        />
                        <Button
                          type="primary"
                          disabled={!picked[v.visitId]}
                          loading={assign.isPending}
                          onClick={() => assign.mutate({ visitId: v.visitId, engineerId: picked[v.visitId] })}
                        >
                          {t('派工', 'Assign')}
                        </Button>
                        {can('POST /dispatch/visits/{visitId}/auto-assignment', v.branch) && (
                          <Button loading={auto.isPending} onClick={() => auto.mutate(v.visitId)}>
                            {t('自动派工', 'Auto-assign')}
                          </Button>
                        )}
                      </Space>
                    ) : null,
                },
                {
                  title: t('带回', 'Take-back'),
                  key: 'take-back',
                  render: (_: unknown, v) =>
                    v.receiptNo ? (
                      <Button
                        type="link"
                        style={{ padding: 0 }}
                        data-testid={`take-back-${v.caseNumber}`}
                        onClick={() => setShownTakeBack(v)}
                      >
                        {t(`收据 ${v.receiptNo}`, `Receipt ${v.receiptNo}`)}
                      </Button>
                    ) : v.status === 'on-site' &&
                      can('POST /dispatch/visits/{visitId}/take-back', v.branch) ? (
                      <Button onClick={() => setTakingBack(v)}>
                        {t(`带回 ${v.caseNumber} 的产品`, `Take back ${v.caseNumber}`)}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card
            title={t('工程师负荷', "Engineers' load")}
            extra={<a href={href('calendars')}>{t('日程', 'Calendars')}</a>}
          >
            {/* Fixed layout: in its narrow column the roster wraps rather than scrolls (a region
                with nothing to focus could not be scrolled by keyboard). */}
            <Table<Engineer>
              rowKey="engineerId"
              size="small"
              tableLayout="fixed"
              loading={engineers.isLoading}
              dataSource={roster}
              pagination={false}
              columns={[
                { title: t('工程师', 'Engineer'), dataIndex: 'engineerId' },
                { title: t('分公司', 'Branch'), dataIndex: 'branch' },
                {
                  title: t('在手', 'Open visits'),
                  key: 'load',
                  render: (_: unknown, e) => load(e.engineerId),
                },
                { title: t('技能', 'Skills'), dataIndex: 'skills', render: (s: string[]) => s.join(', ') },
                {
                  title: t('在岗', 'Active'),
                  dataIndex: 'active',
                  render: (a: boolean) => (a ? t('是', 'yes') : t('否', 'no')),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {takingBack && <TakeBackModal visit={takingBack} onClose={() => setTakingBack(undefined)} />}
      {shownTakeBack && <TakeBackShown visit={shownTakeBack} onClose={() => setShownTakeBack(undefined)} />}
    </section>
  );
}

interface TakeBack {
  receiptNo: string;
  registerEntryNo: string;
  repairCardNo: string;
  takenBackAt: string;
  engineerId: string;
}

/** DSP-4 the product taken back: a receipt for the customer, the in/out register entry, a repair card. */
function TakeBackModal({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const t = useT();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const takeBack = useMutation({
    mutationFn: (body: { receiptNo: string; registerEntryNo: string; repairCardNo: string }) =>
      ok(
        dispatch.POST('/dispatch/visits/{visitId}/take-back', {
          params: { path: { visitId: visit.visitId } },
          body,
        }),
      ),
    onSuccess: onClose,
    onSettled: () => void client.invalidateQueries({ queryKey: ['visits'] }),
  });
  const required = [{ required: true, whitespace: true, message: t('必填', 'Required') }];
  return (
    <FormModal
      title={t(`带回 ${visit.caseNumber} 的产品`, `Take back ${visit.caseNumber}`)}
      okText={t('确定', 'Confirm')}
      name="take-back"
      form={form}
      pending={takeBack.isPending}
      error={takeBack.error}
      onClose={onClose}
      onFinish={(v: { receiptNo: string; registerEntryNo: string; repairCardNo: string }) =>
        takeBack.mutate({
          receiptNo: v.receiptNo.trim(),
          registerEntryNo: v.registerEntryNo.trim(),
          repairCardNo: v.repairCardNo.trim(),
        })
      }
    >
      <Form.Item name="receiptNo" label={t('客户商品领取收据号', 'Product receipt no.')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="registerEntryNo" label={t('出入库登记号', 'In/out register entry')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="repairCardNo" label={t('修护卡号', 'Repair card no.')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
    </FormModal>
  );
}

/** The visit's take-back as its event recorded it. */
function TakeBackShown({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const story = useQuery({
    queryKey: ['visit', visit.visitId],
    queryFn: () =>
      ok(dispatch.GET('/dispatch/visits/{visitId}', { params: { path: { visitId: visit.visitId } } })),
  });
  const taken = (story.data?.timeline ?? [])
    .map((e) => e as { type?: string; data?: TakeBack })
    .filter((e) => e.type === 'ProductTakenBack')
    .at(-1)?.data;
  return (
    <Modal
      open
      title={t(`${visit.caseNumber} 的产品带回`, `Take-back of ${visit.caseNumber}`)}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('关闭', 'Close')}</Button>}
    >
      <ErrorNote error={story.error} />
      {taken && (
        <Descriptions
          column={1}
          data-testid="take-back-record"
          items={[
            {
              key: 'receipt',
              label: t('客户商品领取收据号', 'Product receipt no.'),
              children: taken.receiptNo,
            },
            {
              key: 'register',
              label: t('出入库登记号', 'In/out register entry'),
              children: taken.registerEntryNo,
            },
            { key: 'card', label: t('修护卡号', 'Repair card no.'), children: taken.repairCardNo },
            { key: 'engineer', label: t('工程师', 'Engineer'), children: taken.engineerId },
            {
              key: 'at',
              label: t('带回时间', 'Taken back at'),
              children: formatTime(taken.takenBackAt, visit.branch, lang),
            },
          ]}
        />
      )}
    </Modal>
  );
}
