import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
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
import type { components } from '../api/schema/quality-inspection';
import { formatTime, percent, timeLeft } from '../format';
import {
  INSPECTION_ORIGIN,
  INSPECTION_STATUS,
  PARTY_KIND,
  ROLE,
  ROOT_CAUSE,
  useLabel,
  useLang,
  useT,
} from '../i18n';
import { href } from '../router';
import { CardTitle, ErrorNote, FormModal, PageTitle } from '../ui/common';
import { ShareEditor, sharesTotal, toShares, type ShareRow } from '../ui/ShareEditor';

type Inspection = NonNullable<Awaited<ReturnType<typeof listInspections>>>['items'][number];
type RecordFindingDto = components['schemas']['RecordFindingDto'];
type CapaDto = components['schemas']['CapaDto'];
type Capa = Awaited<ReturnType<typeof listCapas>>['items'][number];
type History = Awaited<ReturnType<typeof responsibilityOf>>;
type Share = NonNullable<History['inForce']>['shares'][number];
type Step = History['steps'][number];

const listInspections = () =>
  ok(quality.GET('/quality-inspection/inspections', { params: { query: { limit: 100 } } }));
const listCapas = (status?: 'closed') =>
  ok(
    quality.GET('/quality-inspection/capas', {
      params: { query: { limit: 200, ...(status ? { status } : {}) } },
    }),
  );
const responsibilityOf = (inspectionId: string) =>
  ok(
    quality.GET('/quality-inspection/inspections/{inspectionId}/responsibility-history', {
      params: { path: { inspectionId } },
    }),
  );

/** QC-5/QC-6: a signed, refused or checked inspection takes no more findings (the service refuses them). */
const DECIDED: readonly string[] = ['signed-off', 'refused', 'checked-intact', 'checked-not-intact'];

const partyText = (s: Share, label: ReturnType<typeof useLabel>) =>
  s.party.department ?? s.party.supplierId ?? s.party.carrierId ?? label(PARTY_KIND, s.party.kind);

/** Inspections, findings with evidence, attribution (QC-3), disputes and their review (QC-4). */
export default function Quality({ route }: { route: string[] }) {
  const t = useT();
  const label = useLabel();
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
              {
                title: t('状态', 'Status'),
                dataIndex: 'status',
                render: (s: string) => label(INSPECTION_STATUS, s),
              },
              {
                title: t('责任', 'Responsible'),
                dataIndex: 'responsible',
                render: (r: Inspection['responsible']) =>
                  r?.map((s) => `${label(PARTY_KIND, s.partyKey)} ${percent(s.shareBp)}`).join(', '),
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
      <Capas />
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
    queryFn: () => responsibilityOf(inspectionId),
  });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['inspections'] });
    void client.invalidateQueries({ queryKey: ['responsibility', inspectionId] });
  };
  const steps = history.data?.steps ?? [];
  const inForce = history.data?.inForce;
  const settled = new Set(
    steps.filter((s) => s.step === 'confirmed' || s.step === 'superseded').map((s) => s.disputeId),
  );
  const openDisputes = steps.filter((s) => s.step === 'disputed' && !settled.has(s.disputeId));
  const findings = (inspection.findings ?? []).filter((f) => !f.correctedBy);
  const path = { params: { path: { inspectionId } } };
  const signOff = useMutation({
    mutationFn: (capa?: CapaDto) =>
      ok(
        quality.POST('/quality-inspection/inspections/{inspectionId}/sign-off', {
          ...path,
          body: capa ? { capa } : {},
        }),
      ),
    onSuccess: () => {
      refresh();
      void client.invalidateQueries({ queryKey: ['capas'] });
    },
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card
        title={<CardTitle>{`${inspection.productModel} · ${inspection.serialNumber}`}</CardTitle>}
        extra={inspection.caseId && <a href={href('cases', inspection.caseId)}>{inspection.caseNumber}</a>}
      >
        <p>
          {t('状态', 'Status')}:{' '}
          <Tag data-testid="inspection-status">{label(INSPECTION_STATUS, inspection.status)}</Tag>{' '}
          {t('来源', 'Origin')}: {label(INSPECTION_ORIGIN, inspection.origin.kind)} {inspection.origin.ref}
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
        {!DECIDED.includes(inspection.status) &&
          can('POST /quality-inspection/inspections/{inspectionId}/findings') && (
            <FindingForm inspectionId={inspectionId} onDone={refresh} />
          )}
        {inForce && (
          <p data-testid="attribution-in-force">
            {t('现行责任', 'In force')}:{' '}
            {inForce.shares.map((s) => `${partyText(s, label)} ${percent(s.shareBp)}`).join(' / ')}
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
            <SignOffForm
              departments={inForce.shares.flatMap((s) => (s.party.department ? [s.party.department] : []))}
              pending={signOff.isPending}
              onSign={(capa) => signOff.mutate(capa)}
            />
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
            {label(PARTY_KIND, d.party)}: {d.reason}
          </Card>
        ),
      )}
      <Card title={<CardTitle>{t('责任历史', 'Responsibility history')}</CardTitle>}>
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
                {s.shares?.map((x) => `${partyText(x, label)} ${percent(x.shareBp)}`).join(' / ')}{' '}
                {label(PARTY_KIND, s.party)} {s.reason ? `— ${s.reason}` : ''}
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
    mutationFn: async (v: {
      failureMode: string;
      rootCause: RecordFindingDto['rootCause'];
      evidenceRef: string;
    }) =>
      ok(
        quality.POST('/quality-inspection/inspections/{inspectionId}/findings', {
          params: { path: { inspectionId } },
          body: {
            failureMode: v.failureMode,
            rootCause: v.rootCause,
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
  const label = useLabel();
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
    <Card title={<CardTitle>{t('复核申诉', 'Review the dispute')}</CardTitle>}>
      <p>
        {label(PARTY_KIND, dispute.party)}: {dispute.reason}
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

/** QC-5: when the company's own department is at fault, signing raises a CAPA for one of them. */
function SignOffForm({
  departments,
  pending,
  onSign,
}: {
  departments: string[];
  pending: boolean;
  onSign: (capa?: CapaDto) => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  if (departments.length === 0)
    return (
      <Button onClick={() => onSign()} loading={pending}>
        {t('质检签字', 'Sign off')}
      </Button>
    );
  return (
    <Form
      form={form}
      name="sign-off"
      layout="vertical"
      initialValues={{ ownerDepartment: departments[0] }}
      aria-label={t('签字并下达纠正预防措施', 'Sign off with a CAPA')}
      onFinish={(v: { ownerDepartment: string; action: string; owner?: string }) =>
        onSign({
          ownerDepartment: v.ownerDepartment,
          action: v.action,
          ...(v.owner ? { owner: v.owner } : {}),
        })
      }
    >
      <Typography.Title level={4} style={{ fontSize: 14 }}>
        {t('纠正预防措施 (CAPA)', 'Corrective and preventive action (CAPA)')}
      </Typography.Title>
      <Form.Item
        name="ownerDepartment"
        label={t('责任部门', 'Owner department')}
        rules={[{ required: true }]}
      >
        <Select options={departments.map((d) => ({ value: d, label: d }))} />
      </Form.Item>
      <Form.Item name="action" label={t('措施', 'Action')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="owner" label={t('负责人', 'Owner')}>
        <Input />
      </Form.Item>
      <Button htmlType="submit" loading={pending}>
        {t('质检签字', 'Sign off')}
      </Button>
    </Form>
  );
}

const CAPA_STATUS = {
  open: ['进行中', 'Open'],
  overdue: ['已逾期', 'Overdue'],
  closed: ['已关闭', 'Closed'],
} as const;

/** QC-5: the CAPAs raised at sign-off, and closing one on a verification that it worked. */
function Capas() {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const can = useCan();
  const [closedOnes, setClosedOnes] = useState(false);
  const [closing, setClosing] = useState<Capa>();
  const capas = useQuery({
    queryKey: ['capas', closedOnes],
    queryFn: () => listCapas(closedOnes ? 'closed' : undefined),
  });
  const now = Date.now();
  return (
    <Card
      style={{ marginTop: 16 }}
      title={<CardTitle>{t('纠正预防措施 (CAPA)', 'Corrective and preventive action (CAPA)')}</CardTitle>}
      extra={
        <Radio.Group
          aria-label={t('CAPA 状态', 'CAPA status')}
          value={closedOnes}
          onChange={(e) => setClosedOnes(e.target.value as boolean)}
          options={[
            { value: false, label: t('未关闭', 'Not closed') },
            { value: true, label: t('已关闭', 'Closed') },
          ]}
          optionType="button"
        />
      }
    >
      <ErrorNote error={capas.error} />
      <Table<Capa>
        rowKey="capaId"
        size="small"
        loading={capas.isLoading}
        dataSource={capas.data?.items ?? []}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('无', 'None') }}
        columns={[
          { title: t('责任部门', 'Owner department'), dataIndex: 'ownerDepartment' },
          { title: t('措施', 'Action'), dataIndex: 'action' },
          { title: t('负责人', 'Owner'), dataIndex: 'owner', render: (o: string | null) => o ?? '—' },
          {
            title: t('期限', 'Due'),
            dataIndex: 'dueAt',
            render: (d: string, c) =>
              c.status === 'closed'
                ? formatTime(d, c.branch, lang)
                : `${formatTime(d, c.branch, lang)} (${timeLeft(d, now, lang).text})`,
          },
          {
            title: t('状态', 'Status'),
            dataIndex: 'status',
            render: (s: keyof typeof CAPA_STATUS, c) => (
              <Tag color={s === 'overdue' ? 'red' : undefined} data-testid={`capa-status-${c.capaId}`}>
                {label(CAPA_STATUS, s)}
              </Tag>
            ),
          },
          {
            title: t('检验', 'Inspection'),
            dataIndex: 'inspectionId',
            render: (id: string) => <a href={href('quality', id)}>{t('查看检验', 'View inspection')}</a>,
          },
          {
            title: t('操作', 'Actions'),
            key: 'actions',
            render: (_: unknown, c) =>
              c.status !== 'closed' &&
              can('POST /quality-inspection/inspections/{inspectionId}/capas/{capaId}/closure') && (
                <Button size="small" onClick={() => setClosing(c)}>
                  {t('验证并关闭', 'Verify and close')}
                </Button>
              ),
          },
        ]}
      />
      {closing && <CloseCapa capa={closing} onClose={() => setClosing(undefined)} />}
    </Card>
  );
}

function CloseCapa({ capa, onClose }: { capa: Capa; onClose: () => void }) {
  const t = useT();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const close = useMutation({
    mutationFn: async (v: { effective: boolean; note: string; evidenceRef: string }) =>
      ok(
        quality.POST('/quality-inspection/inspections/{inspectionId}/capas/{capaId}/closure', {
          params: { path: { inspectionId: capa.inspectionId, capaId: capa.capaId } },
          body: {
            effective: v.effective,
            verification: {
              note: v.note,
              evidence: [{ kind: 'attachment', ref: v.evidenceRef, sha256: await sha256(v.evidenceRef) }],
            },
          },
        }),
      ),
    onSuccess: () => {
      onClose();
      void client.invalidateQueries({ queryKey: ['capas'] });
    },
  });
  return (
    <FormModal
      title={t('验证并关闭 CAPA', 'Verify and close the CAPA')}
      okText={t('关闭 CAPA', 'Close the CAPA')}
      name="capa-closure"
      form={form}
      initialValues={{ effective: true }}
      onFinish={close.mutate}
      pending={close.isPending}
      error={close.error}
      onClose={onClose}
    >
      <p>{capa.action}</p>
      <Form.Item name="effective" label={t('措施是否有效', 'Was the action effective?')}>
        <Radio.Group
          options={[
            { value: true, label: t('有效', 'Effective') },
            { value: false, label: t('无效', 'Not effective') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('验证说明', 'Verification note')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item
        name="evidenceRef"
        label={t('验证证据', 'Verification evidence')}
        rules={[{ required: true }]}
      >
        <Input placeholder="dms://…" />
      </Form.Item>
    </FormModal>
  );
}
