// Renders a kustomization as `kubectl kustomize` does, for the fields this repository's
// kustomizations use (CI has no cluster and no kustomize binary): resources (files and
// directories), components, namespace, labels (with includeTemplates), images, replicas,
// patches (strategic merge patches of maps by kind and name; JSON 6902 patches by target kind,
// name regex and label selector) and generators (literals, and files inside the kustomization)
// with disableNameSuffixHash. Any other field is an error, so a kustomization this cannot
// render fails the check instead of rendering differently.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, normalize } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/* eslint-disable @typescript-eslint/no-explicit-any -- manifests are free-form YAML */
export type Manifest = any;

const KNOWN = new Set([
  'apiVersion',
  'kind',
  'resources',
  'components',
  'namespace',
  'labels',
  'images',
  'replicas',
  'patches',
  'secretGenerator',
  'configMapGenerator',
]);
/** Kinds kustomize leaves without a namespace. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
]);

const documents = (file: string): Manifest[] =>
  parseAllDocuments(readFileSync(file, 'utf8'))
    .map((d) => d.toJS())
    .filter((d) => d !== null);

/** Every manifest the kustomization in `dir` renders, in order. */
export function render(dir: string): Manifest[] {
  const kustomization = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as Manifest;
  const unknown = Object.keys(kustomization).filter((k) => !KNOWN.has(k));
  if (unknown.length > 0)
    throw new Error(`${dir}/kustomization.yaml: unsupported fields ${unknown.join(', ')}`);
  let manifests: Manifest[] = [];
  for (const resource of kustomization.resources ?? []) {
    const path = join(dir, resource);
    manifests.push(...(statSync(path).isDirectory() ? render(path) : documents(path)));
  }
  for (const generator of ['configMapGenerator', 'secretGenerator'] as const)
    for (const spec of kustomization[generator] ?? []) manifests.push(generated(dir, generator, spec));
  for (const component of kustomization.components ?? [])
    manifests = applyComponent(join(dir, component), manifests);
  manifests = applyPatches(dir, kustomization.patches ?? [], manifests);
  for (const { name, count } of kustomization.replicas ?? []) {
    const targets = manifests.filter((m) => m.metadata?.name === name && m.spec?.replicas !== undefined);
    if (targets.length === 0) throw new Error(`${dir}: replicas for ${name}, which has none`);
    for (const m of targets) m.spec.replicas = count;
  }
  for (const image of kustomization.images ?? []) setImage(manifests, image);
  for (const { pairs, includeTemplates, includeSelectors } of kustomization.labels ?? []) {
    if (includeSelectors) throw new Error(`${dir}: labels with includeSelectors are not rendered here`);
    for (const m of manifests) {
      m.metadata.labels = { ...m.metadata.labels, ...pairs };
      const template = m.spec?.template;
      if (includeTemplates && template)
        template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, ...pairs } };
    }
  }
  if (kustomization.namespace)
    for (const m of manifests)
      if (!CLUSTER_SCOPED.has(m.kind)) m.metadata.namespace = kustomization.namespace;
  return manifests;
}

function applyComponent(dir: string, manifests: Manifest[]): Manifest[] {
  const component = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as Manifest;
  if (component.kind !== 'Component') throw new Error(`${dir} is not a kustomize Component`);
  const { resources = [], patches = [], ...rest } = component;
  const unknown = Object.keys(rest).filter((k) => k !== 'apiVersion' && k !== 'kind');
  if (unknown.length > 0)
    throw new Error(`${dir}/kustomization.yaml: unsupported fields ${unknown.join(', ')}`);
  const added = (resources as string[]).flatMap((r) => documents(join(dir, r)));
  return applyPatches(dir, patches, [...manifests, ...added]);
}

function generated(dir: string, generator: string, spec: Manifest): Manifest {
  if (spec.options?.disableNameSuffixHash !== true)
    throw new Error(
      `${dir}: ${spec.name} must set options.disableNameSuffixHash (name hashes are not rendered here)`,
    );
  const data = Object.fromEntries([
    ...((spec.literals ?? []) as string[]).map((literal) => {
      const at = literal.indexOf('=');
      return [literal.slice(0, at), literal.slice(at + 1)];
    }),
    ...((spec.files ?? []) as string[]).map((file) => {
      // `key=path` or `path` (keyed by its file name), inside the kustomization as kustomize's
      // default load restrictor demands.
      const at = file.indexOf('=');
      const path = at < 0 ? file : file.slice(at + 1);
      if (isAbsolute(path) || normalize(path).startsWith('..'))
        throw new Error(`${dir}: ${spec.name} reads ${path}, outside its kustomization`);
      return [at < 0 ? basename(path) : file.slice(0, at), readFileSync(join(dir, path), 'utf8')];
    }),
  ]);
  const secret = generator === 'secretGenerator';
  return {
    apiVersion: 'v1',
    kind: secret ? 'Secret' : 'ConfigMap',
    metadata: {
      name: spec.name,
      ...(spec.options?.labels && { labels: { ...spec.options.labels } }),
      ...(spec.options?.annotations && { annotations: { ...spec.options.annotations } }),
    },
    ...(secret
      ? {
          type: 'Opaque',
          data: Object.fromEntries(
            Object.entries(data).map(([k, v]) => [k, Buffer.from(String(v)).toString('base64')]),
          ),
        }
      : { data }),
  };
}

function applyPatches(dir: string, patches: Manifest[], manifests: Manifest[]): Manifest[] {
  for (const patch of patches) {
    if (patch.path) {
      for (const doc of documents(join(dir, patch.path))) {
        const target = manifests.find((m) => m.kind === doc.kind && m.metadata?.name === doc.metadata?.name);
        if (!target) throw new Error(`${dir}/${patch.path}: no ${doc.kind} ${doc.metadata?.name} to patch`);
        mergeInto(target, doc);
      }
      continue;
    }
    const targets = manifests.filter((m) => matches(m, patch.target ?? {}));
    if (targets.length === 0)
      throw new Error(`${dir}: a patch matches nothing (${JSON.stringify(patch.target)})`);
    const operations = parse(patch.patch) as Array<{ op: string; path: string; value?: unknown }>;
    for (const target of targets) for (const operation of operations) applyOperation(target, operation);
  }
  return manifests;
}

function matches(m: Manifest, target: Manifest): boolean {
  if (target.kind && m.kind !== target.kind) return false;
  if (target.name && !new RegExp(`^(?:${target.name})$`).test(m.metadata?.name ?? '')) return false;
  if (target.labelSelector) {
    for (const term of String(target.labelSelector).split(',')) {
      const [key, value] = term.split('=').map((s) => s.trim());
      if (m.metadata?.labels?.[key] !== value) return false;
    }
  }
  return true;
}

/** Strategic merge of maps: null removes a key; lists are replaced (no list in these patches merges by key). */
function mergeInto(target: Manifest, patch: Manifest): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete target[key];
    else if (isMap(value) && isMap(target[key])) mergeInto(target[key], value);
    else target[key] = structuredClone(value);
  }
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function applyOperation(
  target: Manifest,
  { op, path, value }: { op: string; path: string; value?: unknown },
): void {
  const keys = path
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop()!;
  let parent = target;
  for (const key of keys) {
    if (parent[key] === undefined) {
      if (op !== 'add') throw new Error(`patch ${op} ${path}: ${key} does not exist`);
      parent[key] = {};
    }
    parent = parent[key];
  }
  const index = Array.isArray(parent) ? (last === '-' ? parent.length : Number(last)) : undefined;
  if (op === 'remove') {
    if (index !== undefined) parent.splice(index, 1);
    else if (!(last in parent)) throw new Error(`patch remove ${path}: nothing there`);
    else delete parent[last];
  } else if (op === 'replace') {
    if (index === undefined && !(last in parent)) throw new Error(`patch replace ${path}: nothing there`);
    parent[index ?? last] = structuredClone(value);
  } else if (op === 'add') {
    if (index !== undefined) parent.splice(index, 0, structuredClone(value));
    else parent[last] = structuredClone(value);
  } else throw new Error(`patch operation ${op} is not supported`);
}

function setImage(manifests: Manifest[], image: { name: string; newName?: string; newTag?: string }): void {
  for (const m of manifests) {
    const spec = m.spec?.template?.spec;
    for (const container of [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])]) {
      const [name, tag] = String(container.image).split(':');
      if (name !== image.name) continue;
      container.image = `${image.newName ?? name}:${image.newTag ?? tag ?? 'latest'}`;
    }
  }
}

/** Every kustomization under infra/k8s that renders on its own: base, monitoring and each overlay. */
export function kustomizations(root: string): string[] {
  const overlays = join(root, 'overlays');
  return [
    join(root, 'base'),
    join(root, 'monitoring'),
    ...readdirSync(overlays)
      .map((name) => join(overlays, name))
      .filter((dir) => existsSync(join(dir, 'kustomization.yaml'))),
  ];
}
