/**
 * Per-subject data keys (AES-256). Keys never go into the event log: forgetting a person deletes
 * their key here, and every copy of their personal data in the log becomes unreadable.
 */
export interface KeyStore {
  /** The subject's key, created (durably) on first use. */
  getOrCreate(keyId: string): Buffer;
  /** The subject's key, or undefined if it never existed or was deleted. */
  get(keyId: string): Buffer | undefined;
  /** Deletes the key for good (crypto-shredding). Returns whether a key existed. */
  delete(keyId: string): boolean;
  close(): void;
}

export const KEY_STORE = Symbol('KeyStore');
