/** AUD-4: data keys per subject, kept outside the log so that destroying them erases their data. */
export interface SubjectKey {
  readonly keyId: string;
  readonly key: Buffer;
}

export interface SubjectKeyStore {
  /** A key to encrypt the subject's data with, stored before it is returned. */
  keyFor(subjectId: string): Promise<SubjectKey>;
  /**
   * The keys these subjects still have; with `keyIds`, only those (a subject gets a key per
   * write, and a reader needs only the ones its fields name).
   */
  findKeys(
    subjectIds: readonly string[],
    keyIds?: readonly string[],
  ): Promise<Map<string, readonly SubjectKey[]>>;
  /**
   * Destroys every key of the subject: all their personal data reads as erased from then on.
   * The erasure itself is remembered (when, under a hash of the id, no personal data).
   */
  forget(subjectId: string): Promise<void>;
  /** When the subject was forgotten, if ever. */
  forgottenAt(subjectId: string): Promise<Date | undefined>;
}
