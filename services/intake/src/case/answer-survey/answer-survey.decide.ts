import { RuleViolation } from '@aftersales/kernel';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { SURVEY_QUESTIONS, SURVEY_SCALE, type SurveyQuestion } from '../case.vocabulary';
import { existing, requireText, type DecideContext } from '../case.decide-context';

export interface AnswerSurvey {
  readonly type: 'AnswerSurvey';
  readonly caseId: string;
  readonly scores: Readonly<Record<SurveyQuestion, number>>;
  readonly comment?: string;
  readonly complaintAboutService?: string;
  /** Id for the linked follow-up case, assigned by the handler (deterministic). */
  readonly followUpCaseId: string;
}

/** Who handles a complaint about the service itself, in person (INT-8). */
export const SERVICE_COMPLAINT_HANDLER_ROLE = 'service-director';

/** INT-8 four questions on a 4-level scale; a complaint about the service opens a linked follow-up. */
export function answerSurvey(command: AnswerSurvey, state: CaseState, ctx: DecideContext): CaseEvent[] {
  const c = existing(state, command.caseId);
  if (c.status !== 'closed' || !c.surveyId) {
    throw new RuleViolation(
      'INT-8',
      `case ${c.caseNumber} has no survey yet: it is sent when the case closes`,
    );
  }
  if (c.surveyAnswered)
    throw new RuleViolation('INT-8', `the survey of case ${c.caseNumber} was already answered`);
  for (const q of SURVEY_QUESTIONS) {
    const score = command.scores[q];
    if (!Number.isInteger(score) || score < SURVEY_SCALE.min || score > SURVEY_SCALE.max) {
      throw new RuleViolation('INT-8', `${q} must be scored ${SURVEY_SCALE.min}..${SURVEY_SCALE.max}`);
    }
  }
  const complaint = command.complaintAboutService?.trim();
  const events: CaseEvent[] = [
    {
      type: 'SurveyAnswered',
      data: {
        caseId: c.caseId,
        surveyId: c.surveyId,
        scores: Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q, command.scores[q]])) as Record<
          SurveyQuestion,
          number
        >,
        ...(command.comment?.trim() ? { comment: command.comment.trim() } : {}),
        complaintAboutService: Boolean(complaint),
        answeredAt: ctx.now.toISOString(),
      },
    },
  ];
  if (complaint) {
    events.push({
      type: 'ServiceFollowUpRequested',
      data: {
        caseId: c.caseId,
        followUpCaseId: requireText(command.followUpCaseId, 'INT-8', 'the follow-up case id'),
        handledByRole: SERVICE_COMPLAINT_HANDLER_ROLE,
        complaint,
      },
    });
  }
  return events;
}
