// The alerts for a Prometheus without the operator (infra/monitoring/alerts.rules.yml): the
// PrometheusRule's groups (infra/k8s/monitoring/alerts.yaml) as a plain rule file, written by
// `npm run monitoring:rules` and checked by `npm run check:deploy` to hold the same rules, and
// a rule file's structure checked as Prometheus loads it (promtool is not packaged here).
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const ROOT = join(__dirname, '..', '..');
export const ALERTS_FILE = 'infra/k8s/monitoring/alerts.yaml';
export const RULES_FILE = 'infra/monitoring/alerts.rules.yml';

/* eslint-disable @typescript-eslint/no-explicit-any -- rule files are checked field by field */
type Json = any;

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The PrometheusRule's groups, the one definition of the alerts. */
export function alertGroups(text = read(ALERTS_FILE)): Json[] {
  return parse(text).spec.groups;
}

/** The plain rule file's text, from the PrometheusRule (Prettier formats it when written). */
export function plainRules(text = read(ALERTS_FILE)): string {
  return `# GENERATED from ${ALERTS_FILE} by \`npm run monitoring:rules\`: edit that file, not this one.
# For a Prometheus without the operator: rule_files: [alerts.rules.yml]. Its scrape job for the
# services' pods must be named <namespace>/<service> (AftersalesServiceDown reads up's job label
# as the operator's PodMonitors set it), or that alert's expression adjusted to your job names.
${stringify({ groups: alertGroups(text) }, { lineWidth: 0 })}`;
}

const DURATION = /^(\d+y)?(\d+w)?(\d+d)?(\d+h)?(\d+m)?(\d+s)?(\d+ms)?$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const GROUP_KEYS = new Set(['name', 'interval', 'limit', 'query_offset', 'labels', 'rules']);
const RULE_KEYS = new Set(['alert', 'record', 'expr', 'for', 'keep_firing_for', 'labels', 'annotations']);

/** Brackets, braces and parentheses of an expression close in order, outside its strings. */
function unbalanced(expr: string): string | undefined {
  const open: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const c of expr.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')) {
    if (c === '(' || c === '[' || c === '{') open.push(c);
    else if (c in pairs && open.pop() !== pairs[c]) return `unbalanced ${c}`;
  }
  return open.length > 0 ? `unclosed ${open.join('')}` : undefined;
}

const isStringMap = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'string');

/** What Prometheus would refuse to load in a rule file, or what reads wrong, as promtool check rules would. */
export function validatePrometheusRules(text: string): string[] {
  const problems: string[] = [];
  let file: Json;
  try {
    file = parse(text);
  } catch (error) {
    return [`not YAML: ${(error as Error).message}`];
  }
  const extra = Object.keys(file ?? {}).filter((k) => k !== 'groups');
  if (extra.length > 0) problems.push(`unknown top-level fields ${extra.join(', ')}`);
  if (!Array.isArray(file?.groups) || file.groups.length === 0) return [...problems, 'no groups'];
  const names = new Set<string>();
  for (const [g, group] of (file.groups as Json[]).entries()) {
    const where = `group ${group?.name ?? g}`;
    if (typeof group?.name !== 'string' || !group.name) problems.push(`group ${g}: no name`);
    else if (names.has(group.name)) problems.push(`${where}: the name is used twice`);
    names.add(group?.name);
    for (const key of Object.keys(group ?? {}))
      if (!GROUP_KEYS.has(key)) problems.push(`${where}: unknown field ${key}`);
    if (group?.interval !== undefined && !DURATION.test(String(group.interval)))
      problems.push(`${where}: interval ${group.interval} is not a duration`);
    if (!Array.isArray(group?.rules) || group.rules.length === 0) {
      problems.push(`${where}: no rules`);
      continue;
    }
    for (const [r, rule] of (group.rules as Json[]).entries()) {
      const at = `${where}, rule ${rule?.alert ?? rule?.record ?? r}`;
      for (const key of Object.keys(rule ?? {}))
        if (!RULE_KEYS.has(key)) problems.push(`${at}: unknown field ${key}`);
      const alert = rule?.alert !== undefined;
      if (alert === (rule?.record !== undefined))
        problems.push(`${at}: needs exactly one of alert and record`);
      if (alert && (typeof rule.alert !== 'string' || !rule.alert)) problems.push(`${at}: alert has no name`);
      if (!alert && !METRIC_NAME.test(String(rule?.record)))
        problems.push(`${at}: record is not a metric name`);
      if (typeof rule?.expr !== 'string' || !rule.expr.trim()) problems.push(`${at}: no expr`);
      else {
        const wrong = unbalanced(rule.expr);
        if (wrong) problems.push(`${at}: expr has ${wrong}`);
      }
      for (const key of ['for', 'keep_firing_for'])
        if (rule?.[key] !== undefined) {
          if (!alert) problems.push(`${at}: ${key} on a recording rule`);
          if (!DURATION.test(String(rule[key])))
            problems.push(`${at}: ${key} ${rule[key]} is not a duration`);
        }
      if (rule?.labels !== undefined) {
        if (!isStringMap(rule.labels)) problems.push(`${at}: labels must map names to strings`);
        for (const name of Object.keys(rule.labels ?? {}))
          if (!LABEL_NAME.test(name)) problems.push(`${at}: ${name} is not a label name`);
      }
      if (rule?.annotations !== undefined) {
        if (!alert) problems.push(`${at}: annotations on a recording rule`);
        if (!isStringMap(rule.annotations)) problems.push(`${at}: annotations must map names to strings`);
        for (const [name, value] of Object.entries(rule.annotations ?? {}))
          if (String(value).split('{{').length !== String(value).split('}}').length)
            problems.push(`${at}: annotation ${name} has an unclosed {{ template }}`);
      }
    }
  }
  return problems;
}

/** The plain rule file's problems: its structure, then whether it still holds the PrometheusRule's rules. */
export function checkPlainRules(text = read(RULES_FILE), alerts = read(ALERTS_FILE)): string[] {
  const problems = validatePrometheusRules(text);
  if (problems.length > 0) return problems;
  if (!isDeepStrictEqual(parse(text).groups, alertGroups(alerts)))
    return [`differs from ${ALERTS_FILE}: run npm run monitoring:rules`];
  return [];
}
