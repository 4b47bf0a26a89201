import { PERSONAL_DATA } from '@norte/domain';
import type { KeyStore } from '@norte/event-store';

type Rule = { keyId(data: unknown): string; subjects(data: unknown): readonly string[] };
type Transactional = { readonly db?: { transaction?(fn: () => void): () => void } };

/**
 * A bulk import's view of a key store. The codec asks for a key (with its subjects) on every
 * personal event, and SqliteKeyStore answers each request with a durable transaction: one fsync per
 * new person or coaching session, plus a no-op link transaction per event. This remembers the keys
 * and links already made, and `prepare` creates a chunk's new keys inside ONE transaction of the
 * SqliteKeyStore (its getOrCreate nests as a savepoint), before the chunk is encoded and appended.
 * The keys and links stored are exactly those the codec would have made, key by key.
 */
export class BulkKeys implements KeyStore {
  private readonly linked = new Map<string, { readonly key: Buffer; readonly subjects: Set<string> }>();

  constructor(private readonly inner: KeyStore) {}

  /** Creates (durably) the keys these events' personal fields need. */
  prepare(events: readonly { readonly type: string; readonly data: unknown }[]): void {
    const create = () => {
      for (const event of events) {
        const rule = (PERSONAL_DATA as Record<string, Rule | undefined>)[event.type];
        if (rule) this.getOrCreate(rule.keyId(event.data), rule.subjects(event.data));
      }
    };
    // SqliteKeyStore keeps its connection private; without one, keys are made one by one.
    const db = (this.inner as unknown as Transactional).db;
    if (typeof db?.transaction === 'function') db.transaction(create)();
    else create();
  }

  getOrCreate(keyId: string, subjects: readonly string[] = []): Buffer {
    const known = this.linked.get(keyId);
    if (known && subjects.every((s) => known.subjects.has(s))) return known.key;
    const key = this.inner.getOrCreate(keyId, subjects);
    const linked = known?.subjects ?? new Set<string>();
    for (const s of subjects) linked.add(s);
    this.linked.set(keyId, { key, subjects: linked });
    return key;
  }

  get(keyId: string): Buffer | undefined {
    return this.linked.get(keyId)?.key ?? this.inner.get(keyId);
  }

  delete(keyId: string): boolean {
    this.linked.delete(keyId);
    return this.inner.delete(keyId);
  }

  forgetSubject(subject: string): readonly string[] {
    const deleted = this.inner.forgetSubject(subject);
    for (const keyId of deleted) this.linked.delete(keyId);
    return deleted;
  }

  close(): void {
    this.inner.close();
  }
}
