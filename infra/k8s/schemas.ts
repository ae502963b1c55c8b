// Validates manifests against the Kubernetes API's JSON schemas (fabric8's kubernetes-model jars
// from Maven Central, schemas/pom.xml) and, for Strimzi's KafkaTopic, schemas/kafka-topic.schema.json.
// fabric8 leaves every object open and models IntOrString and Quantity as Java objects; here
// every object with declared properties is closed (a misspelt field is an error, as kubectl's
// strict field validation makes it) and those types are what the API accepts: integers or strings.
import Ajv, { type ValidateFunction } from 'ajv';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from './render';

const DIR = join(__dirname, 'schemas');
const CACHE = join(DIR, '.cache');

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON schemas are walked as plain JSON */
type Schema = any;

/** Unpacks the schemas from the jars (Maven downloads them once into ~/.m2). */
export function fetchSchemas(): void {
  if (existsSync(CACHE) && readdirSync(CACHE).length >= 7) return;
  // The plugin's markers would say "unpacked" for a cache that is gone: unpack afresh.
  rmSync(join(DIR, 'target'), { recursive: true, force: true });
  execFileSync('mvn', ['-q', '-B', '-f', join(DIR, 'pom.xml'), 'dependency:unpack-dependencies'], {
    stdio: 'inherit',
  });
}

const JAVA = /^(java|existingJava)/;
const OPEN = { anyOf: [{ type: 'integer' }, { type: 'string' }] };
const REPLACED: Array<[RegExp, Schema]> = [
  [/_IntOrString$/, OPEN],
  [/_Quantity$/, { anyOf: [{ type: 'number' }, { type: 'string' }] }],
  [/_(Time|MicroTime)$/, { type: 'string' }],
  [/_(RawExtension|JSON|JSONSchemaPropsOrBool|JSONSchemaPropsOrArray)$/, {}],
];

/** fabric8's draft-03 leftovers and Java hints out, objects closed, API value types in. */
function clean(schema: Schema): Schema {
  if (Array.isArray(schema)) return schema.map(clean);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (JAVA.test(key) || key === 'javaOmitEmpty') continue;
    if (key === 'required' && typeof value === 'boolean') continue;
    out[key] = key === 'properties' ? mapValues(value as object, clean) : clean(value);
  }
  if (out.properties && out.additionalProperties === true) out.additionalProperties = false;
  return out;
}

const mapValues = (o: object, f: (v: unknown) => unknown) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

export interface ManifestValidator {
  /** Problems of one manifest: its kind unknown, or where it breaks the schema. */
  problems(manifest: Manifest): string[];
}

export function manifestValidator(): ManifestValidator {
  fetchSchemas();
  const ajv = new Ajv({ strict: false, allErrors: true });
  const byKind = new Map<string, ValidateFunction>();
  for (const jar of readdirSync(CACHE)) {
    const raw = JSON.parse(readFileSync(join(CACHE, jar, 'schema', 'validation-schema.json'), 'utf8'));
    const definitions: Record<string, Schema> = {};
    for (const [name, definition] of Object.entries(raw.definitions as Record<string, Schema>)) {
      const replaced = REPLACED.find(([pattern]) => pattern.test(name));
      definitions[name] = replaced ? replaced[1] : clean(definition);
    }
    const id = `https://aftersales.example.com/k8s-schemas/${jar}.json`;
    ajv.addSchema({ $id: id, definitions });
    for (const [name, definition] of Object.entries(definitions)) {
      const apiVersion = definition.properties?.apiVersion?.default;
      const kind = definition.properties?.kind?.default;
      if (!apiVersion || !kind || kind.endsWith('List')) continue;
      const key = `${apiVersion}/${kind}`;
      if (byKind.has(key)) continue;
      byKind.set(key, ajv.compile({ $ref: `${id}#/definitions/${name}` }));
    }
  }
  byKind.set(
    'kafka.strimzi.io/v1beta2/KafkaTopic',
    ajv.compile(JSON.parse(readFileSync(join(DIR, 'kafka-topic.schema.json'), 'utf8'))),
  );
  return {
    problems(manifest) {
      const what = `${manifest.kind} ${manifest.metadata?.name}`;
      const validate = byKind.get(`${manifest.apiVersion}/${manifest.kind}`);
      if (!validate) return [`${what}: no schema for ${manifest.apiVersion} ${manifest.kind}`];
      if (!manifest.metadata?.name) return [`${what}: metadata.name is missing`];
      if (validate(manifest)) return [];
      return (validate.errors ?? []).map(
        (e) =>
          `${what}: ${e.instancePath || '/'} ${e.message}${e.keyword === 'additionalProperties' ? ` (${(e.params as { additionalProperty: string }).additionalProperty})` : ''}`,
      );
    },
  };
}
