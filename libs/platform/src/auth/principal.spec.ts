import { principalFrom, Unauthenticated } from './jwt-verifier';

describe('claims to principal', () => {
  it('unknown role names are dropped, known ones kept in order', () => {
    expect(
      principalFrom({ sub: 'u', roles: ['offline_access', 'engineer', 'intake-clerk'], branches: ['HZ'] }),
    ).toEqual({
      userId: 'u',
      displayName: undefined,
      roles: ['engineer', 'intake-clerk'],
      branches: ['HZ'],
    });
  });

  it("QC-4: a department head's departments come from the departments claim; absent, there are none", () => {
    expect(
      principalFrom({ sub: 'u', roles: ['department-head'], branches: [], departments: ['production'] }),
    ).toMatchObject({ roles: ['department-head'], departments: ['production'] });
    expect(principalFrom({ sub: 'u', roles: [], branches: [] })).not.toHaveProperty('departments');
  });

  it('roles and branches can come from nested claims (Keycloak realm_access.roles)', () => {
    const payload = {
      sub: 'u',
      realm_access: { roles: ['qc-inspector', 'uma_authorization'] },
      org: { branches: ['NB'] },
    };
    expect(principalFrom(payload, 'realm_access.roles', 'org.branches')).toMatchObject({
      roles: ['qc-inspector'],
      branches: ['NB'],
    });
  });

  it('a roles claim that is not an array of strings is refused (401), a missing one means no roles', () => {
    expect(() => principalFrom({ sub: 'u', roles: 'executive' })).toThrow(Unauthenticated);
    expect(() => principalFrom({ sub: 'u', branches: [1] })).toThrow(Unauthenticated);
    expect(principalFrom({ sub: 'u' })).toMatchObject({ roles: [], branches: [] });
  });
});
