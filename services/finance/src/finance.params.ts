import type { PipeTransform } from '@nestjs/common';
import { ValidationFailed } from '@aftersales/platform';
import { ID } from './finance.dto-parts';

/** A path id (case or cost): 400 naming the field when it is malformed. */
const idParam = (field: string): PipeTransform<string, string> => ({
  transform(value: string) {
    if (!ID.test(value))
      throw new ValidationFailed([{ field, reason: `${field} must be 1-100 letters, digits, . _ : -` }]);
    return value;
  },
});

export const caseIdParam = idParam('caseId');
export const costIdParam = idParam('costId');
