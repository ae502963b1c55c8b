import { serviceUnderTest, signDevToken, type ServiceUnderTest } from '@aftersales/platform';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import type { QualityInspectionConfig } from '../src/quality-inspection.config';
import type { qualityInspectionParts, QualityInspectionSettings } from '../src/quality-inspection.runtime';
import { qualityInspectionService } from '../src/quality-inspection.service';

export type QualityInspectionUnderTest = ServiceUnderTest<
  QualityInspectionConfig,
  QualityInspectionSettings,
  ReturnType<typeof qualityInspectionParts>,
  TestDatabase
>;

/** Quality inspection over real HTTP on a throwaway database, verifying tokens with the development key. */
export async function startQualityInspection(
  env: Record<string, string> = {},
  options: { db?: TestDatabase } = {},
): Promise<QualityInspectionUnderTest> {
  const db = options.db ?? (await createTestDatabase('quality_inspection'));
  return serviceUnderTest(qualityInspectionService, db, env, {
    keepDatabase: options.db !== undefined,
    overrides: { idleMs: 100 },
  });
}

export function qcToken(
  user: string,
  roles: string[],
  branches: string[],
  departments?: string[],
): Promise<string> {
  return signDevToken(
    { sub: user, name: user, roles, branches, ...(departments ? { departments } : {}) },
    { ttl: '1h' },
  );
}

/** A hex SHA-256 of some content, as evidence references carry. */
export const SHA = 'ab'.repeat(32);
