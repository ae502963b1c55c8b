import type { ContractDefinition } from '../contract-definition';
import caseAccepted from '../../schemas/intake/case-accepted.v1.schema.json';
import caseClassified from '../../schemas/intake/case-classified.v1.schema.json';
import caseClosed from '../../schemas/intake/case-closed.v1.schema.json';
import caseRegistered from '../../schemas/intake/case-registered.v1.schema.json';
import caseRejected from '../../schemas/intake/case-rejected.v1.schema.json';
import caseResolved from '../../schemas/intake/case-resolved.v1.schema.json';
import caseResponded from '../../schemas/intake/case-responded.v1.schema.json';
import majorCaseNotified from '../../schemas/intake/major-case-notified.v1.schema.json';
import recurringProblemDetected from '../../schemas/intake/recurring-problem-detected.v1.schema.json';
import resolutionDeadlineMissed from '../../schemas/intake/resolution-deadline-missed.v1.schema.json';
import responseDeadlineMissed from '../../schemas/intake/response-deadline-missed.v1.schema.json';
import surveyAnswered from '../../schemas/intake/survey-answered.v1.schema.json';

/** Every public event intake can publish, each with its schema file. */
export const intakeContracts: readonly ContractDefinition[] = [
  ...[
    caseRegistered,
    majorCaseNotified,
    caseClassified,
    caseAccepted,
    caseRejected,
    caseResponded,
    responseDeadlineMissed,
    resolutionDeadlineMissed,
    caseResolved,
    caseClosed,
    surveyAnswered,
  ].map((schema) => ({ type: schema.title, schema })),
  {
    type: recurringProblemDetected.title,
    schema: recurringProblemDetected,
    key: 'the recurrence key (model:symptom); no single case',
  },
];
