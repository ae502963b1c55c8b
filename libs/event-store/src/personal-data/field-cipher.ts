import { createCipheriv, createDecipheriv } from 'node:crypto';
import { pooledRandomBytes } from '@aftersales/kernel';
import {
  ERASED,
  type PersonalDataSpec,
  type RecordedEvent,
  type StoredPersonalData,
} from '../event-store.port';
import type { SubjectKey, SubjectKeyStore } from './subject-key-store';

/** Each field sealed on its own (written before v2; still read). */
const V1 = 'enc:v1:';
/** The field's value is in the event's one seal, `metadata.personal.sealed`. */
const V2 = 'enc:v2:';

/**
 * AUD-4: seals the values of an event's personal paths together (AES-256-GCM, one seal per
 * event: a cipher set-up costs more than sealing a few short fields) and replaces each value by
 * `enc:v2:<keyId>`. The subject and the event id are authenticated data, so the seal cannot be
 * moved to another event or subject.
 */
export function sealPersonalFields(
  data: unknown,
  spec: PersonalDataSpec,
  key: SubjectKey,
  eventId: string,
): { data: unknown; personal: StoredPersonalData } {
  if (!data || typeof data !== 'object') return { data, personal: spec };
  // Copies only the objects on the way to a personal field; the caller's data stays untouched.
  const copied = new Set<unknown>();
  const copy = (value: Obj): Obj => {
    const twin = (Array.isArray(value) ? value.slice() : { ...value }) as Obj;
    copied.add(twin);
    return twin;
  };
  const root = copy(data as Obj);
  const values: Obj = {};
  let found = false;
  for (const path of spec.paths) {
    const parts = path.split('.');
    const leaf = parts.pop()!;
    let parent: Obj | undefined = root;
    for (const part of parts) {
      const child: unknown = parent[part];
      if (!child || typeof child !== 'object') {
        parent = undefined;
        break;
      }
      parent = parent[part] = copied.has(child) ? (child as Obj) : copy(child as Obj);
    }
    if (!parent || !(leaf in parent)) continue;
    values[path] = parent[leaf] ?? null;
    parent[leaf] = `${V2}${key.keyId}`;
    found = true;
  }
  if (!found) return { data, personal: spec };
  const iv = pooledRandomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(Buffer.from(`${spec.subjectId}|${eventId}`));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
  const text = Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
  return { data: root, personal: { ...spec, sealed: `${key.keyId}:${text}` } };
}

/** Decrypts in place; without the key a field names (forgotten) the field reads as ERASED. */
export function decryptFields(
  data: unknown,
  spec: StoredPersonalData,
  keys: readonly SubjectKey[] | undefined,
  eventId: string,
): void {
  let opened: Obj | undefined;
  if (spec.sealed) {
    const colon = spec.sealed.indexOf(':');
    const key = keys?.find((k) => k.keyId === spec.sealed!.slice(0, colon));
    if (key) opened = open(key, spec.sealed.slice(colon + 1), `${spec.subjectId}|${eventId}`) as Obj;
  }
  for (const path of spec.paths) {
    const { parent, leaf } = locate(data, path);
    const value = parent?.[leaf];
    if (!parent || typeof value !== 'string') continue;
    if (value.startsWith(V2)) {
      parent[leaf] = opened && Object.hasOwn(opened, path) ? opened[path] : ERASED;
      continue;
    }
    if (!value.startsWith(V1)) continue;
    const colon = value.indexOf(':', V1.length);
    const keyId = value.slice(V1.length, colon);
    const key = keys?.find((k) => k.keyId === keyId);
    if (!key) {
      parent[leaf] = ERASED;
      continue;
    }
    parent[leaf] = open(key, value.slice(colon + 1), `${spec.subjectId}|${path}`);
  }
}

/** Opens `<base64 iv|tag|ciphertext>` of a JSON value; throws when it was altered or moved. */
function open(key: SubjectKey, text: string, aad: string): unknown {
  const raw = Buffer.from(text, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key.key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(raw.subarray(12, 28));
  const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
}

/**
 * Decrypts the personal fields of a page of events with one lookup of exactly the keys they name;
 * without keys they read as erased.
 */
export async function revealPersonalData(
  events: readonly RecordedEvent[],
  keys: SubjectKeyStore | undefined,
): Promise<void> {
  const personal = events.filter((e) => e.metadata.personal);
  if (personal.length === 0) return;
  let found = new Map<string, readonly SubjectKey[]>();
  if (keys) {
    const subjects = new Set<string>();
    const keyIds = new Set<string>();
    for (const event of personal) {
      const spec: StoredPersonalData = event.metadata.personal!;
      subjects.add(spec.subjectId);
      const sealedWith = spec.sealed?.slice(0, spec.sealed.indexOf(':'));
      if (sealedWith && KEY_ID.test(sealedWith)) keyIds.add(sealedWith);
      for (const path of spec.paths) {
        const keyId = keyIdOf(event.data, path);
        if (keyId) keyIds.add(keyId);
      }
    }
    if (keyIds.size > 0) found = await keys.findKeys([...subjects], [...keyIds]);
  }
  for (const event of personal) {
    const spec = event.metadata.personal!;
    decryptFields(event.data, spec, found.get(spec.subjectId), event.metadata.eventId);
  }
}

/** The key id a field sealed on its own names (`enc:v1:<keyId>:…`), if it is one. */
function keyIdOf(data: unknown, path: string): string | undefined {
  const { parent, leaf } = locate(data, path);
  const value = parent?.[leaf];
  if (typeof value !== 'string' || !value.startsWith(V1)) return undefined;
  const keyId = value.slice(V1.length, value.indexOf(':', V1.length));
  return KEY_ID.test(keyId) ? keyId : undefined; // anything else names no key: it reads as erased
}

const KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Obj = Record<string, unknown>;

function locate(root: unknown, path: string): { parent: Obj | undefined; leaf: string } {
  const parts = path.split('.');
  const leaf = parts.pop()!;
  let node: unknown = root;
  for (const part of parts) {
    node = node && typeof node === 'object' ? (node as Obj)[part] : undefined;
  }
  return { parent: node && typeof node === 'object' ? (node as Obj) : undefined, leaf };
}

/** Encrypts the personal fields of events about to be appended, one key per subject. */
export async function concealPersonalData<
  E extends { eventId: string; data: unknown; personal?: StoredPersonalData },
>(events: readonly E[], keyFor: (subjectId: string) => SubjectKey | Promise<SubjectKey>): Promise<E[]> {
  const subjects = new Map<string, SubjectKey>();
  const out: E[] = [];
  for (const event of events) {
    const spec = event.personal;
    if (!spec || spec.paths.length === 0) {
      out.push(event);
      continue;
    }
    let key = subjects.get(spec.subjectId);
    if (!key) subjects.set(spec.subjectId, (key = await keyFor(spec.subjectId)));
    out.push({ ...event, ...sealPersonalFields(event.data, spec, key, event.eventId) });
  }
  return out;
}
