import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig, type EventSourcedServiceConfig } from '@aftersales/platform';
import { parse, parseAllDocuments } from 'yaml';
import { SERVICES as DECLARED } from '../services/catalogue';

/* eslint-disable @typescript-eslint/no-explicit-any -- manifests are checked field by field */
type Manifest = any;

const root = join(__dirname, '..', '..');
// Every declared service must be deployable: its manifests are checked against its own config.
const SERVICES: Record<string, new () => EventSourcedServiceConfig> = Object.fromEntries(
  DECLARED.map((service) => [service.name, service.config]),
);
type Service = string;
/** What the Secret aftersales-database holds in a cluster (created outside these files). */
const SECRET = { DATABASE_URL: 'postgres://aftersales:secret@postgres:5432/aftersales' };

const documents = (file: string): Manifest[] =>
  parseAllDocuments(readFileSync(join(__dirname, file), 'utf8')).map((d) => d.toJS());
const base: Manifest[] = (
  parse(readFileSync(join(__dirname, 'base/kustomization.yaml'), 'utf8')).resources as string[]
).flatMap((file) => documents(join('base', file)));
const find = (kind: string, name: string) => base.find((m) => m.kind === kind && m.metadata.name === name);
const configMap = find('ConfigMap', 'aftersales-config').data as Record<string, string | null>;
const devConfig = documents('overlays/dev/config.yaml')[0].data as Record<string, string | null>;
const mebibytes = (quantity: string) => Number(quantity.replace(/Mi$/, ''));

/** The environment a container gets: ConfigMap, Secret, then its own env (later wins, null removes). */
function environment(container: Manifest, config: Record<string, string | null>): Record<string, string> {
  const own = Object.fromEntries((container.env ?? []).map((e: Manifest) => [e.name, e.value]));
  const merged = { ...config, ...SECRET, ...own };
  return Object.fromEntries(
    Object.entries(merged).filter(([, v]) => v !== null && v !== undefined),
  ) as Record<string, string>;
}

/** The service's own start-up validation: a ConfigError names what is missing or wrong. */
function startupProblems(service: Service, env: Record<string, string>): string[] {
  try {
    loadConfig(SERVICES[service], env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
}

describe.each(Object.keys(SERVICES) as Service[])('%s on Kubernetes (infra/k8s)', (service) => {
  const deployment = find('Deployment', service);
  const container = deployment?.spec.template.spec.containers[0];
  const job = find('Job', `${service}-migrate`);

  it('has a Deployment whose production environment passes the service’s start-up validation', () => {
    expect(container).toBeDefined();
    const env = environment(container, configMap);
    expect(startupProblems(service, env)).toEqual([]);
    expect(env).toMatchObject({ SERVICE: service, NODE_ENV: 'production', MIGRATE_ON_START: 'false' });
    expect(env.AUTH_DEV_KEY).toBeUndefined();
  });

  it('passes it with the development overlay too (the DEV-ONLY key, no JWKS)', () => {
    const env = environment(container, { ...configMap, ...devConfig });
    expect(startupProblems(service, env)).toEqual([]);
    expect(env).toMatchObject({ NODE_ENV: 'development', AUTH_DEV_KEY: 'true' });
  });

  it('probes the service’s own health routes on the port it listens on', () => {
    const port = container.ports.find((p: Manifest) => p.name === 'http').containerPort;
    expect(String(port)).toBe(environment(container, configMap).PORT);
    for (const [probe, path] of [
      ['startupProbe', 'live'],
      ['livenessProbe', 'live'],
      ['readinessProbe', 'ready'],
    ]) {
      expect(container[probe]?.httpGet).toEqual({ path: `/${service}/health/${path}`, port: 'http' });
    }
    expect(deployment.spec.template.spec.terminationGracePeriodSeconds * 1000).toBeGreaterThan(
      loadConfig(SERVICES[service], environment(container, configMap)).SHUTDOWN_TIMEOUT_MS,
    );
  });

  it('stays within the memory the benchmarks measured, with a PodDisruptionBudget and an autoscaler', () => {
    expect(mebibytes(container.resources.limits.memory)).toBeLessThanOrEqual(256);
    const selector = deployment.spec.selector.matchLabels;
    expect(find('PodDisruptionBudget', service)?.spec.selector.matchLabels).toEqual(selector);
    expect(find('Service', service)?.spec.selector).toEqual(selector);
    expect(find('HorizontalPodAutoscaler', service)?.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: service,
    });
  });

  it('migrates with a Job of the same environment that is allowed to change the schema', () => {
    const migrate = job?.spec.template.spec.containers[0];
    expect(migrate?.args).toEqual(['migrate']);
    const { MIGRATE_ON_START, ...rest } = environment(container, configMap);
    expect(MIGRATE_ON_START).toBe('false');
    expect(environment(migrate, configMap)).toEqual(rest);
    expect(migrate.image).toBe(container.image);
  });

  it('runs what the image’s entrypoint starts: the service and its migration', () => {
    const entrypoint = readFileSync(join(root, 'infra/docker/entrypoint.sh'), 'utf8');
    const scripts = [...entrypoint.matchAll(/services\/\$service\/dist\/([\w./-]+)\.js/g)].map((m) => m[1]);
    expect([...new Set(scripts)]).toEqual(['main']);
    // The service's main runs the migration when given `migrate` (the service kit's commands).
    expect(entrypoint).toMatch(/'' \| migrate \| rebuild \| dlq \| lag \| audit\)/);
    for (const script of scripts)
      expect(existsSync(join(root, 'services', service, 'src', `${script}.ts`))).toBe(true);
  });

  it('runs on Docker Compose with an environment that passes start-up validation', () => {
    const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
    // Compose's interpolation with nothing set: ${NAME:-default} is the default.
    const env = Object.fromEntries(
      Object.entries(compose.services[service]?.environment as Record<string, string>).map(([k, v]) => [
        k,
        String(v).replace(/\$\{\w+:-([^}]*)\}/g, '$1'),
      ]),
    );
    expect(env).toMatchObject({ SERVICE: service });
    expect(startupProblems(service, env)).toEqual([]);
  });
});

describe('monitoring (infra/k8s/monitoring)', () => {
  // Its files; the dashboard's kustomization (a directory) is monitoring.spec.ts's.
  const monitoring: Manifest[] = (
    parse(readFileSync(join(__dirname, 'monitoring/kustomization.yaml'), 'utf8')).resources as string[]
  )
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => documents(join('monitoring', file)));

  it.each(Object.keys(SERVICES) as Service[])(
    'scrapes every %s replica on the port and path the pods serve their metrics',
    (service) => {
      const monitor = monitoring.find((m) => m.kind === 'PodMonitor' && m.metadata.name === service);
      const template = find('Deployment', service).spec.template;
      expect(template.metadata.labels).toMatchObject(monitor.spec.selector.matchLabels);
      const [endpoint] = monitor.spec.podMetricsEndpoints;
      expect(template.spec.containers[0].ports.map((p: Manifest) => p.name)).toContain(endpoint.port);
      expect(endpoint.path).toBe(`/${service}/metrics`);
      expect(template.metadata.annotations['prometheus.io/path']).toBe(endpoint.path);
    },
  );
  // The alerts' metrics, labels and runbook links: monitoring.spec.ts.
});
