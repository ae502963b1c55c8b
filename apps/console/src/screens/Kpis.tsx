import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Input, Row, Space, Statistic } from 'antd';
import { useContext, useState } from 'react';
import { intake, ok } from '../api/client';
import { SessionContext } from '../auth/SessionContext';
import { config } from '../config';
import { CASE_STATUS, KIND, useLabel, useT } from '../i18n';
import { BarChart } from '../ui/BarChart';
import { BranchSelect, ErrorNote, PageTitle, pickableBranches } from '../ui/common';

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** KPI-1 and KPI-2 per branch and month: compliance, satisfaction, and the complaint summary. */
export default function Kpis() {
  const t = useT();
  const label = useLabel();
  const session = useContext(SessionContext).session!;
  const branches = pickableBranches(session.branches, config().branches);
  const [branch, setBranch] = useState(branches[0]);
  const [month, setMonth] = useState(thisMonth);
  const summary = useQuery({
    queryKey: ['monthly-summary', branch, month],
    enabled: !!branch && /^\d{4}-\d{2}$/.test(month),
    queryFn: () =>
      ok(intake.GET('/intake/reports/monthly-summary', { params: { query: { branch: branch!, month } } })),
  });
  const s = summary.data;
  const relabel = (labels: Record<string, readonly [string, string]>, data?: Record<string, number>) =>
    Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [label(labels, k), v]));
  return (
    <section aria-labelledby="kpi-title">
      <PageTitle>
        <span id="kpi-title">{t('指标', 'KPIs')}</span>
      </PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <BranchSelect branches={branches} value={branch} onChange={setBranch} />
        <Input
          aria-label={t('月份', 'Month')}
          style={{ width: 120 }}
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          placeholder="2026-12"
        />
      </Space>
      <ErrorNote error={summary.error} />
      {s ? (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('投诉总数', 'Cases')} value={s.total} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic
                title={t('响应及时率 (INT-4)', 'Response compliance (INT-4)')}
                value={(s.responseCompliance ?? 0) * 100}
                precision={1}
                suffix="%"
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic
                title={t('满意度', 'Satisfaction')}
                value={(s.satisfaction ?? 0) * 100}
                precision={1}
                suffix="%"
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('重复问题 (INT-9)', 'Recurring (INT-9)')} value={s.recurringCases} />
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card>
              <BarChart title={t('按类别', 'By kind')} data={relabel(KIND, s.byKind)} />
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card>
              <BarChart title={t('按型号', 'By model')} data={s.byModel} />
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card>
              <BarChart title={t('按状态', 'By status')} data={relabel(CASE_STATUS, s.byStatus)} />
            </Card>
          </Col>
        </Row>
      ) : (
        !summary.isLoading && <Empty description={t('无数据', 'No figures')} />
      )}
    </section>
  );
}
