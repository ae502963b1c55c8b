import { systemClock, type Clock } from '@aftersales/kernel';
import { randomBytes, randomUUID } from 'node:crypto';
import type { SubjectKey, SubjectKeyStore } from './subject-key-store';

export class InMemoryKeyStore implements SubjectKeyStore {
  private readonly keys = new Map<string, SubjectKey>();
  private readonly forgotten = new Map<string, Date>();

  constructor(private readonly clock: Clock = systemClock) {}

  async keyFor(subjectId: string): Promise<SubjectKey> {
    let key = this.keys.get(subjectId);
    if (!key) {
      key = { keyId: randomUUID(), key: randomBytes(32) };
      this.keys.set(subjectId, key);
    }
    return key;
  }

  async findKeys(
    subjectIds: readonly string[],
    keyIds?: readonly string[],
  ): Promise<Map<string, readonly SubjectKey[]>> {
    const found = new Map<string, readonly SubjectKey[]>();
    for (const id of subjectIds) {
      const key = this.keys.get(id);
      if (key && (!keyIds || keyIds.includes(key.keyId))) found.set(id, [key]);
    }
    return found;
  }

  async forget(subjectId: string): Promise<void> {
    this.keys.delete(subjectId);
    if (!this.forgotten.has(subjectId)) this.forgotten.set(subjectId, this.clock.now());
  }

  async forgottenAt(subjectId: string): Promise<Date | undefined> {
    return this.forgotten.get(subjectId);
  }
}
