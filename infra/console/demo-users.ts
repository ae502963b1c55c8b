// The demo organisation's people, one for each role in each branch (head-office roles once, across
// branches, ORG-1): whom a developer may sign in as in the console of the standalone back office.
import { isHeadOfficeRole, ROLES, signDevToken, type Role } from '@aftersales/platform';

export interface DemoUser {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly branches: readonly string[];
  readonly departments?: readonly string[];
}

const SURNAMES = ['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun'];

export function demoUsers(branches: readonly string[]): DemoUser[] {
  const users: DemoUser[] = [];
  for (const role of ROLES) {
    const surname = SURNAMES[users.length % SURNAMES.length];
    if (isHeadOfficeRole(role)) {
      // QC-4: a department head disputes for the department named in the token.
      const departments = role === 'department-head' ? ['production'] : undefined;
      users.push({
        id: `demo-${role}`,
        name: `${surname} (${role})`,
        roles: [role],
        branches: [],
        departments,
      });
      continue;
    }
    for (const branch of branches)
      users.push({
        id: `demo-${role}-${branch.toLowerCase()}`,
        name: `${surname} (${role}, ${branch})`,
        roles: [role],
        branches: [branch],
      });
  }
  return users;
}

/** A development token (the dev key) for one of the demo users. */
export function demoToken(user: DemoUser): Promise<string> {
  return signDevToken({
    sub: user.id,
    name: user.name,
    roles: user.roles,
    branches: user.branches,
    ...(user.departments ? { departments: user.departments } : {}),
  });
}
