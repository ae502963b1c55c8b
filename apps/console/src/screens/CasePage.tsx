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
import { useState } from 'react';
import { useCan } from '../api/access';
import { intake, ok } from '../api/client';
import type { ReviewValidityDto } from '../api/types';
import { formatTime, timeLeft } from '../format';
import { CASE_STATUS, KIND, REMEDY, ROLE, SEVERITY, useLabel, useLang, useT } from '../i18n';
import { href } from '../router';
import { ErrorNote, PageTitle } from '../ui/common';

interface CaseView {
  caseId: string;
  caseNumber: string;
  branch: string;
  kind: string;
  severity: string;
  status: string;
  registeredAt: string;
  responseDueAt: string;
  resolutionDueAt: string;
  respondedAt?: string;
  responseMissed: boolean;
  resolutionMissed: boolean;
  resolvedAt?: string;
  closedAt?: string;
  remedy?: string;
  vip: boolean;
  pausedSince?: string;
  product: { model: string; serialNumber: string };
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
    queryFn: () => ok(intake.GET('/intake/cases/{caseId}', { params: { path: { caseId } } })),
    enabled: !!caseId,
  });
  const [reviewing, setReviewing] = useState(false);
  const c = story.data?.case as unknown as CaseView | undefined;
  const registration = story.data?.registration as
    { customer?: { name?: string; phone?: string }; problem?: { description?: string } } | undefined;
  const now = Date.now();
  const deadline = (due: string, met?: string, missed?: boolean) => {
    if (met) return <Tag color={missed ? 'red' : 'green'}>{formatTime(met, c?.branch, lang)}</Tag>;
    const left = timeLeft(due, now, lang);
    return (
      <span>
        {formatTime(due, c?.branch, lang)} <Tag color={left.overdue ? 'red' : 'blue'}>{left.text}</Tag>
      </span>
    );
  };
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
              <a href={href('audit', c.caseId)}>{t('审计报告', 'Audit report')}</a>
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
                children: deadline(c.responseDueAt, c.respondedAt, c.responseMissed),
              },
              {
                key: 'resolution',
                label: t('处理期限', 'Resolution due'),
                children: deadline(c.resolutionDueAt, c.resolvedAt, c.resolutionMissed),
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
      <Card
        title={
          <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
            {t('时间线', 'Timeline')}
          </Typography.Title>
        }
      >
        <Timeline
          items={(story.data?.timeline ?? []).map((e) => {
            const data = e.data as { summary?: string; service?: string };
            return {
              key: e.position,
              children: (
                <div>
                  <strong>{data.summary ?? e.type}</strong>
                  <div style={{ color: '#595959' }}>
                    {formatTime(e.at, c?.branch, lang)} · {e.actor.displayName ?? e.actor.userId} (
                    {label(ROLE, e.actor.role)}){data.service ? ` · ${data.service}` : ''}
                  </div>
                </div>
              ),
            };
          })}
        />
      </Card>
      {c && <Review open={reviewing} onClose={() => setReviewing(false)} caseId={c.caseId} kind={c.kind} />}
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
