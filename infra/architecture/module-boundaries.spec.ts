import { join } from 'node:path';
import {
  boundaryViolations,
  importsOf,
  specifiersIn,
  workspacePackages,
  type SourceImport,
  type WorkspacePackage,
} from './module-boundaries';

const root = join(__dirname, '..', '..');

describe('module boundaries (STYLE.md: services meet only through contracts)', () => {
  it('every workspace package keeps to the boundaries its Nx tags give it', () => {
    const packages = workspacePackages(root);
    expect(packages.map((p) => p.name)).toEqual(
      expect.arrayContaining(['@aftersales/intake', '@aftersales/dispatch', '@aftersales/kernel']),
    );
    expect(boundaryViolations(packages, importsOf)).toEqual([]);
  });

  describe('the rules', () => {
    const pkg = (
      name: string,
      tags: string[],
      dependencies: string[] = [],
      dev: string[] = [],
    ): WorkspacePackage => ({
      name,
      dir: `/ws/${name.split('/')[1]}`,
      tags,
      dependencies,
      devDependencies: dev,
    });
    const intake = pkg(
      '@aftersales/intake',
      ['scope:intake', 'type:service'],
      ['@aftersales/kernel', '@aftersales/dispatch', '@aftersales/platform'],
    );
    const dispatch = pkg('@aftersales/dispatch', ['scope:dispatch', 'type:service']);
    const kernel = pkg('@aftersales/kernel', ['scope:shared', 'type:kernel'], [], ['@aftersales/testing']);
    const platform = pkg('@aftersales/platform', ['scope:shared', 'type:platform']);
    const testing = pkg('@aftersales/testing', ['scope:shared', 'type:testing']);
    const check = (from: WorkspacePackage, imports: Array<Partial<SourceImport> & { specifier: string }>) =>
      boundaryViolations([intake, dispatch, kernel, platform, testing], (p) =>
        p === from ? imports.map((i) => ({ file: `${from.dir}/src/a.ts`, testOnly: false, ...i })) : [],
      );

    it('a service may not import another service, even when it declares it', () => {
      expect(check(intake, [{ specifier: '@aftersales/dispatch/src/visit' }])).toEqual([
        'src/a.ts in @aftersales/intake imports @aftersales/dispatch: services meet only through contracts (scope:intake → scope:dispatch)',
      ]);
    });

    it('the kernel may not import the platform, and every import is declared', () => {
      expect(check(kernel, [{ specifier: '@aftersales/platform' }])).toEqual([
        'src/a.ts in @aftersales/kernel imports @aftersales/platform, which its package.json does not declare',
        'src/a.ts in @aftersales/kernel imports @aftersales/platform: type:kernel may not depend on type:platform',
      ]);
    });

    it('test infrastructure only from tests, declared as a devDependency', () => {
      expect(check(kernel, [{ specifier: '@aftersales/testing', testOnly: true }])).toEqual([]);
      expect(check(kernel, [{ specifier: '@aftersales/testing' }])).toEqual([
        'src/a.ts in @aftersales/kernel imports @aftersales/testing, which its package.json does not declare',
        'src/a.ts in @aftersales/kernel imports @aftersales/testing: type:kernel may not depend on type:testing',
      ]);
    });

    it('a relative import may not leave its package', () => {
      expect(check(intake, [{ specifier: '../../dispatch/src/visit' }, { specifier: './b' }])).toEqual([
        "src/a.ts in @aftersales/intake reaches outside its package with '../../dispatch/src/visit'",
      ]);
    });

    it('reads imports, re-exports, side-effect imports and requires', () => {
      expect(
        specifiersIn(`import { a } from '@x/a';
import type { B } from "./b";
export * from './c';
import 'reflect-metadata';
const d = require('d'); const e = await import('e');
export { f } from '@x/f';`),
      ).toEqual(['@x/a', './b', './c', 'reflect-metadata', 'd', 'e', '@x/f']);
    });
  });
});
