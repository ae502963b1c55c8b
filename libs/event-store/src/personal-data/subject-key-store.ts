/** AUD-4: one data key per subject, kept outside the log so that destroying it erases their data. */
export interface SubjectKey {
  readonly keyId: string;
  readonly key: Buffer;
}

export interface SubjectKeyStore {
  /** The subject's key, created on first use. */
  keyFor(subjectId: string): Promise<SubjectKey>;
  /** Keys of those subjects that still have one. */
  findKeys(subjectIds: readonly string[]): Promise<Map<string, SubjectKey>>;
  forget(subjectId: string): Promise<void>;
}
