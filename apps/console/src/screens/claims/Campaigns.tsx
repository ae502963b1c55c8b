import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useContext, useState } from 'react';
import { useCan } from '../../api/access';
import { caseIdOf } from '../../api/cases';
import { claims, ok } from '../../api/client';
import { CaseLink } from '../../ui/CaseLink';
import { SessionContext } from '../../auth/SessionContext';
import { config } from '../../config';
import { formatTime } from '../../format';
import { useLabel, useLang, useT } from '../../i18n';
import { href, navigate } from '../../router';
import { CardTitle, ErrorNote, pickableBranches } from '../../ui/common';

const listCampaigns = () => ok(claims.GET('/claims/campaigns', { params: { query: { limit: 200 } } }));
type CampaignRow = Awaited<ReturnType<typeof listCampaigns>>['items'][number];

const KIND = {
  'batch-quality': ['批量质量问题', 'Batch quality problem'],
  recall: ['召回', 'Recall'],
} as const;
const STATUS = { proposed: ['待领导审批', 'Awaiting executive approval'], open: ['已开启', 'Open'] } as const;

/** Splits a pasted list of serial numbers (lines, commas or spaces). */
const serialsOf = (text: string) => [...new Set(text.split(/[\s,，;；]+/).filter(Boolean))];

/** CLM-6: batch quality problems and recalls, opened only by an executive, linked to cases and units. */
export default function Campaigns({ campaignId }: { campaignId?: string }) {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const can = useCan();
  const [proposing, setProposing] = useState(false);
  const list = useQuery({ queryKey: ['campaigns'], queryFn: listCampaigns });
  const rows = list.data?.items ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      {can('POST /claims/campaigns') && (
        <Button type="primary" onClick={() => setProposing(true)}>
          {t('发起批量问题/召回', 'Propose a campaign')}
        </Button>
      )}
      <ProposeCampaign open={proposing} onClose={() => setProposing(false)} />
      <ErrorNote error={list.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={campaignId ? 12 : 24}>
          <Table<CampaignRow>
            rowKey="campaignId"
            size="middle"
            loading={list.isLoading}
            dataSource={rows}
            pagination={{ pageSize: 15 }}
            scroll={{ x: 760 }}
            locale={{ emptyText: t('暂无', 'None yet') }}
            columns={[
              {
                title: t('标题', 'Title'),
                dataIndex: 'title',
                render: (title: string, c) => <a href={href('claims', 'campaigns', c.campaignId)}>{title}</a>,
              },
              { title: t('类别', 'Kind'), dataIndex: 'kind', render: (k: string) => label(KIND, k) },
              { title: t('分公司', 'Branch'), dataIndex: 'branch' },
              { title: t('型号', 'Model'), dataIndex: 'model' },
              {
                title: t('状态', 'Status'),
                dataIndex: 'status',
                render: (s: string, c) => (
                  <Tag color={s === 'open' ? 'blue' : undefined} data-testid={`campaign-status-${c.title}`}>
                    {label(STATUS, s)}
                  </Tag>
                ),
              },
              { title: t('机组数', 'Units'), dataIndex: 'serialCount' },
              { title: t('关联案件', 'Cases'), key: 'cases', render: (_: unknown, c) => c.cases.length },
              {
                title: t('发起', 'Proposed'),
                key: 'proposed',
                render: (_: unknown, c) => `${c.proposedBy} · ${formatTime(c.proposedAt, c.branch, lang)}`,
              },
            ]}
          />
        </Col>
        {campaignId && (
          <Col xs={24} xl={12}>
            <CampaignPanel campaignId={campaignId} />
          </Col>
        )}
      </Row>
    </Space>
  );
}

function ProposeCampaign({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const label = useLabel();
  const client = useQueryClient();
  const session = useContext(SessionContext).session!;
  const branches = pickableBranches(session.branches, config().branches);
  const [form] = Form.useForm();
  const propose = useMutation({
    mutationFn: (v: {
      branch: string;
      kind: 'batch-quality' | 'recall';
      title: string;
      model: string;
      serials: string;
    }) => ok(claims.POST('/claims/campaigns', { body: { ...v, serials: serialsOf(v.serials) } })),
    onSuccess: (campaign) => {
      form.resetFields();
      onClose();
      void client.invalidateQueries({ queryKey: ['campaigns'] });
      const id = (campaign as unknown as { campaignId?: string } | undefined)?.campaignId;
      if (id) navigate('claims', 'campaigns', id);
    },
  });
  return (
    <Modal
      open={open}
      title={t('发起批量问题/召回 (CLM-6)', 'Propose a campaign (CLM-6)')}
      okText={t('提交', 'Propose')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={propose.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ErrorNote error={propose.error} />
      <Form
        name="propose-campaign"
        form={form}
        layout="vertical"
        initialValues={{ branch: branches[0], kind: 'batch-quality' }}
        onFinish={(v) => propose.mutate(v)}
      >
        <Form.Item name="branch" label={t('分公司', 'Branch')} rules={[{ required: true }]}>
          <Select options={branches.map((b) => ({ value: b, label: b }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('类别', 'Kind')} rules={[{ required: true }]}>
          <Select options={Object.keys(KIND).map((k) => ({ value: k, label: label(KIND, k) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('标题', 'Title')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={400} />
        </Form.Item>
        <Form.Item name="model" label={t('型号', 'Model')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="serials"
          label={t('序列号（每行一个）', 'Serial numbers (one a line)')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CampaignPanel({ campaignId }: { campaignId: string }) {
  const t = useT();
  const label = useLabel();
  const can = useCan();
  const client = useQueryClient();
  const path = { params: { path: { campaignId } } };
  const detail = useQuery({
    queryKey: ['campaign', campaignId],
    queryFn: () => ok(claims.GET('/claims/campaigns/{campaignId}', path)),
  });
  const c = detail.data;
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['campaign', campaignId] });
    void client.invalidateQueries({ queryKey: ['campaigns'] });
  };
  const approve = useMutation({
    mutationFn: () => ok(claims.POST('/claims/campaigns/{campaignId}/approve', path)),
    onSuccess: refresh,
  });
  const linkCase = useMutation({
    mutationFn: async (ref: string) =>
      ok(
        claims.POST('/claims/campaigns/{campaignId}/cases', {
          ...path,
          body: { caseId: await caseIdOf(ref) },
        }),
      ),
    onSuccess: refresh,
  });
  const addSerials = useMutation({
    mutationFn: (serials: string[]) =>
      ok(claims.POST('/claims/campaigns/{campaignId}/serials', { ...path, body: { serials } })),
    onSuccess: refresh,
  });
  const [caseForm] = Form.useForm<{ caseId: string }>();
  const [serialForm] = Form.useForm<{ serials: string }>();
  if (!c) return <ErrorNote error={detail.error} />;
  const linkable = can('POST /claims/campaigns/{campaignId}/cases', c.branch);
  return (
    <Card title={<CardTitle>{c.title}</CardTitle>}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'k', label: t('类别', 'Kind'), children: label(KIND, c.kind) },
          {
            key: 's',
            label: t('状态', 'Status'),
            children: (
              <Tag color={c.status === 'open' ? 'blue' : undefined} data-testid="campaign-status">
                {label(STATUS, c.status)}
              </Tag>
            ),
          },
          { key: 'm', label: t('型号', 'Model'), children: c.model },
          { key: 'b', label: t('分公司', 'Branch'), children: c.branch },
          ...(c.approvedBy ? [{ key: 'a', label: t('审批人', 'Approved by'), children: c.approvedBy }] : []),
          {
            key: 'u',
            label: t('机组', 'Units'),
            children: (
              <Space size={4} wrap>
                {c.serials.map((s) => (
                  <a key={s} href={href('claims', 'serials', s)}>
                    {s}
                  </a>
                ))}
              </Space>
            ),
          },
          {
            key: 'c',
            label: t('关联案件', 'Cases'),
            children: (
              <Space size={4} wrap data-testid="campaign-cases">
                {c.cases.map((id) => (
                  <CaseLink key={id} caseId={id} />
                ))}
              </Space>
            ),
          },
        ]}
      />
      <ErrorNote error={approve.error ?? linkCase.error ?? addSerials.error} />
      {c.status === 'proposed' && can('POST /claims/campaigns/{campaignId}/approve', c.branch) && (
        <Button type="primary" onClick={() => approve.mutate()} loading={approve.isPending}>
          {t('审批开启 (CLM-6)', 'Approve and open (CLM-6)')}
        </Button>
      )}
      {c.status === 'proposed' && !can('POST /claims/campaigns/{campaignId}/approve', c.branch) && (
        <Typography.Paragraph>
          {t('须经公司领导审批后才能关联案件。', 'An executive must approve it before cases are linked.')}
        </Typography.Paragraph>
      )}
      {c.status === 'open' && linkable && (
        <Form
          name="campaign-case"
          form={caseForm}
          layout="inline"
          style={{ marginTop: 12 }}
          onFinish={(v) => linkCase.mutate(v.caseId.trim(), { onSuccess: () => caseForm.resetFields() })}
        >
          <Form.Item
            name="caseId"
            label={t('案件号或案件 ID', 'Case number or id')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input style={{ width: 300 }} />
          </Form.Item>
          <Button htmlType="submit" loading={linkCase.isPending}>
            {t('关联案件', 'Link case')}
          </Button>
        </Form>
      )}
      {can('POST /claims/campaigns/{campaignId}/serials', c.branch) && (
        <Form
          name="campaign-serials"
          form={serialForm}
          layout="inline"
          style={{ marginTop: 12 }}
          onFinish={(v) =>
            addSerials.mutate(serialsOf(v.serials), { onSuccess: () => serialForm.resetFields() })
          }
        >
          <Form.Item
            name="serials"
            label={t('添加序列号', 'Add serial numbers')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input style={{ width: 300 }} />
          </Form.Item>
          <Button htmlType="submit" loading={addSerials.isPending}>
            {t('添加', 'Add')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
