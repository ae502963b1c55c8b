import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useCan } from '../api/access';
import { intake, ok } from '../api/client';
import type { ReviewValidityDto } from '../api/types';
import { formatTime, instantOfWallClock, timeLeft, wallClockIn, zoneOf } from '../format';
import { caseEventDetail } from './case-event-detail';
import {
  CASE_STATUS,
  KIND,
  PAUSE_REASON,
  REMEDY,
  ROLE,
  SERVICE,
  SEVERITY,
  useLabel,
  useLang,
  useT,
} from '../i18n';
import { href } from '../router';
import { CardTitle, ErrorNote, EventType, FormModal, PageTitle } from '../ui/common';

const readCase = (caseId: string) =>
  ok(intake.GET('/intake/cases/{caseId}', { params: { path: { caseId } } }));
type Case = Awaited<ReturnType<typeof readCase>>['case'];

/** Renders again every `ms`: a running deadline counts down on screen. */
function useTicking(ms: number): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), ms);
    return () => clearInterval(timer);
  }, [ms]);
}

/** A case with its whole timeline across the services, its deadlines, and what the user may do. */
export default function CasePage({ route }: { route: string[] }) {
  const caseId = route[1];
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const can = useCan();
  const story = useQuery({
    queryKey: ['case', caseId],
    queryFn: () => readCase(caseId),
    enabled: !!caseId,
  });
  const [reviewing, setReviewing] = useState(false);
  const [acting, setActing] = useState<Action>();
  const c = story.data?.case;
  const registration = story.data?.registration;
  useTicking(30_000);
  const now = Date.now(); // read at each render: a command's answer must not meet a stale clock
  // INT-11: while the case waits on the customer its clocks stand at the pause.
  const clock = c?.pausedSince ? Math.min(now, Date.parse(c.pausedSince)) : now;
  const deadline = (name: string, due: string, met?: string, missed?: boolean) => {
    // Met or missed said in words, not only by colour.
    if (met)
      return (
        <Tag color={missed ? 'red' : undefined} data-testid={`${name}-met`}>
          {missed ? t('超时完成', 'late') : t('按时完成', 'in time')} · {formatTime(met, c?.branch, lang)}
        </Tag>
      );
    const left = timeLeft(due, clock, lang);
    const paused = !!c?.pausedSince && !missed;
    return (
      <span>
        {formatTime(due, c?.branch, lang)}{' '}
        <Tag
          color={left.overdue ? 'red' : paused ? 'default' : 'blue'}
          data-testid={`${name}-left`}
          data-left-ms={Date.parse(due) - clock}
        >
          {left.text}
          {paused ? ` · ${t('计时已暂停', 'clock paused')}` : ''}
        </Tag>
      </span>
    );
  };
  const actions = c ? caseActions(c).filter((a) => can(ACTIONS[a].operation, c.branch)) : [];
  return (
    <section aria-labelledby="case-title">
      <PageTitle
        extra={
          c && (
            <Space wrap>
              {c.status === 'registered' && can('POST /intake/cases/{caseId}/review', c.branch) && (
                <Button type="primary" onClick={() => setReviewing(true)}>
                  {t('受理审核', 'Review validity')}
                </Button>
              )}
              {actions.map((a) => (
                <Button key={a} onClick={() => setActing(a)}>
                  {actionTitle(a, t)}
                </Button>
              ))}
              {can('GET /intake/audit/cases/{caseRef}') && (
                <a href={href('audit', c.caseId)}>{t('审计报告', 'Audit report')}</a>
              )}
            </Space>
          )
        }
      >
        <span id="case-title">
          {t('案件', 'Case')} {c?.caseNumber ?? ''}
        </span>
      </PageTitle>
      <ErrorNote error={story.error} />
      {c && (
        <Card style={{ marginBottom: 16 }}>
          <Descriptions
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              {
                key: 'status',
                label: t('状态', 'Status'),
                children: <Tag data-testid="case-status">{label(CASE_STATUS, c.status)}</Tag>,
              },
              { key: 'kind', label: t('类别', 'Kind'), children: label(KIND, c.kind) },
              {
                key: 'severity',
                label: t('严重程度', 'Severity'),
                children:
                  c.severity === 'major' ? (
                    <Tag color="red">{label(SEVERITY, c.severity)}</Tag>
                  ) : (
                    label(SEVERITY, c.severity)
                  ),
              },
              { key: 'branch', label: t('分公司', 'Branch'), children: c.branch },
              {
                key: 'product',
                label: t('产品', 'Product'),
                children: `${c.product.model} · ${c.product.serialNumber}`,
              },
              {
                key: 'customer',
                label: t('客户', 'Customer'),
                children: registration?.customer?.name ?? t('已删除', 'erased'),
              },
              {
                key: 'registered',
                label: t('登记时间', 'Registered'),
                children: formatTime(c.registeredAt, c.branch, lang),
              },
              {
                key: 'response',
                label: t('响应期限', 'Response due'),
                children: deadline('response', c.responseDueAt, c.respondedAt, c.responseMissed),
              },
              {
                key: 'resolution',
                label: t('处理期限', 'Resolution due'),
                children: deadline('resolution', c.resolutionDueAt, c.resolvedAt, c.resolutionMissed),
              },
              ...(c.remedy
                ? [{ key: 'remedy', label: t('处理方式', 'Remedy'), children: label(REMEDY, c.remedy) }]
                : []),
              ...(c.pausedSince
                ? [
                    {
                      key: 'paused',
                      label: t('计时暂停', 'Clock paused'),
                      children: formatTime(c.pausedSince, c.branch, lang),
                    },
                  ]
                : []),
              {
                key: 'problem',
                label: t('问题描述', 'Problem'),
                children: registration?.problem?.description,
              },
            ]}
          />
        </Card>
      )}
      <Card title={<CardTitle>{t('时间线', 'Timeline')}</CardTitle>}>
        <Timeline
          items={(story.data?.timeline ?? []).map((e) => {
            const data = e.data as {
              summary?: string;
              summaryZh?: string;
              source?: string;
              sourceEventType?: string;
            };
            // Entries recorded before intake wrote Chinese lines have the English one only.
            const summary =
              e.type === 'TimelineEntryRecorded'
                ? lang === 'zh'
                  ? (data.summaryZh ?? data.summary)
                  : data.summary
                : caseEventDetail(e.type, e.data as never, { branch: c?.branch, lang }, t, label);
            // Another service's milestone is named by the event that service published.
            const type =
              e.type === 'TimelineEntryRecorded' && data.sourceEventType ? data.sourceEventType : e.type;
            return {
              key: e.position,
              children: (
                <div data-testid="timeline-entry">
                  <strong>
                    <EventType type={type} />
                  </strong>
                  {summary && <div>{summary}</div>}
                  <div style={{ color: '#595959' }}>
                    {formatTime(e.at, c?.branch, lang)} · {e.actor.displayName ?? e.actor.userId} (
                    {label(ROLE, e.actor.role)}){data.source ? ` · ${label(SERVICE, data.source)}` : ''}
                  </div>
                </div>
              ),
            };
          })}
        />
      </Card>
      {c && <Review open={reviewing} onClose={() => setReviewing(false)} caseId={c.caseId} kind={c.kind} />}
      {c && acting && (
        <ActionModal
          action={acting}
          onClose={() => setActing(undefined)}
          caseId={c.caseId}
          branch={c.branch}
        />
      )}
    </section>
  );
}

function Review({
  open,
  onClose,
  caseId,
  kind,
}: {
  open: boolean;
  onClose: () => void;
  caseId: string;
  kind: string;
}) {
  const t = useT();
  const label = useLabel();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const founded = Form.useWatch('founded', form);
  const review = useMutation({
    mutationFn: (body: ReviewValidityDto) =>
      ok(intake.POST('/intake/cases/{caseId}/review', { params: { path: { caseId } }, body })),
    onSuccess: () => {
      onClose();
      void client.invalidateQueries({ queryKey: ['case', caseId] });
      void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
  const complaint = kind === 'quality-complaint' || kind === 'non-quality-complaint';
  return (
    <Modal
      open={open}
      title={t('受理审核', 'Review validity')}
      onCancel={onClose}
      okText={t('确定', 'Confirm')}
      cancelText={t('取消', 'Cancel')}
      onOk={() => form.submit()}
      confirmLoading={review.isPending}
    >
      <ErrorNote error={review.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ founded: true }}
        onFinish={(v: { founded: boolean; explanation?: string; remedy?: ReviewValidityDto['remedy'] }) =>
          review.mutate({
            founded: v.founded,
            ...(v.explanation ? { explanation: v.explanation } : {}),
            ...(v.remedy ? { remedy: v.remedy } : {}),
          })
        }
      >
        <Form.Item name="founded" label={t('结论', 'Decision')}>
          <Radio.Group
            options={[
              { value: true, label: t('受理', 'Accept') },
              { value: false, label: t('不受理', 'Reject') },
            ]}
          />
        </Form.Item>
        {founded && complaint && (
          <Form.Item name="remedy" label={t('处理方式', 'Remedy')}>
            <Select
              allowClear
              options={Object.keys(REMEDY).map((k) => ({ value: k, label: label(REMEDY, k) }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="explanation"
          label={t('说明', 'Explanation')}
          rules={[
            {
              required: founded === false,
              message: t('不受理须说明理由', 'A rejection needs an explanation'),
            },
          ]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** What may be done to a case, each an intake command (the service decides; these mirror its rules). */
const ACTIONS = {
  respond: { operation: 'POST /intake/cases/{caseId}/responses' },
  pause: { operation: 'POST /intake/cases/{caseId}/clock-pause' },
  resume: { operation: 'POST /intake/cases/{caseId}/clock-resume' },
  resolve: { operation: 'POST /intake/cases/{caseId}/resolution' },
  close: { operation: 'POST /intake/cases/{caseId}/closure' },
} as const;
type Action = keyof typeof ACTIONS;

/** The actions valid in the case's state (the roles are checked apart). */
function caseActions(c: Case): Action[] {
  const open = c.status !== 'closed' && c.status !== 'rejected';
  const responseRunning = !c.respondedAt && !c.responseMissed;
  const resolutionRunning = !c.resolvedAt && !c.resolutionMissed && c.status !== 'rejected';
  const actions: Action[] = [];
  if (open) actions.push('respond'); // INT-4, INT-6: a rejected case was answered with the rejection
  // INT-11: only a running clock pauses; the pause holds until the customer answers.
  if (c.pausedSince) actions.push('resume');
  else if (open && c.status !== 'resolved' && (responseRunning || resolutionRunning)) actions.push('pause');
  if (c.status === 'accepted') actions.push('resolve'); // INT-5
  if (c.status !== 'registered' && c.status !== 'closed') actions.push('close'); // INT-6, INT-8
  return actions;
}

function actionTitle(action: Action, t: (zh: string, en: string) => string): string {
  switch (action) {
    case 'respond':
      return t('答复客户', 'Respond to customer');
    case 'pause':
      return t('暂停计时', 'Pause deadline');
    case 'resume':
      return t('恢复计时', 'Resume deadline');
    case 'resolve':
      return t('处理完毕', 'Resolve');
    case 'close':
      return t('结案', 'Close case');
  }
}

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/;

/** One action on the case as a form; a refusal (400, 403, 409, 422) shows what the service said. */
function ActionModal({
  action,
  onClose,
  caseId,
  branch,
}: {
  action: Action;
  onClose: () => void;
  caseId: string;
  branch: string;
}) {
  const t = useT();
  const label = useLabel();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const path = { params: { path: { caseId } } };
  const run = useMutation({
    mutationFn: (v: Record<string, string>) => {
      switch (action) {
        case 'respond':
          return ok(
            intake.POST('/intake/cases/{caseId}/responses', { ...path, body: { response: v.response } }),
          );
        case 'pause':
          return ok(
            intake.POST('/intake/cases/{caseId}/clock-pause', {
              ...path,
              body: {
                reason: v.reason as 'information-requested' | 'customer-unavailable',
                ...(v.note?.trim() ? { note: v.note.trim() } : {}),
              },
            }),
          );
        case 'resume':
          return ok(intake.POST('/intake/cases/{caseId}/clock-resume', path));
        case 'resolve':
          return ok(
            intake.POST('/intake/cases/{caseId}/resolution', { ...path, body: { outcome: v.outcome } }),
          );
        case 'close': {
          const [, day, time] = WALL_CLOCK.exec(v.signedAt) ?? [];
          return ok(
            intake.POST('/intake/cases/{caseId}/closure', {
              ...path,
              body: {
                outcome: v.outcome,
                confirmation: {
                  signedBy: v.signedBy,
                  // INT-8: the customer signed at the branch's wall clock.
                  signedAt: instantOfWallClock(`${day}T${time}:00`, zoneOf(branch)),
                  method: v.method as 'signature' | 'e-signature',
                },
              },
            }),
          );
        }
      }
    },
    onSuccess: onClose,
    // Refused or not, the page shows where the case stands now.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['case', caseId] });
      void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
  const text = (name: string, title: string, rows = 3) => (
    <Form.Item
      name={name}
      label={title}
      rules={[{ required: true, whitespace: true, message: t('必填', 'Required') }]}
    >
      <Input.TextArea rows={rows} maxLength={4000} />
    </Form.Item>
  );
  return (
    <FormModal
      title={actionTitle(action, t)}
      okText={t('确定', 'Confirm')}
      name={`case-${action}`}
      form={form}
      pending={run.isPending}
      error={run.error}
      onClose={onClose}
      initialValues={
        action === 'pause'
          ? { reason: 'information-requested' }
          : action === 'close'
            ? {
                method: 'e-signature',
                signedAt: wallClockIn(Date.now(), zoneOf(branch)).slice(0, 16).replace('T', ' '),
              }
            : {}
      }
      onFinish={(v: Record<string, string>) => run.mutate(v)}
    >
      {action === 'respond' && (
        <>
          <Typography.Paragraph type="secondary">
            {t(
              '首次实质答复（处理意见，而非收悉确认）停止响应计时（INT-4）。',
              'The first substantive answer (a handling opinion, not an acknowledgement) stops the response clock (INT-4).',
            )}
          </Typography.Paragraph>
          {text('response', t('答复内容', 'Response to the customer'))}
        </>
      )}
      {action === 'pause' && (
        <>
          <Form.Item name="reason" label={t('暂停原因', 'Reason for the pause')} rules={[{ required: true }]}>
            <Select
              options={Object.keys(PAUSE_REASON).map((k) => ({ value: k, label: label(PAUSE_REASON, k) }))}
            />
          </Form.Item>
          <Form.Item name="note" label={t('说明', 'Note')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
      {action === 'resume' && (
        <Typography.Paragraph>
          {t(
            '客户已答复：计时恢复，期限顺延暂停的时长（INT-11）。',
            'The customer answered: the clocks resume, due later by the time paused (INT-11).',
          )}
        </Typography.Paragraph>
      )}
      {action === 'resolve' && text('outcome', t('处理结果', 'Outcome'))}
      {action === 'close' && (
        <>
          {text('outcome', t('结案结论', 'Closing conclusion'))}
          <Form.Item
            name="signedBy"
            label={t('客户确认人', 'Confirmed by (customer)')}
            rules={[{ required: true, whitespace: true, message: t('必填', 'Required') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="signedAt"
            label={t(
              '确认时间（YYYY-MM-DD HH:mm，分公司时间）',
              'Confirmed at (YYYY-MM-DD HH:mm, branch time)',
            )}
            rules={[
              {
                required: true,
                pattern: WALL_CLOCK,
                message: t('格式：YYYY-MM-DD HH:mm', 'Format: YYYY-MM-DD HH:mm'),
              },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="method" label={t('确认方式', 'Confirmation')} rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'signature', label: t('签字', 'Signature') },
                { value: 'e-signature', label: t('电子签名', 'E-signature') },
              ]}
            />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
