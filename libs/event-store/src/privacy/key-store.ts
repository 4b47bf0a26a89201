/**
 * Per-subject data keys (AES-256). Keys never go into the event log: forgetting a person deletes
 * their key here, and every copy of their personal data in the log becomes unreadable.
 */
export interface KeyStore {
  /**
   * The key, created (durably) on first use, linked to the data subjects whose forgetting must
   * delete it (a person's own key; a coaching note's key is linked to every coachee and the coach).
   */
  getOrCreate(keyId: string, subjects?: readonly string[]): Buffer;
  /** The subject's key, or undefined if it never existed or was deleted. */
  get(keyId: string): Buffer | undefined;
  /** Deletes the key for good (crypto-shredding). Returns whether a key existed. */
  delete(keyId: string): boolean;
  /** Forgets a data subject: deletes every key linked to them. Returns the deleted key ids. */
  forgetSubject(subject: string): readonly string[];
  close(): void;
}

export const KEY_STORE = Symbol('KeyStore');
