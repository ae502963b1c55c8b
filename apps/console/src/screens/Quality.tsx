import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useCan } from '../api/access';
import { ok, quality } from '../api/client';
import { formatTime, percent } from '../format';
import { ROLE, ROOT_CAUSE, useLabel, useLang, useT } from '../i18n';
import { href } from '../router';
import { ErrorNote, PageTitle } from '../ui/common';
import { ShareEditor, sharesTotal, toShares, type ShareRow } from '../ui/ShareEditor';

type Inspection = NonNullable<Awaited<ReturnType<typeof listInspections>>>['items'][number];
interface Share {
  party: { kind: string; department?: string; supplierId?: string; carrierId?: string };
  shareBp: number;
}
interface Step {
  step: 'attributed' | 'disputed' | 'confirmed' | 'superseded';
  at: string;
  by: { userId: string; role: string };
  attributionId?: string;
  disputeId?: string;
  shares?: Share[];
  reason?: string;
  party?: string;
}
interface Attribution {
  attributionId: string;
  shares: Share[];
  inForce: boolean;
}

// The list's filters are not in the contract yet: passed as the service reads them.
const listInspections = () =>
  ok(quality.GET('/quality-inspection/inspections', { params: { query: { limit: 100 } as never } }));

const partyText = (s: Share) => s.party.department ?? s.party.supplierId ?? s.party.carrierId ?? s.party.kind;

/** Inspections, findings with evidence, attribution (QC-3), disputes and their review (QC-4). */
export default function Quality({ route }: { route: string[] }) {
  const t = useT();
  const lang = useLang();
  const list = useQuery({ queryKey: ['inspections'], queryFn: listInspections });
  const selected = route[1];
  const items = list.data?.items ?? [];
  const inspection = items.find((i) => i.inspectionId === selected);
  return (
    <section aria-labelledby="qc-title">
      <PageTitle>
        <span id="qc-title">{t('质检工作台', 'QC bench')}</span>
      </PageTitle>
      <ErrorNote error={list.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={inspection ? 10 : 24}>
          <Table<Inspection>
            rowKey="inspectionId"
            size="middle"
            loading={list.isLoading}
            dataSource={items}
            pagination={{ pageSize: 15 }}
            scroll={{ x: 600 }}
            rowClassName={(r) => (r.inspectionId === selected ? 'ant-table-row-selected' : '')}
            columns={[
              {
                title: t('产品', 'Product'),
                dataIndex: 'serialNumber',
                render: (s: string, r) => (
                  <a href={href('quality', r.inspectionId)}>{`${r.productModel} · ${s}`}</a>
                ),
              },
              { title: t('案件号', 'Case'), dataIndex: 'caseNumber', render: (n: string | null) => n ?? '—' },
              { title: t('分公司', 'Branch'), dataIndex: 'branch' },
              { title: t('状态', 'Status'), dataIndex: 'status' },
              {
                title: t('责任', 'Responsible'),
                dataIndex: 'responsible',
                render: (r: Inspection['responsible']) =>
                  r?.map((s) => `${s.partyKey} ${percent(s.shareBp)}`).join(', '),
              },
              {
                title: t('开检时间', 'Opened'),
                dataIndex: 'openedAt',
                render: (v: string, r) => formatTime(v, r.branch, lang),
              },
            ]}
          />
        </Col>
        {inspection && (
          <Col xs={24} xl={14}>
            <InspectionPanel inspection={inspection} />
          </Col>
        )}
      </Row>
      {selected && !inspection && !list.isLoading && <p>{t('未找到该检验。', 'No such inspection.')}</p>}
    </section>
  );
}

function InspectionPanel({ inspection }: { inspection: Inspection }) {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const can = useCan();
  const client = useQueryClient();
  const inspectionId = inspection.inspectionId;
  const history = useQuery({
    queryKey: ['responsibility', inspectionId],
    queryFn: () =>
      ok(
        quality.GET('/quality-inspection/inspections/{inspectionId}/responsibility-history', {
          params: { path: { inspectionId } },
        }),
      ),
  });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['inspections'] });
    void client.invalidateQueries({ queryKey: ['responsibility', inspectionId] });
  };
  const steps = (history.data?.steps ?? []) as unknown as Step[];
  const inForce = history.data?.inForce as unknown as Attribution | undefined;
  const settled = new Set(
    steps.filter((s) => s.step === 'confirmed' || s.step === 'superseded').map((s) => s.disputeId),
  );
  const openDisputes = steps.filter((s) => s.step === 'disputed' && !settled.has(s.disputeId));
  const findings = (inspection.findings ?? []).filter((f) => !f.correctedBy);
  const path = { params: { path: { inspectionId } } };
  const signOff = useMutation({
    mutationFn: () =>
      ok(quality.POST('/quality-inspection/inspections/{inspectionId}/sign-off', { ...path, body: {} })),
    onSuccess: refresh,
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card
        title={
          <Typography.Title
            level={3}
            style={{ fontSize: 16, margin: 0 }}
          >{`${inspection.productModel} · ${inspection.serialNumber}`}</Typography.Title>
        }
        extra={inspection.caseId && <a href={href('cases', inspection.caseId)}>{inspection.caseNumber}</a>}
      >
        <p>
          {t('状态', 'Status')}: <Tag data-testid="inspection-status">{inspection.status}</Tag>{' '}
          {t('来源', 'Origin')}: {inspection.origin.kind} {inspection.origin.ref}
        </p>
        <Typography.Title level={4} style={{ fontSize: 14 }}>
          {t('检验发现', 'Findings')}
        </Typography.Title>
        <ul>
          {findings.map((f) => (
            <li key={f.findingId}>{label(ROOT_CAUSE, f.rootCause)}</li>
          ))}
          {findings.length === 0 && <li>{t('尚无发现', 'None yet')}</li>}
        </ul>
        {can('POST /quality-inspection/inspections/{inspectionId}/findings') && (
          <FindingForm inspectionId={inspectionId} onDone={refresh} />
        )}
        {inForce && (
          <p data-testid="attribution-in-force">
            {t('现行责任', 'In force')}:{' '}
            {inForce.shares.map((s) => `${partyText(s)} ${percent(s.shareBp)}`).join(' / ')}
          </p>
        )}
        {!inForce &&
          findings.length > 0 &&
          can('POST /quality-inspection/inspections/{inspectionId}/attributions') && (
            <AttributionForm
              inspectionId={inspectionId}
              basis={findings.map((f) => f.findingId)}
              onDone={refresh}
            />
          )}
        {inForce &&
          openDisputes.length === 0 &&
          inspection.status !== 'signed-off' &&
          can('POST /quality-inspection/inspections/{inspectionId}/sign-off') && (
            <Button onClick={() => signOff.mutate()} loading={signOff.isPending}>
              {t('质检签字', 'Sign off')}
            </Button>
          )}
        <ErrorNote error={signOff.error} />
      </Card>
      {openDisputes.map((d) =>
        can('POST /quality-inspection/inspections/{inspectionId}/disputes/{disputeId}/review') ? (
          <ReviewForm
            key={d.disputeId}
            inspectionId={inspectionId}
            dispute={d}
            basis={findings.map((f) => f.findingId)}
            onDone={refresh}
          />
        ) : (
          <Card key={d.disputeId} title={t('申诉待复核', 'Dispute awaiting review')}>
            {d.party}: {d.reason}
          </Card>
        ),
      )}
      <Card
        title={
          <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
            {t('责任历史', 'Responsibility history')}
          </Typography.Title>
        }
      >
        <ErrorNote error={history.error} />
        <Timeline
          items={steps.map((s, i) => ({
            key: i,
            children: (
              <div>
                <strong>
                  {
                    {
                      attributed: t('判定', 'Attributed'),
                      disputed: t('申诉', 'Disputed'),
                      confirmed: t('维持', 'Confirmed'),
                      superseded: t('改判', 'Superseded'),
                    }[s.step]
                  }
                </strong>{' '}
                {s.shares?.map((x) => `${partyText(x)} ${percent(x.shareBp)}`).join(' / ')} {s.party ?? ''}{' '}
                {s.reason ? `— ${s.reason}` : ''}
                <div style={{ color: '#595959' }}>
                  {formatTime(s.at, inspection.branch, lang)} · {s.by.userId} ({label(ROLE, s.by.role)})
                </div>
              </div>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}

const sha256 = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

function FindingForm({ inspectionId, onDone }: { inspectionId: string; onDone: () => void }) {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm();
  const record = useMutation({
    mutationFn: async (v: { failureMode: string; rootCause: string; evidenceRef: string }) =>
      ok(
        quality.POST('/quality-inspection/inspections/{inspectionId}/findings', {
          params: { path: { inspectionId } },
          body: {
            failureMode: v.failureMode,
            rootCause: v.rootCause as never,
            // The document store's reference and the digest the evidence is kept under (QC-2).
            evidence: [{ kind: 'photo', ref: v.evidenceRef, sha256: await sha256(v.evidenceRef) }],
          },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      onDone();
    },
  });
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={record.mutate}
      style={{ marginBottom: 16, rowGap: 8 }}
      aria-label={t('记录发现', 'Record a finding')}
    >
      <Form.Item name="failureMode" label={t('失效模式', 'Failure mode')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="rootCause" label={t('根本原因', 'Root cause')} rules={[{ required: true }]}>
        <Select
          style={{ width: 160 }}
          options={Object.keys(ROOT_CAUSE).map((k) => ({ value: k, label: label(ROOT_CAUSE, k) }))}
        />
      </Form.Item>
      <Form.Item name="evidenceRef" label={t('证据', 'Evidence')} rules={[{ required: true }]}>
        <Input placeholder="dms://…" />
      </Form.Item>
      <Button htmlType="submit" loading={record.isPending}>
        {t('记录发现', 'Record finding')}
      </Button>
      <ErrorNote error={record.error} />
    </Form>
  );
}

function AttributionForm({
  inspectionId,
  basis,
  onDone,
}: {
  inspectionId: string;
  basis: string[];
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const rows = Form.useWatch('shares', form) as ShareRow[] | undefined;
  const attribute = useMutation({
    mutationFn: (v: { shares: ShareRow[] }) =>
      ok(
        quality.POST('/quality-inspection/inspections/{inspectionId}/attributions', {
          params: { path: { inspectionId } },
          body: { shares: toShares(v.shares), basis },
        }),
      ),
    onSuccess: onDone,
  });
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={attribute.mutate}
      initialValues={{ shares: [{ kind: 'department' }] }}
      aria-label={t('判定责任', 'Attribute responsibility')}
    >
      <ShareEditor form={form} />
      <ErrorNote error={attribute.error} />
      <Button
        type="primary"
        htmlType="submit"
        disabled={sharesTotal(rows) !== 10_000}
        loading={attribute.isPending}
      >
        {t('判定责任', 'Attribute')}
      </Button>
    </Form>
  );
}

function ReviewForm({
  inspectionId,
  dispute,
  basis,
  onDone,
}: {
  inspectionId: string;
  dispute: Step;
  basis: string[];
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const decision = Form.useWatch('decision', form) as 'confirm' | 'supersede' | undefined;
  const rows = Form.useWatch('shares', form) as ShareRow[] | undefined;
  const review = useMutation({
    mutationFn: (v: { decision: 'confirm' | 'supersede'; reason: string; shares?: ShareRow[] }) =>
      ok(
        quality.POST('/quality-inspection/inspections/{inspectionId}/disputes/{disputeId}/review', {
          params: { path: { inspectionId, disputeId: dispute.disputeId! } },
          body:
            v.decision === 'supersede'
              ? { decision: 'supersede', reason: v.reason, shares: toShares(v.shares ?? []), basis }
              : { decision: 'confirm', reason: v.reason },
        }),
      ),
    onSuccess: onDone,
  });
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          {t('复核申诉', 'Review the dispute')}
        </Typography.Title>
      }
    >
      <p>
        {dispute.party}: {dispute.reason}
      </p>
      <Form
        form={form}
        layout="vertical"
        onFinish={review.mutate}
        initialValues={{ decision: 'supersede', shares: [{ kind: 'department' }] }}
      >
        <Form.Item name="decision" label={t('复核结论', 'Decision')}>
          <Radio.Group
            options={[
              { value: 'confirm', label: t('维持原判', 'Confirm') },
              { value: 'supersede', label: t('改判', 'Supersede') },
            ]}
          />
        </Form.Item>
        {decision === 'supersede' && <ShareEditor form={form} />}
        <Form.Item
          name="reason"
          label={t('理由', 'Reason')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <ErrorNote error={review.error} />
        <Button
          type="primary"
          htmlType="submit"
          loading={review.isPending}
          disabled={decision === 'supersede' && sharesTotal(rows) !== 10_000}
        >
          {t('提交复核', 'Submit review')}
        </Button>
      </Form>
    </Card>
  );
}
