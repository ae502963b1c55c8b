// The static checks of the deployment files (deploy-checks.ts), run on the real files and shown
// to catch what they are for. Integration only because the Kubernetes schemas come from Maven.
import 'reflect-metadata';
import { checkEventStoreFits, loadConfig, topicsOf } from '@aftersales/platform';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SERVICES } from '../services/catalogue';
import { checkManifests, lintDockerfile, validateCompose, type Rendered } from './deploy-checks';
import { render, type Manifest } from './render';
import { manifestValidator } from './schemas';

const root = join(__dirname, '..', '..');

describe('deployment files, checked without a cluster', () => {
  let rendered: Rendered[];
  const overlay = (dir: string) => rendered.find((r) => r.dir === dir)!.manifests;

  beforeAll(() => {
    rendered = checkManifests();
  }, 120_000);

  it('renders every kustomization, and every manifest passes the Kubernetes schemas', () => {
    expect(rendered.map((r) => r.dir)).toEqual([
      'base',
      'monitoring',
      'overlays/dev',
      'overlays/production',
      'overlays/production-eventstoredb',
      'overlays/production-strimzi',
    ]);
    for (const { dir, manifests, problems } of rendered) {
      expect({ dir, problems }).toEqual({ dir, problems: [] });
      expect(manifests.length).toBeGreaterThan(0);
    }
  });

  it('catches a misspelt field, a wrong type and an unknown kind', () => {
    const validator = manifestValidator();
    const deployment = structuredClone(overlay('overlays/production').find((m) => m.kind === 'Deployment'));
    deployment.spec.replicas = 'three';
    deployment.spec.template.spec.containers[0].readinesProbe = {};
    expect(validator.problems(deployment)).toEqual([
      'Deployment intake: /spec/replicas must be integer',
      'Deployment intake: /spec/template/spec/containers/0 must NOT have additional properties (readinesProbe)',
    ]);
    expect(validator.problems({ apiVersion: 'v9', kind: 'Nope', metadata: { name: 'x' } })).toEqual([
      'Nope x: no schema for v9 Nope',
    ]);
  });

  it('places each overlay in its namespace with its image, replicas and the dev Secret', () => {
    for (const [dir, namespace, image, replicas] of [
      ['overlays/dev', 'aftersales-dev', 'aftersales-backoffice:dev', 1],
      ['overlays/production', 'aftersales', 'registry.example.com/aftersales/backoffice:1.0.0', 3],
      ['overlays/production-strimzi', 'aftersales', 'registry.example.com/aftersales/backoffice:1.0.0', 3],
      [
        'overlays/production-eventstoredb',
        'aftersales',
        'registry.example.com/aftersales/backoffice:1.0.0',
        3,
      ],
    ] as const) {
      const manifests = overlay(dir);
      expect(new Set(manifests.map((m) => m.metadata.namespace))).toEqual(new Set([namespace]));
      for (const m of manifests.filter((m) => m.kind === 'Deployment' || m.kind === 'Job')) {
        expect(m.spec.template.spec.containers[0].image).toBe(image);
        expect(m.spec.template.metadata.labels['app.kubernetes.io/part-of']).toBe('aftersales');
      }
      for (const d of manifests.filter((m) => m.kind === 'Deployment'))
        expect(d.spec.replicas).toBe(replicas);
    }
    const secret = overlay('overlays/dev').find((m) => m.kind === 'Secret');
    expect(Buffer.from(secret.data.DATABASE_URL, 'base64').toString()).toMatch(/^postgres:\/\//);
  });

  it('lets a service reach only PostgreSQL, Kafka, DNS and the OIDC keys, and be reached only from ingress and monitoring', () => {
    const policies = overlay('overlays/production').filter((m) => m.kind === 'NetworkPolicy');
    const deny = policies.find((p) => p.metadata.name === 'aftersales-default-deny');
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    const egress = policies.find((p) => p.metadata.name === 'aftersales-egress');
    const ports = egress.spec.egress.flatMap((rule: Manifest) =>
      rule.ports.map((p: Manifest) => `${p.protocol}/${p.port}`),
    );
    expect(ports.sort()).toEqual(['TCP/443', 'TCP/53', 'TCP/5432', 'TCP/9092', 'UDP/53']);
    const ingress = policies.find((p) => p.metadata.name === 'aftersales-ingress');
    expect(
      ingress.spec.ingress[0].from.map(
        (f: Manifest) => f.namespaceSelector.matchLabels['kubernetes.io/metadata.name'],
      ),
    ).toEqual(['ingress-nginx', 'monitoring']);
    // The policies select every service's and migration's pods.
    for (const workload of overlay('overlays/production').filter(
      (m) => m.kind === 'Deployment' || m.kind === 'Job',
    )) {
      const labels = workload.spec.template.metadata.labels;
      expect(Object.entries(egress.spec.podSelector.matchLabels).every(([k, v]) => labels[k] === v)).toBe(
        true,
      );
      if (workload.kind === 'Deployment')
        expect(Object.entries(ingress.spec.podSelector.matchLabels).every(([k, v]) => labels[k] === v)).toBe(
          true,
        );
    }
  });

  it('selects the event store by EVENT_STORE alone: five services on EventStoreDB with the component, finance on PostgreSQL (FIN-8)', () => {
    const SECRET = { DATABASE_URL: 'postgres://aftersales:secret@postgres:5432/aftersales' };
    /** Each service's EVENT_STORE in a rendering, checked as the kit checks it at start-up. */
    const selected = (manifests: Manifest[], pin = true) => {
      const data = manifests.find(
        (m) => m.kind === 'ConfigMap' && m.metadata.name === 'aftersales-config',
      ).data;
      return Object.fromEntries(
        SERVICES.map((service) => {
          const container = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === service.name)
            .spec.template.spec.containers[0];
          const own = Object.fromEntries(
            (container.env as Manifest[])
              .filter((e) => pin || e.name !== 'EVENT_STORE')
              .map((e: Manifest) => [e.name, e.value]),
          );
          const config = loadConfig(service.config, { ...data, ...SECRET, ...own });
          checkEventStoreFits(service, config);
          return [service.name, config.EVENT_STORE];
        }),
      );
    };
    const onEsdb = Object.fromEntries(
      SERVICES.map((s) => [s.name, s.name === 'finance' ? 'postgres' : 'eventstoredb']),
    );
    expect(selected(overlay('overlays/production'))).toEqual(
      Object.fromEntries(SERVICES.map((s) => [s.name, 'postgres'])),
    );
    const esdb = overlay('overlays/production-eventstoredb');
    expect(selected(esdb)).toEqual(onEsdb);
    // Finance's own EVENT_STORE is what keeps it starting: without it the kit refuses it.
    expect(() => selected(esdb, false)).toThrow(/^finance cannot run on EVENT_STORE=eventstoredb/);
    // Only the services on EventStoreDB may reach it.
    const policy = esdb.find((m) => m.metadata.name === 'aftersales-egress-eventstoredb');
    expect(policy.spec.egress).toEqual([{ ports: [{ protocol: 'TCP', port: 2113 }] }]);
    expect(policy.spec.podSelector.matchExpressions).toEqual([
      { key: 'app.kubernetes.io/name', operator: 'NotIn', values: ['finance'] },
    ]);

    // Compose: the same one variable, interpolated as Compose does.
    const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
    const composeSelected = (vars: Record<string, string>) =>
      Object.fromEntries(
        SERVICES.map((service) => {
          const env = Object.fromEntries(
            Object.entries(compose.services[service.name].environment as Record<string, string>).map(
              ([k, v]) => [
                k,
                String(v).replace(
                  /\$\{(\w+):-([^}]*)\}/g,
                  (_, name: string, fallback: string) => vars[name] ?? fallback,
                ),
              ],
            ),
          );
          const config = loadConfig(service.config, env);
          checkEventStoreFits(service, config);
          const migrate = compose.services[`${service.name}-migrate`].environment;
          expect([service.name, migrate.EVENT_STORE]).toEqual([
            service.name,
            compose.services[service.name].environment.EVENT_STORE,
          ]);
          return [service.name, config.EVENT_STORE];
        }),
      );
    expect(composeSelected({})).toEqual(Object.fromEntries(SERVICES.map((s) => [s.name, 'postgres'])));
    expect(composeSelected({ EVENT_STORE: 'eventstoredb' })).toEqual(onEsdb);
    for (const service of SERVICES)
      expect([service.name, compose.services[service.name].depends_on.eventstore]).toEqual([
        service.name,
        service.name === 'finance' ? undefined : { condition: 'service_healthy', required: false },
      ]);
  });

  it('spreads every service over nodes and zones', () => {
    for (const d of overlay('overlays/production').filter((m) => m.kind === 'Deployment'))
      expect(d.spec.template.spec.topologySpreadConstraints.map((c: Manifest) => c.topologyKey)).toEqual([
        'kubernetes.io/hostname',
        'topology.kubernetes.io/zone',
      ]);
  });

  it('declares, with the Strimzi component, every topic a service publishes or consumes and its dead letters, with the partitions the services assume', () => {
    const manifests = overlay('overlays/production-strimzi');
    const config = manifests.find((m) => m.kind === 'ConfigMap').data;
    const topics = manifests.filter((m) => m.kind === 'KafkaTopic');
    const expected = new Set<string>();
    for (const service of SERVICES) {
      const container = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === service.name)
        .spec.template.spec.containers[0];
      const env = Object.fromEntries(container.env.map((e: Manifest) => [e.name, e.value]));
      const settings = loadConfig(service.config, { ...config, ...env, DATABASE_URL: 'postgres://db/x' });
      for (const topic of topicsOf(service, settings)) expected.add(topic);
      for (const reaction of service.reactions ?? [])
        for (const topic of reaction.topics(settings)) expected.add(`${topic}.dlq`);
    }
    expect(new Set(topics.map((t) => t.metadata.name))).toEqual(expected);
    for (const topic of topics) {
      expect(topic.spec.partitions).toBe(Number(config.KAFKA_PARTITIONS));
      expect(topic.metadata.labels['strimzi.io/cluster']).toBeTruthy();
      expect(Number(topic.spec.config['retention.ms'])).toBe(
        topic.metadata.name.endsWith('.dlq') ? 30 * 86_400_000 : 7 * 86_400_000,
      );
    }
    // Without the component, no KafkaTopic: the migration Jobs create the topics.
    expect(overlay('overlays/production').some((m) => m.kind === 'KafkaTopic')).toBe(false);
  });

  it('rejects a kustomization field it cannot render instead of rendering it differently', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kustomization-'));
    writeFileSync(join(dir, 'kustomization.yaml'), 'resources: []\nhelmCharts: [{ name: x }]\n');
    expect(() => render(dir)).toThrow(/unsupported fields helmCharts/);
    writeFileSync(join(dir, 'kustomization.yaml'), 'secretGenerator: [{ name: s, literals: [A=b] }]\n');
    expect(() => render(dir)).toThrow(/disableNameSuffixHash/);
  });

  it('builds the services from the image’s build context alone (the .dockerignore allow list)', () => {
    const context = mkdtempSync(join(tmpdir(), 'image-context-'));
    try {
      const allowed = readFileSync(join(root, '.dockerignore'), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('!'))
        .map((line) => line.slice(1).replace(/\/$/, ''));
      for (const path of allowed)
        cpSync(join(root, path), join(context, path), {
          recursive: true,
          filter: (source) => !/[/\\](node_modules|dist)$/.test(source),
        });
      // What `npm ci` installs there, taken from this checkout instead of the registry.
      symlinkSync(join(root, 'node_modules'), join(context, 'node_modules'));
      const build = spawnSync(process.execPath, ['infra/build/build.js'], { cwd: context, encoding: 'utf8' });
      expect({ status: build.status, stderr: build.stderr }).toEqual({ status: 0, stderr: '' });
      for (const service of SERVICES)
        expect([service.name, existsSync(join(context, 'services', service.name, 'dist/main.js'))]).toEqual([
          service.name,
          true,
        ]);
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  }, 60_000);

  it('lints the Dockerfile clean, and catches what the rules are for', () => {
    expect(lintDockerfile()).toEqual([]);
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    const broken = dockerfile
      .replace('ARG NODE_IMAGE=node:26-slim', 'ARG NODE_IMAGE=node:latest')
      .replace('USER node', 'USER root')
      .replace(/HEALTHCHECK[^\n]*\\\n[^\n]*\n/, '')
      .replace(
        'ENTRYPOINT ["/app/infra/docker/entrypoint.sh"]',
        'ENTRYPOINT /app/infra/docker/entrypoint.sh',
      );
    // The stages' FROM lines, wherever comments put them.
    const [build, final] = dockerfile
      .split('\n')
      .flatMap((line, i) => (line.startsWith('FROM ') ? [i + 1] : []));
    expect(lintDockerfile(broken)).toEqual([
      `line ${build}: DL3007 base image node:latest uses latest`,
      `line ${final}: DL3007 base image node:latest uses latest`,
      'final stage node:latest is not an LTS (even-numbered) Node release',
      expect.stringMatching(/DL3025 ENTRYPOINT is not in exec \(JSON\) form/),
      'DL3002 the final stage runs as root',
      'the final stage has no HEALTHCHECK command',
    ]);
    expect(lintDockerfile('FROM node:22\nRUNN npm install\n')).toEqual([
      'line 2: Unknown instruction: RUNN',
      'not multi-stage: build and runtime share one image',
      'DL3002 the final stage runs as root',
      'the final stage has no HEALTHCHECK command',
      'the runtime is not pruned to production dependencies (--omit=dev)',
    ]);
  });

  it('validates the Compose file against the Compose Specification, and catches a bad one', () => {
    expect(validateCompose()).toEqual([]);
    const compose = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
    expect(validateCompose(compose.replace('condition: service_healthy', 'condition: healthy'))).not.toEqual(
      [],
    );
    expect(validateCompose('services:\n  x:\n    imagee: y\n')).toEqual([
      '/services/x must NOT have additional properties (imagee)',
    ]);
  });

  it('starts on Compose in order of health: topics, then each migration, then its service; EventStoreDB as a profile', () => {
    const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
    expect(compose.services.eventstore.profiles).toEqual(['eventstore']);
    expect(compose.services['kafka-topics'].depends_on).toEqual({ kafka: { condition: 'service_healthy' } });
    for (const service of SERVICES) {
      const migrate = compose.services[`${service.name}-migrate`];
      expect(migrate.command).toEqual(['migrate']);
      expect(migrate.depends_on['kafka-topics']).toEqual({ condition: 'service_completed_successfully' });
      expect(compose.services[service.name].depends_on).toMatchObject({
        kafka: { condition: 'service_healthy' },
        postgres: { condition: 'service_healthy' },
        [`${service.name}-migrate`]: { condition: 'service_completed_successfully' },
      });
      expect(compose.services[service.name].environment.MIGRATE_ON_START).toBe('false');
    }
    const topics = String(compose.services['kafka-topics'].environment.TOPICS).split(/\s+/);
    expect(topics).toHaveLength(SERVICES.length * 2);
  });
});
