import { formatTime } from '../format';
import {
  CHANNEL,
  CONFIRMATION_METHOD,
  KIND,
  PAUSE_REASON,
  REMEDY,
  SEVERITY,
  type Lang,
  type useLabel,
  type useT,
} from '../i18n';

type Data = Record<string, unknown> & {
  readonly kind?: string;
  readonly severity?: string;
  readonly channel?: string;
  readonly reason?: string;
  readonly remedy?: string;
  readonly note?: string;
  readonly explanation?: string;
  readonly response?: string;
  readonly first?: boolean;
  readonly withinDeadline?: boolean;
  readonly dueAt?: string;
  readonly ownerId?: string;
  readonly outcome?: string;
  readonly comment?: string;
  readonly complaint?: string;
  readonly pausedMs?: number;
  readonly from?: { kind: string; severity: string };
  readonly to?: { kind: string; severity: string };
  readonly overturn?: { previous: string; reason: string };
  readonly confirmation?: { method: string; signedBy: string };
};

/**
 * What one of intake's own events on a case's timeline says, from its data: the words people
 * wrote (the answer, the outcome, the reason) and its codes in the user's language.
 */
export function caseEventDetail(
  type: string,
  data: Data,
  at: { branch?: string; lang: Lang },
  t: ReturnType<typeof useT>,
  label: ReturnType<typeof useLabel>,
): string | undefined {
  const join = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' · ') || undefined;
  const late = data.withinDeadline === false ? t('已超期限', 'after the deadline') : undefined;
  switch (type) {
    case 'CaseRegistered':
      return join(label(CHANNEL, data.channel), label(KIND, data.kind), label(SEVERITY, data.severity));
    case 'MajorCaseNotified':
      return data.reason;
    case 'CaseClassified':
      return (
        data.from &&
        data.to &&
        `${label(KIND, data.from.kind)} / ${label(SEVERITY, data.from.severity)} → ${label(KIND, data.to.kind)} / ${label(SEVERITY, data.to.severity)}: ${data.reason ?? ''}`
      );
    case 'CaseAccepted':
      return join(data.remedy && label(REMEDY, data.remedy), data.overturn?.reason ?? data.note);
    case 'CaseRejected':
      return join(data.explanation, data.overturn?.reason);
    case 'CaseResponded':
      return join(data.response, data.first && late);
    case 'ResponseDeadlineMissed':
    case 'ResolutionDeadlineMissed':
      return data.dueAt && `${t('期限', 'Due')} ${formatTime(data.dueAt, at.branch, at.lang)}`;
    case 'FollowUpOwnerAssigned':
      return data.ownerId;
    case 'CaseResolved':
      return join(data.outcome, late);
    case 'CaseClosed':
      return join(
        data.outcome,
        data.confirmation &&
          `${label(CONFIRMATION_METHOD, data.confirmation.method)} ${data.confirmation.signedBy}`,
      );
    case 'DeadlineClockPaused':
      return join(label(PAUSE_REASON, data.reason), data.note);
    case 'DeadlineClockResumed':
      return data.pausedMs === undefined
        ? undefined
        : t(
            `暂停 ${Math.round(data.pausedMs / 60_000)} 分钟`,
            `paused ${Math.round(data.pausedMs / 60_000)} min`,
          );
    case 'SurveyAnswered':
      return data.comment;
    case 'ServiceFollowUpRequested':
      return data.complaint;
    default:
      return undefined;
  }
}
