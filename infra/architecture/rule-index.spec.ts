import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildRuleIndex,
  CONSOLE_RULE_TITLES,
  DOMAIN_PAGE,
  formatMarkdown,
  formatted,
  renderRuleTitles,
  KNOWN_RULES,
  reachableFrom,
  renderDomain,
  ruleIdsIn,
  ruleViolations,
  testNamesIn,
  type RuleIndex,
} from './rule-index';
import { RULE_AREAS } from './rules';

const root = join(__dirname, '..', '..');

describe('the rule index (docs/domain.md)', () => {
  const index = buildRuleIndex(root);

  it('docs/domain.md is current (regenerate: node -r @swc-node/register infra/architecture/rule-index.ts --write)', () => {
    const page = formatMarkdown(renderDomain(index), root);
    expect(readFileSync(join(root, DOMAIN_PAGE), 'utf8')).toBe(page);
  });

  it("the console's rule titles are current, and every rule has a title in Chinese (regenerate as above)", () => {
    const titles = formatted(renderRuleTitles(), root, CONSOLE_RULE_TITLES);
    expect(readFileSync(join(root, CONSOLE_RULE_TITLES), 'utf8')).toBe(titles);
    const untitled = RULE_AREAS.flatMap((a) => a.rules).filter((r) => !/\p{Script=Han}/u.test(r.titleZh));
    expect(untitled.map((r) => r.id)).toEqual([]);
  });

  it('lists every rule ID that a test names, and each is named by code a service imports', () => {
    expect([...index.tests.keys()].filter((id) => !KNOWN_RULES.has(id))).toEqual([]);
    expect(ruleViolations(index)).toEqual([]);
  });

  describe('the scan', () => {
    it('reads rule IDs of the known areas only', () => {
      expect(ruleIdsIn('INT-11 + DSP-2, AUD-1..4, QC-3; not UTF-8, SHA-256 or ISO-8601')).toEqual([
        'INT-11',
        'DSP-2',
        'AUD-1',
        'QC-3',
      ]);
    });

    it('reads describe, it and test names, also on the next line and with escaped quotes', () => {
      expect(
        // A skipped call is read past (skipped on purpose: a fixture, not a test); the focused one is
        // spelled in pieces, so this file focuses no test itself.
        testNamesIn(`describe('a case (ORG-2)', () => {
  it(
    'INT-4: the customer\\'s answer', async () => {});
  test.skip("DSP-3: parts", () => {});
  ${'f'}it('x'); expect(items.it('no'));
});`),
      ).toEqual(['a case (ORG-2)', "INT-4: the customer's answer", 'DSP-3: parts']);
    });

    const files: Record<string, string> = {
      'services/a/src/main.ts': "import { used } from 'lib';",
      'lib/index.ts': "export * from './used';\nexport * from './unused';",
      'lib/used.ts': '/** INT-4 */ export function used() {}',
      'lib/unused.ts': '/** INT-11 */ export class Unused {}',
      'lib/unused.spec.ts': "import { Unused } from './unused';",
    };
    const resolveFrom = (_from: string, specifier: string) =>
      specifier === 'lib' ? 'lib/index.ts' : `lib/${specifier.slice(2)}.ts`;

    it('follows a barrel only to the modules whose names are imported', () => {
      expect([...reachableFrom(['services/a/src/main.ts'], (f) => files[f], resolveFrom)].sort()).toEqual([
        'lib/used.ts',
        'services/a/src/main.ts',
      ]);
    });

    it('INT-11 (issue 30): a test of a rule on a module no service imports is reported', () => {
      const synthetic: RuleIndex = {
        code: new Map([
          ['INT-4', ['lib/used.ts']],
          ['INT-11', ['lib/unused.ts']],
        ]),
        tests: new Map([
          ['INT-11', [{ file: 'lib/unused.spec.ts', name: 'INT-11: pauses' }]],
          ['INT-99', [{ file: 'lib/unused.spec.ts', name: 'INT-99: no such rule' }]],
        ]),
        reachable: reachableFrom(['services/a/src/main.ts'], (f) => files[f], resolveFrom),
        testImports: new Map([['lib/unused.spec.ts', new Set(['lib/unused.ts'])]]),
        services: ['a'],
      };
      expect(ruleViolations(synthetic)).toEqual([
        'INT-11 is named by tests (lib/unused.spec.ts) but by no code that a service imports',
        'INT-99 is no rule of docs/domain.md, but tests name it (lib/unused.spec.ts)',
        'lib/unused.spec.ts tests INT-11 on lib/unused.ts, which no service imports',
      ]);
    });
  });
});
