// The alerts (infra/k8s/monitoring/alerts.yaml, and the plain rule file generated from it) and the
// dashboard (infra/monitoring/aftersales.json, and its ConfigMap) use only what the services
// export, and every alert links to its entry in infra/RUNBOOK.md.
import { Metrics } from '@aftersales/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SERVICES } from '../services/catalogue';
import { checkPlainRules, RULES_FILE, validatePrometheusRules } from './prometheus-rules';
import { render } from './render';

/* eslint-disable @typescript-eslint/no-explicit-any -- rules and panels are checked field by field */
type Json = any;

const root = join(__dirname, '..', '..');
const rules: Json[] = parse(
  readFileSync(join(__dirname, 'monitoring/alerts.yaml'), 'utf8'),
).spec.groups.flatMap((g: Json) => g.rules);
const plainRulesText = readFileSync(join(root, RULES_FILE), 'utf8');
const plainRules: Json[] = parse(plainRulesText).groups.flatMap((g: Json) => g.rules);
const dashboardText = readFileSync(join(root, 'infra/monitoring/aftersales.json'), 'utf8');
const dashboard: Json = JSON.parse(readFileSync(join(root, 'infra/monitoring/aftersales.json'), 'utf8'));
const runbook = readFileSync(join(root, 'infra/RUNBOOK.md'), 'utf8');

/** GitHub's anchors of a Markdown file's headings. */
const anchors = new Set(
  [...runbook.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
    m[1]
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-'),
  ),
);

/** Prometheus's own series, not a service's. */
const PROMETHEUS = new Set(['up']);
const PROMQL = new Set(
  'sum min max avg count rate increase delta irate histogram_quantile by without on ignoring group_left group_right and or unless bool offset abs absent absent_over_time clamp_min clamp_max changes topk bottomk le'.split(
    ' ',
  ),
);

/** The series names an expression reads: words left after strings, label sets, ranges, groupings and PromQL's own words. */
function seriesOf(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, ' ');
  return [...bare.matchAll(/\b[a-zA-Z_:][a-zA-Z0-9_:]*\b/g)].map((m) => m[0]).filter((w) => !PROMQL.has(w));
}

/** The labels an expression selects or groups by. */
function labelsOf(expr: string): string[] {
  const grouped = [...expr.matchAll(/\b(?:by|without)\s*\(([^)]*)\)/g)].flatMap((m) =>
    m[1].split(',').map((l) => l.trim()),
  );
  const matched = [...expr.matchAll(/\{([^}]*)\}/g)].flatMap((m) =>
    [...m[1].matchAll(/(\w+)\s*(?:=~|!~|!=|=)/g)].map((l) => l[1]),
  );
  return [...grouped, ...matched].filter(Boolean);
}

/** What a service's /metrics shows once each of its series has a value: names and label names. */
async function exported(): Promise<{ names: Set<string>; labels: Set<string> }> {
  const metrics = new Metrics('intake');
  metrics.httpDuration.observe({ method: 'GET', route: '/intake/cases', status: '200' }, 0.01);
  metrics.observeFlush({ appends: 1, events: 1, seconds: 0.002, careful: false, waited: [0.003] });
  metrics.observeLog(async () => ({ head: 2, lag: { 'relay:intake': 1 } }));
  metrics.observeProjections(async () => ({ status: [{ name: 'p', failing: { attempts: 1 } }], parked: [] }));
  metrics.observeDeadLetters(async () => ({ 'intake.downstream': 1 }));
  metrics.observeConsumerLag(async () => [{ group: 'g', topic: 't', partition: 0, lag: 1 }]);
  metrics.observeLeader(() => true);
  metrics.commands.inc({ route: '/intake/cases', outcome: 'accepted' });
  metrics.reactionMessages.inc({ reaction: 'r', outcome: 'applied' });
  metrics.timersFired.inc({ kind: 'k', outcome: 'recorded' });
  metrics.deadlineMisses.inc({ kind: 'k' });
  const text = await metrics.registry.metrics();
  const series = [...text.matchAll(/^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})? /gm)];
  return {
    names: new Set(series.map((m) => m[1])),
    labels: new Set([
      'job', // Prometheus's target label (the PodMonitor)
      ...series.flatMap((m) => [...(m[2] ?? '').matchAll(/(\w+)="/g)].map((l) => l[1])),
    ]),
  };
}

describe('alerts, dashboard and runbook', () => {
  it('has an alert for each failure mode, each with a severity, a summary, a duration and its runbook entry', () => {
    expect(rules.map((r) => r.alert).sort()).toEqual([
      'AftersalesCommandConflicts',
      'AftersalesConsumerLagging',
      'AftersalesDeadLetters',
      'AftersalesDeadlinesMissed',
      'AftersalesEventsParked',
      'AftersalesNoLeader',
      'AftersalesProjectionFailing',
      'AftersalesReadModelFallingBehind',
      'AftersalesRelayLagging',
      'AftersalesServerErrors',
      'AftersalesServiceDown',
      'AftersalesSlowGroupCommits',
      'AftersalesSlowRequests',
      'AftersalesTimersFailing',
      'AftersalesTwoLeaders',
    ]);
    for (const rule of rules) {
      expect([rule.alert, rule.labels.severity]).toEqual([
        rule.alert,
        expect.stringMatching(/^(critical|warning)$/),
      ]);
      expect(rule.annotations.summary).toBeTruthy();
      expect(rule.for).toMatch(/^\d+m$/);
      const [file, anchor] = String(rule.annotations.runbook_url).split('#');
      expect([rule.alert, file, anchors.has(anchor)]).toEqual([rule.alert, 'infra/RUNBOOK.md', true]);
    }
  });

  it('alerts only on metrics and labels the services export (or Prometheus its `up`), in both rule files', async () => {
    const { names, labels } = await exported();
    expect(plainRules.length).toBe(rules.length);
    for (const rule of [...rules, ...plainRules]) {
      const used = seriesOf(String(rule.expr));
      expect([rule.alert, used.length > 0]).toEqual([rule.alert, true]);
      for (const name of used)
        expect([rule.alert, name, names.has(name) || PROMETHEUS.has(name)]).toEqual([rule.alert, name, true]);
      for (const label of labelsOf(String(rule.expr)))
        expect([rule.alert, label, labels.has(label)]).toEqual([rule.alert, label, true]);
    }
  });

  it('has the same rules in the plain Prometheus rule file as in the PrometheusRule, and notices when they drift', () => {
    expect(validatePrometheusRules(plainRulesText)).toEqual([]);
    expect(checkPlainRules()).toEqual([]);
    const alerts = readFileSync(join(__dirname, 'monitoring/alerts.yaml'), 'utf8');
    const retuned = alerts.replace('> 1000', '> 2000');
    expect(retuned).not.toBe(alerts);
    expect(checkPlainRules(plainRulesText, retuned)).toEqual([
      'differs from infra/k8s/monitoring/alerts.yaml: run npm run monitoring:rules',
    ]);
  });

  it('checks a rule file as Prometheus loads it: fields, durations, label names, brackets, templates', () => {
    const rule = (fields: string) => `groups:\n  - name: g\n    rules:\n      - ${fields}\n`;
    expect(validatePrometheusRules(rule('alert: A\n        expr: up == 0\n        for: 5m'))).toEqual([]);
    expect(validatePrometheusRules(rule('record: job:up:sum\n        expr: sum by (job) (up)'))).toEqual([]);
    expect(validatePrometheusRules(rule('alert: A\n        expr: up == 0\n        for: 5 minutes'))).toEqual([
      'group g, rule A: for 5 minutes is not a duration',
    ]);
    expect(validatePrometheusRules(rule('alert: A\n        expr: sum(rate(x[5m]) > 1'))).toEqual([
      'group g, rule A: expr has unclosed (',
    ]);
    expect(validatePrometheusRules(rule('alert: A\n        expr: x{a="b"]'))).toEqual([
      'group g, rule A: expr has unbalanced ]',
    ]);
    expect(validatePrometheusRules(rule('alert: A\n        record: a\n        expr: x'))).toEqual([
      'group g, rule A: needs exactly one of alert and record',
    ]);
    expect(
      validatePrometheusRules(rule('alert: A\n        expr: x\n        labels: { bad-name: x }')),
    ).toEqual(['group g, rule A: bad-name is not a label name']);
    expect(
      validatePrometheusRules(
        rule('alert: A\n        expr: x\n        annotations: { summary: "{{ $labels.job" }'),
      ),
    ).toEqual(['group g, rule A: annotation summary has an unclosed {{ template }}']);
    expect(validatePrometheusRules(rule('alert: A\n        expr: x\n        severity: page'))).toEqual([
      'group g, rule A: unknown field severity',
    ]);
    expect(validatePrometheusRules('spec:\n  groups: []\n')).toEqual([
      'unknown top-level fields spec',
      'no groups',
    ]);
  });

  it('ships the dashboard as a ConfigMap for Grafana’s sidecar, the JSON as it is in infra/monitoring', () => {
    const maps = render(join(__dirname, 'monitoring')).filter((m) => m.kind === 'ConfigMap');
    expect(maps.map((m) => m.metadata)).toEqual([
      {
        name: 'aftersales-dashboard',
        namespace: 'aftersales',
        labels: { grafana_dashboard: '1', 'app.kubernetes.io/part-of': 'aftersales' },
      },
    ]);
    expect(Object.keys(maps[0].data)).toEqual(['aftersales.json']);
    expect(maps[0].data['aftersales.json']).toBe(dashboardText);
    // kubectl apply keeps the whole object in an annotation, which may hold 256 KiB.
    expect(Buffer.byteLength(dashboardText)).toBeLessThan(256 * 1024);
    // Provisioned dashboards are matched by uid; a fixed id would clash with Grafana's own.
    expect([dashboard.uid, dashboard.id]).toEqual(['aftersales', undefined]);
  });

  it('shows one row for the pipeline and one per service, each panel on exported metrics and labels', async () => {
    const rows = dashboard.panels.filter((p: Json) => p.type === 'row').map((p: Json) => p.title);
    expect(rows).toEqual(['Pipeline: events between the services', ...SERVICES.map((s) => s.name)]);
    const { names, labels } = await exported();
    const panels = dashboard.panels.filter((p: Json) => p.type !== 'row');
    for (const panel of panels)
      for (const { expr } of panel.targets) {
        const used = seriesOf(expr);
        expect([panel.title, used.length > 0]).toEqual([panel.title, true]);
        for (const name of used)
          expect([panel.title, name, names.has(name)]).toEqual([panel.title, name, true]);
        for (const label of labelsOf(expr))
          expect([panel.title, label, labels.has(label)]).toEqual([panel.title, label, true]);
      }
    // Every service's row filters on its own service label.
    for (const service of SERVICES) {
      const start = dashboard.panels.findIndex((p: Json) => p.type === 'row' && p.title === service.name);
      const own = dashboard.panels.slice(start + 1).filter((_: Json, i: number, rest: Json[]) => {
        const next = rest.findIndex((p) => p.type === 'row');
        return next < 0 || i < next;
      });
      expect(own.length).toBeGreaterThan(0);
      for (const panel of own)
        for (const { expr } of panel.targets) expect(expr).toContain(`service="${service.name}"`);
    }
  });

  it('writes up every operations command in the runbook', () => {
    for (const command of [
      'lag',
      'rebuild',
      'dlq list',
      'dlq replay',
      'dlq discard',
      'audit verify',
      'audit forget',
    ])
      expect([command, runbook.includes(`\`${command}`)]).toEqual([command, true]);
    for (const heading of [
      'show-relay-and-consumer-lag',
      'rebuild-a-read-model',
      'a-message-was-dead-lettered',
      'verify-the-audit-chain',
      'forget-a-customer',
    ])
      expect([heading, anchors.has(heading)]).toEqual([heading, true]);
  });
});
