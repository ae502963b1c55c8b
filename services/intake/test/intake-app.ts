import { serviceUnderTest, testToken, type ServiceUnderTest } from '@aftersales/platform';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import type { IntakeConfig } from '../src/intake.config';
import type { intakeParts, IntakeSettings } from '../src/intake.runtime';
import { intakeService } from '../src/intake.service';

export type IntakeUnderTest = ServiceUnderTest<
  IntakeConfig,
  IntakeSettings,
  ReturnType<typeof intakeParts>,
  TestDatabase
>;

/** Intake over real HTTP on a throwaway database, verifying tokens with the development key. */
export async function startIntake(
  env: Record<string, string> = {},
  options: { db?: TestDatabase; keepDatabase?: boolean } = {},
): Promise<IntakeUnderTest> {
  const db = options.db ?? (await createTestDatabase('intake_http'));
  return serviceUnderTest(
    intakeService,
    db,
    { BRANCH_TIME_ZONES: 'HZ=Asia/Shanghai,NB=Asia/Shanghai', ...env },
    options,
  );
}

export const tokenFor = testToken;
