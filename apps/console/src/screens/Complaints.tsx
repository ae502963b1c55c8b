import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useContext, useState } from 'react';
import { useCan } from '../api/access';
import { intake, ok } from '../api/client';
import type { paths } from '../api/schema/intake';
import type { RegisterCaseDto } from '../api/types';
import { SessionContext } from '../auth/SessionContext';
import { config } from '../config';
import { CASE_STATUS, CHANNEL, KIND, SEVERITY, useLabel, useLang, useT } from '../i18n';
import { formatTime, timeLeft } from '../format';
import { href, navigate } from '../router';
import { ErrorNote, PageTitle, pickableBranches, useFieldRefusals } from '../ui/common';

type CaseQuery = NonNullable<paths['/intake/cases']['get']['parameters']['query']>;
type Filters = Pick<CaseQuery, 'branch' | 'kind' | 'severity' | 'status' | 'caseNumber'> & {
  overdue?: boolean;
};
type Page = NonNullable<Awaited<ReturnType<typeof listCases>>>;

const listCases = (filters: Filters, after?: string) =>
  ok(
    intake.GET('/intake/cases', {
      params: {
        query: {
          branch: filters.branch,
          caseNumber: filters.caseNumber,
          kind: filters.kind,
          severity: filters.severity,
          status: filters.status,
          overdue: filters.overdue ? 'true' : undefined,
          limit: 25,
          after,
        },
      },
    }),
  );

/** The complaint register (客户投诉登记追踪表): filters, overdue and major flags, cursor paging. */
export default function Complaints() {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const can = useCan();
  const session = useContext(SessionContext).session!;
  const [filters, setFilters] = useState<Filters>({});
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const after = cursors[cursors.length - 1];
  const page = useQuery({ queryKey: ['cases', filters, after], queryFn: () => listCases(filters, after) });
  const [registering, setRegistering] = useState(false);
  const now = Date.now();
  const branches = pickableBranches(session.branches, config().branches);
  const set = (f: Filters) => {
    setFilters(f);
    setCursors([undefined]);
  };
  const items: Page['items'] = page.data?.items ?? [];
  return (
    <section aria-labelledby="complaints-title">
      <PageTitle
        extra={
          can('POST /intake/cases') && (
            <Button type="primary" onClick={() => setRegistering(true)}>
              {t('登记投诉', 'Register complaint')}
            </Button>
          )
        }
      >
        <span id="complaints-title">{t('客户投诉登记', 'Complaint register')}</span>
      </PageTitle>
      <Space wrap style={{ marginBottom: 12 }} role="search" aria-label={t('筛选', 'Filters')}>
        <Input.Search
          aria-label={t('案件号', 'Case number')}
          placeholder={t('案件号', 'Case number')}
          allowClear
          style={{ width: 210 }}
          onSearch={(n) => set({ ...filters, caseNumber: n.trim() || undefined })}
        />
        <Select
          aria-label={t('分公司', 'Branch')}
          allowClear
          placeholder={t('分公司', 'Branch')}
          style={{ width: 120 }}
          value={filters.branch}
          onChange={(branch) => set({ ...filters, branch })}
          options={branches.map((b) => ({ value: b, label: b }))}
        />
        <Select
          aria-label={t('类别', 'Kind')}
          allowClear
          placeholder={t('类别', 'Kind')}
          style={{ width: 170 }}
          value={filters.kind}
          onChange={(kind) => set({ ...filters, kind })}
          options={Object.keys(KIND).map((k) => ({ value: k, label: label(KIND, k) }))}
        />
        <Select
          aria-label={t('严重程度', 'Severity')}
          allowClear
          placeholder={t('严重程度', 'Severity')}
          style={{ width: 130 }}
          value={filters.severity}
          onChange={(severity) => set({ ...filters, severity })}
          options={Object.keys(SEVERITY).map((k) => ({ value: k, label: label(SEVERITY, k) }))}
        />
        <Select
          aria-label={t('状态', 'Status')}
          allowClear
          placeholder={t('状态', 'Status')}
          style={{ width: 130 }}
          value={filters.status}
          onChange={(status) => set({ ...filters, status })}
          options={Object.keys(CASE_STATUS).map((k) => ({ value: k, label: label(CASE_STATUS, k) }))}
        />
        <Checkbox
          checked={!!filters.overdue}
          onChange={(e) => set({ ...filters, overdue: e.target.checked })}
        >
          {t('仅超时', 'Overdue only')}
        </Checkbox>
      </Space>
      <ErrorNote error={page.error} />
      <Table
        rowKey="caseId"
        size="middle"
        loading={page.isLoading}
        dataSource={items}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('案件号', 'Case number'),
            dataIndex: 'caseNumber',
            render: (n: string, r) => <a href={href('cases', r.caseId)}>{n}</a>,
          },
          { title: t('分公司', 'Branch'), dataIndex: 'branch' },
          { title: t('类别', 'Kind'), dataIndex: 'kind', render: (k: string) => label(KIND, k) },
          {
            title: t('严重程度', 'Severity'),
            dataIndex: 'severity',
            render: (s: string) =>
              s === 'major' ? <Tag color="red">{label(SEVERITY, s)}</Tag> : label(SEVERITY, s),
          },
          { title: t('状态', 'Status'), dataIndex: 'status', render: (s: string) => label(CASE_STATUS, s) },
          { title: t('型号', 'Model'), dataIndex: 'productModel' },
          {
            title: t('登记时间', 'Registered'),
            dataIndex: 'registeredAt',
            render: (v: string, r) => formatTime(v, r.branch ?? undefined, lang),
          },
          {
            title: t('响应期限', 'Response due'),
            dataIndex: 'responseDueAt',
            render: (v: string, r) => {
              if (r.respondedAt)
                return r.respondedInTime
                  ? t('已按时响应', 'Answered in time')
                  : t('响应超时', 'Answered late');
              const left = timeLeft(v, now, lang);
              return left.overdue || r.responseMissed ? <Tag color="red">{left.text}</Tag> : left.text;
            },
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('上一页', 'Previous')}
        </Button>
        <Button
          disabled={!page.data?.next}
          onClick={() => setCursors([...cursors, page.data!.next ?? undefined])}
        >
          {t('下一页', 'Next')}
        </Button>
        {page.data && <span>{t(`共 ${page.data.total} 条`, `${page.data.total} in all`)}</span>}
      </Space>
      <RegisterCase open={registering} onClose={() => setRegistering(false)} branches={branches} />
    </section>
  );
}

type RegisterBody = RegisterCaseDto;

function RegisterCase({
  open,
  onClose,
  branches,
}: {
  open: boolean;
  onClose: () => void;
  branches: readonly string[];
}) {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm();
  const client = useQueryClient();
  const register = useMutation({
    mutationFn: (body: RegisterBody) => ok(intake.POST('/intake/cases', { body })),
    onSuccess: (created) => {
      void client.invalidateQueries({ queryKey: ['cases'] });
      onClose();
      form.resetFields();
      navigate('cases', created.caseId);
    },
  });
  const required = [{ required: true, message: t('必填', 'Required') }];
  useFieldRefusals(form, register.error, { 'customer.name': 'customerName' });
  return (
    <Modal
      open={open}
      title={t('登记投诉', 'Register complaint')}
      onCancel={onClose}
      okText={t('登记', 'Register')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={register.isPending}
      onOk={() => form.submit()}
      width={640}
      destroyOnHidden
    >
      <ErrorNote error={register.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          branch: branches[0],
          channel: 'hotline',
          kind: 'quality-complaint',
          severity: 'general',
        }}
        onFinish={(v: Record<string, string | boolean>) =>
          register.mutate({
            branch: String(v.branch),
            channel: v.channel as RegisterBody['channel'],
            kind: v.kind as RegisterBody['kind'],
            severity: v.severity as RegisterBody['severity'],
            customer: {
              customerId: String(v.customerId),
              name: String(v.customerName),
              phone: String(v.phone),
              address: String(v.address),
              vip: !!v.vip,
            },
            product: { model: String(v.model), serialNumber: String(v.serialNumber) },
            problem: {
              description: String(v.description),
              ...(v.symptomCode ? { symptomCode: String(v.symptomCode) } : {}),
            },
          })
        }
      >
        <Space wrap>
          <Form.Item name="branch" label={t('分公司', 'Branch')} rules={required}>
            <Select style={{ width: 120 }} options={branches.map((b) => ({ value: b, label: b }))} />
          </Form.Item>
          <Form.Item name="channel" label={t('渠道', 'Channel')} rules={required}>
            <Select
              style={{ width: 150 }}
              options={Object.keys(CHANNEL).map((k) => ({ value: k, label: label(CHANNEL, k) }))}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('类别', 'Kind')} rules={required}>
            <Select
              style={{ width: 170 }}
              options={Object.keys(KIND).map((k) => ({ value: k, label: label(KIND, k) }))}
            />
          </Form.Item>
          <Form.Item name="severity" label={t('严重程度', 'Severity')} rules={required}>
            <Select
              style={{ width: 120 }}
              options={Object.keys(SEVERITY).map((k) => ({ value: k, label: label(SEVERITY, k) }))}
            />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="customerId" label={t('客户编号', 'Customer ID')} rules={required}>
            <Input />
          </Form.Item>
          <Form.Item name="customerName" label={t('客户名称', 'Customer name')} rules={required}>
            <Input />
          </Form.Item>
          <Form.Item name="phone" label={t('电话', 'Phone')} rules={required}>
            <Input type="tel" />
          </Form.Item>
        </Space>
        <Form.Item name="address" label={t('地址', 'Address')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="vip" valuePropName="checked">
          <Checkbox>{t('重要客户 (VIP)', 'VIP customer')}</Checkbox>
        </Form.Item>
        <Space wrap>
          <Form.Item name="model" label={t('产品型号', 'Product model')} rules={required}>
            <Input />
          </Form.Item>
          <Form.Item name="serialNumber" label={t('出厂编号', 'Serial number')} rules={required}>
            <Input />
          </Form.Item>
          <Form.Item name="symptomCode" label={t('故障代码', 'Symptom code')}>
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('问题描述', 'Problem')} rules={required}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
