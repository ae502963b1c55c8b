import { serviceUnderTest, testToken, type ServiceUnderTest } from '@aftersales/platform';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DispatchConfig } from '../src/dispatch.config';
import type { dispatchParts } from '../src/dispatch.runtime';
import { dispatchService } from '../src/dispatch.service';
import { defaultCalendar, type DispatchSettings, type DispatchSettingsFile } from '../src/dispatch-settings';

export type DispatchUnderTest = ServiceUnderTest<
  DispatchConfig,
  DispatchSettings,
  ReturnType<typeof dispatchParts>,
  TestDatabase
>;

/** A policy file for tests: HZ and NB all-week working days, with the given overrides per branch. */
export function writePolicyFile(
  file: Partial<DispatchSettingsFile> & Pick<DispatchSettingsFile, 'branches'>,
): string {
  const path = join(tmpdir(), `dispatch-policy-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

/** Every day 00:00–24:00, so working-hour rules behave like calendar time whenever the test runs. */
export const ALWAYS_OPEN = {
  ...defaultCalendar('Asia/Shanghai'),
  weeklyHours: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ['00:00-24:00']]),
  ),
};

/** Dispatch over real HTTP on a throwaway database, verifying tokens with the development key. */
export async function startDispatch(
  env: Record<string, string> = {},
  options: { db?: TestDatabase; keepDatabase?: boolean } = {},
): Promise<DispatchUnderTest> {
  const db = options.db ?? (await createTestDatabase('dispatch_http'));
  return serviceUnderTest(dispatchService, db, env, options);
}

export const tokenFor = testToken;
