import { readFileSync } from 'node:fs';
import { SERVICES } from '../services/catalogue';
import { openApiFile } from '../services/service.cli';
import { OPERATION_ROLES_FILE, operationRoles, operationRolesSource } from './operation-roles';

describe("the console's operation roles", () => {
  const all = Object.assign({}, ...SERVICES.map((s) => operationRoles(s, openApiFile(s.name))));

  it('apps/console/src/api/operation-roles.ts is what the controllers declare (run `npm run openapi`)', () => {
    expect(readFileSync(OPERATION_ROLES_FILE, 'utf8')).toBe(operationRolesSource(all));
  });

  it('names the roles of an operation the console offers: ORG-2, the branch manager accepts a complaint', () => {
    expect(all['POST /intake/cases/{caseId}/review']).toEqual(['branch-manager', 'intake-clerk']);
    expect(all['POST /warehouse-returns/rmas/{rmaId}/stock-in']).toContain('warehouse-keeper');
  });

  it("AUD-2: every service's case audit route, served by the kit, is the auditor's", () => {
    for (const s of SERVICES) expect(all[`GET /${s.name}/audit/cases/{caseRef}`]).toEqual(['auditor']);
  });
});
