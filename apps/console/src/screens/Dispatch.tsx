import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Row, Select, Space, Table, Tag } from 'antd';
import { useContext, useState } from 'react';
import { useCan } from '../api/access';
import { dispatch, ok } from '../api/client';
import { SessionContext } from '../auth/SessionContext';
import { config } from '../config';
import { formatTime, timeLeft } from '../format';
import { VISIT_STATUS, ZONE, useLabel, useLang, useT } from '../i18n';
import { href } from '../router';
import { ErrorNote, PageTitle, pickableBranches } from '../ui/common';

interface Visit {
  visitId: string;
  caseId: string;
  caseNumber: string;
  branch: string;
  status: string;
  urgency: string;
  zone: string;
  productModel: string;
  productLine: string;
  engineerId: string | null;
  arrivalDueAt: string | null;
  arrivalMissed: boolean;
  flaggedForMorning: boolean;
}
interface Engineer {
  engineerId: string;
  branch: string;
  skills: string[];
  baseZone: string;
  active: boolean;
}

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
  // The visit list's filters are not in the dispatch contract yet: passed as the service reads them.
  const visits = useQuery({
    queryKey: ['visits', branch],
    queryFn: () =>
      ok(dispatch.GET('/dispatch/visits', { params: { query: { branch, limit: 200 } as never } })),
  });
  const engineers = useQuery({
    queryKey: ['engineers', branch],
    queryFn: () => ok(dispatch.GET('/dispatch/engineers', { params: { query: { branch } as never } })),
  });
  const [picked, setPicked] = useState<Record<string, string>>({});
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
  const all = ((visits.data?.items ?? []) as unknown as Visit[]).filter((v) => !zone || v.zone === zone);
  const roster = (engineers.data?.items ?? []) as unknown as Engineer[];
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
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card title={t('工程师负荷', "Engineers' load")}>
            <Table<Engineer>
              rowKey="engineerId"
              size="small"
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
    </section>
  );
}
