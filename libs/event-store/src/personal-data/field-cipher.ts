import { createCipheriv, createDecipheriv } from 'node:crypto';
import { pooledRandomBytes } from '@aftersales/kernel';
import { ERASED, type PersonalDataSpec, type RecordedEvent } from '../event-store.port';
import type { SubjectKey, SubjectKeyStore } from './subject-key-store';

const PREFIX = 'enc:v1:';

/**
 * AUD-4: replaces each personal path's value by `enc:v1:<keyId>:<base64 iv|tag|ciphertext>`
 * (AES-256-GCM). The subject and path are authenticated data, so a ciphertext cannot be moved
 * to another field or subject.
 */
export function encryptFields(data: unknown, spec: PersonalDataSpec, key: SubjectKey): unknown {
  if (!data || typeof data !== 'object') return data;
  // Copies only the objects on the way to a personal field; the caller's data stays untouched.
  const copied = new Set<unknown>();
  const copy = (value: Obj): Obj => {
    const twin = (Array.isArray(value) ? value.slice() : { ...value }) as Obj;
    copied.add(twin);
    return twin;
  };
  const root = copy(data as Obj);
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
    const iv = pooledRandomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key.key, iv);
    cipher.setAAD(Buffer.from(`${spec.subjectId}|${path}`));
    const plain = Buffer.from(JSON.stringify(parent[leaf] ?? null));
    const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
    parent[leaf] =
      `${PREFIX}${key.keyId}:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')}`;
  }
  return root;
}

/** Decrypts in place; without the key a field names (forgotten) the field reads as ERASED. */
export function decryptFields(
  data: unknown,
  spec: PersonalDataSpec,
  keys: readonly SubjectKey[] | undefined,
): void {
  for (const path of spec.paths) {
    const { parent, leaf } = locate(data, path);
    const value = parent?.[leaf];
    if (!parent || typeof value !== 'string' || !value.startsWith(PREFIX)) continue;
    const colon = value.indexOf(':', PREFIX.length);
    const keyId = value.slice(PREFIX.length, colon);
    const key = keys?.find((k) => k.keyId === keyId);
    if (!key) {
      parent[leaf] = ERASED;
      continue;
    }
    const raw = Buffer.from(value.slice(colon + 1), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(`${spec.subjectId}|${path}`));
    decipher.setAuthTag(raw.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
    parent[leaf] = JSON.parse(plain.toString('utf8'));
  }
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
      const spec = event.metadata.personal!;
      subjects.add(spec.subjectId);
      for (const path of spec.paths) {
        const keyId = keyIdOf(event.data, path);
        if (keyId) keyIds.add(keyId);
      }
    }
    if (keyIds.size > 0) found = await keys.findKeys([...subjects], [...keyIds]);
  }
  for (const event of personal) {
    const spec = event.metadata.personal!;
    decryptFields(event.data, spec, found.get(spec.subjectId));
  }
}

/** The key id an encrypted field names (`enc:v1:<keyId>:…`), if the field is encrypted. */
function keyIdOf(data: unknown, path: string): string | undefined {
  const { parent, leaf } = locate(data, path);
  const value = parent?.[leaf];
  if (typeof value !== 'string' || !value.startsWith(PREFIX)) return undefined;
  const keyId = value.slice(PREFIX.length, value.indexOf(':', PREFIX.length));
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
export async function concealPersonalData<E extends { data: unknown; personal?: PersonalDataSpec }>(
  events: readonly E[],
  keyFor: (subjectId: string) => SubjectKey | Promise<SubjectKey>,
): Promise<E[]> {
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
    out.push({ ...event, data: encryptFields(event.data, spec, key) });
  }
  return out;
}
