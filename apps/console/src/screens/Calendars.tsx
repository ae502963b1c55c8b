import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useContext, useState } from 'react';
import { useCan } from '../api/access';
import { dispatch, ok } from '../api/client';
import { SessionContext } from '../auth/SessionContext';
import { config } from '../config';
import { dayIn, instantOfWallClock, wallClockIn, zoneOf } from '../format';
import { VISIT_STATUS, useLabel, useLang, useT } from '../i18n';
import { href } from '../router';
import { BranchSelect, ErrorNote, PageTitle, pickableBranches } from '../ui/common';

interface Visit {
  visitId: string;
  caseId: string;
  caseNumber: string;
  branch: string;
  status: string;
  engineerId: string | null;
  arrivalDueAt: string | null;
  arrivedAt: string | null;
  openedAt: string;
}
interface Engineer {
  engineerId: string;
  branch: string;
  active: boolean;
  leave?: { from: string; until?: string }[];
}

const DAYS = 7;

/** The `DAYS` calendar days from `first` (YYYY-MM-DD), as dates. */
function daysFrom(first: string): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: DAYS }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** When a visit stands on an engineer's calendar: arrived, else due to arrive, else opened. */
const dayOfVisit = (v: Visit) => dayIn(v.arrivedAt ?? v.arrivalDueAt ?? v.openedAt, v.branch);

/** Whether any of the branch-zone day `day` lies in a leave period. */
function onLeave(e: Engineer, day: string): boolean {
  const zone = zoneOf(e.branch);
  const from = Date.parse(instantOfWallClock(`${day}T00:00:00`, zone));
  const to = from + 86_400_000;
  return (e.leave ?? []).some(
    (p) => Date.parse(p.from) < to && (p.until === undefined || Date.parse(p.until) > from),
  );
}

/** DSP-1: each engineer's visits and availability, day by day, in the branch's time zone. */
export default function Calendars() {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const can = useCan();
  const session = useContext(SessionContext).session!;
  const branches = pickableBranches(session.branches, config().branches);
  const [branch, setBranch] = useState(branches[0]);
  const today = wallClockIn(Date.now(), zoneOf(branch)).slice(0, 10);
  const [first, setFirst] = useState(today);
  const days = daysFrom(first);
  const shift = (n: number) =>
    setFirst(new Date(Date.parse(`${first}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10));
  // The visit list's filters are not in the dispatch contract yet: passed as the service reads them.
  const visits = useQuery({
    queryKey: ['visits', branch],
    queryFn: () =>
      ok(dispatch.GET('/dispatch/visits', { params: { query: { branch, limit: 200 } as never } })),
  });
  const roster = useQuery({
    queryKey: ['engineers', branch],
    queryFn: () => ok(dispatch.GET('/dispatch/engineers', { params: { query: { branch } as never } })),
  });
  const engineers = ((roster.data?.items ?? []) as unknown as Engineer[]).filter((e) => e.branch === branch);
  // Leave is on each engineer's own record (their stream), not in the roster.
  const records = useQueries({
    queries: engineers.map((e) => ({
      queryKey: ['engineer', e.engineerId],
      enabled: can('GET /dispatch/engineers/{engineerId}', e.branch),
      queryFn: () =>
        ok(
          dispatch.GET('/dispatch/engineers/{engineerId}', {
            params: { path: { engineerId: e.engineerId } },
          }),
        ),
    })),
  });
  const withLeave = engineers.map((e, i) => ({ ...e, ...((records[i]?.data ?? {}) as Partial<Engineer>) }));
  const all = (visits.data?.items ?? []) as unknown as Visit[];
  const [leaveFor, setLeaveFor] = useState<Engineer>();
  return (
    <section aria-labelledby="calendars-title">
      <PageTitle>
        <span id="calendars-title">{t('工程师日程', "Engineers' calendars")}</span>
      </PageTitle>
      <Space wrap style={{ marginBottom: 12 }} role="search" aria-label={t('筛选', 'Filters')}>
        <BranchSelect branches={branches} value={branch} onChange={setBranch} />
        <Button onClick={() => shift(-DAYS)}>{t('上一周', 'Previous week')}</Button>
        <Button onClick={() => setFirst(today)}>{t('今天', 'Today')}</Button>
        <Button onClick={() => shift(DAYS)}>{t('下一周', 'Next week')}</Button>
        <Typography.Text>{t(`时区 ${zoneOf(branch)}`, `Time zone ${zoneOf(branch)}`)}</Typography.Text>
      </Space>
      <ErrorNote error={visits.error ?? roster.error} />
      <LeaveModal engineer={leaveFor} onClose={() => setLeaveFor(undefined)} />
      <Table<Engineer>
        rowKey="engineerId"
        size="small"
        bordered
        loading={visits.isLoading || roster.isLoading}
        dataSource={withLeave}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('该分公司无工程师', 'No engineers in this branch') }}
        columns={[
          {
            title: t('工程师', 'Engineer'),
            dataIndex: 'engineerId',
            fixed: 'left',
            width: 150,
            render: (id: string, e) => (
              <Space direction="vertical" size={2}>
                <strong>{id}</strong>
                {!e.active && <Tag>{t('已停用', 'Deactivated')}</Tag>}
                {can('POST /dispatch/engineers/{engineerId}/leave', e.branch) && (
                  <Button size="small" onClick={() => setLeaveFor(e)}>
                    {t(`登记 ${id} 请假`, `Leave for ${id}`)}
                  </Button>
                )}
              </Space>
            ),
          },
          ...days.map((day) => ({
            title: new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
              weekday: 'short',
              month: '2-digit',
              day: '2-digit',
              timeZone: 'UTC',
            }).format(new Date(`${day}T00:00:00Z`)),
            key: day,
            width: 140,
            render: (_: unknown, e: Engineer) => {
              const mine = all.filter((v) => v.engineerId === e.engineerId && dayOfVisit(v) === day);
              return (
                <div data-testid={`calendar-${e.engineerId}-${day}`}>
                  {onLeave(e, day) && <Tag color="red">{t('请假', 'On leave')}</Tag>}
                  {mine.map((v) => (
                    <div key={v.visitId}>
                      <a href={href('cases', v.caseId)}>{v.caseNumber}</a>{' '}
                      <Tag>{label(VISIT_STATUS, v.status)}</Tag>
                      <div style={{ fontSize: 12 }}>
                        {wallClockIn(v.arrivedAt ?? v.arrivalDueAt ?? v.openedAt, zoneOf(v.branch)).slice(
                          11,
                          16,
                        )}
                        {v.arrivedAt
                          ? ` ${t('到场', 'arrived')}`
                          : v.arrivalDueAt
                            ? ` ${t('应到', 'due')}`
                            : ''}
                      </div>
                    </div>
                  ))}
                  {!mine.length && !onLeave(e, day) && e.active && (
                    <span style={{ color: '#595959' }}>{t('空闲', 'Free')}</span>
                  )}
                </div>
              );
            },
          })),
        ]}
      />
    </section>
  );
}

/** Leave from one day to another (the days in the branch's zone), with its reason. */
function LeaveModal({ engineer, onClose }: { engineer?: Engineer; onClose: () => void }) {
  const t = useT();
  const client = useQueryClient();
  const [form] = Form.useForm<{ from: string; until: string; reason: string }>();
  const zone = zoneOf(engineer?.branch);
  const leave = useMutation({
    mutationFn: (v: { from: string; until: string; reason: string }) =>
      ok(
        dispatch.POST('/dispatch/engineers/{engineerId}/leave', {
          params: { path: { engineerId: engineer!.engineerId } },
          body: {
            from: instantOfWallClock(`${v.from}T00:00:00`, zone),
            until: instantOfWallClock(
              `${new Date(Date.parse(`${v.until}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)}T00:00:00`,
              zone,
            ),
            reason: v.reason.trim(),
          },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['engineer', engineer!.engineerId] });
      form.resetFields();
      onClose();
    },
  });
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return (
    <Modal
      open={!!engineer}
      title={t(`登记 ${engineer?.engineerId ?? ''} 请假`, `Leave for ${engineer?.engineerId ?? ''}`)}
      okText={t('登记', 'Record')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={leave.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ErrorNote error={leave.error} />
      <Form name="leave" form={form} layout="vertical" onFinish={(v) => leave.mutate(v)}>
        <Form.Item
          name="from"
          label={t('开始日期 (YYYY-MM-DD)', 'First day (YYYY-MM-DD)')}
          rules={[{ required: true, pattern: day, message: t('格式 YYYY-MM-DD', 'Format YYYY-MM-DD') }]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="until"
          label={t('结束日期 (YYYY-MM-DD)', 'Last day (YYYY-MM-DD)')}
          rules={[{ required: true, pattern: day, message: t('格式 YYYY-MM-DD', 'Format YYYY-MM-DD') }]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item name="reason" label={t('事由', 'Reason')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
