import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EventData, Json, RecordedEvent } from '../port';
import type { EventCodec } from '../spine/codec';
import type { KeyStore } from './key-store';

/** Which fields of an event type are personal data, and whose key protects them. */
export interface PersonalFields {
  /** Dot paths into the event data, e.g. `name` or `note`. */
  readonly fields: readonly string[];
  readonly keyId: (data: never) => string;
  /** Data subjects whose forgetting must delete the key (default: none besides the key itself). */
  readonly subjects?: (data: never) => readonly string[];
}
export type PersonalDataPolicy = Readonly<Record<string, PersonalFields>>;

/** What a reader gets for a personal field whose key was deleted (the subject was forgotten). */
export const FORGOTTEN = '[forgotten]';

const PREFIX = 'enc1:';

interface PiiMetadata {
  readonly keyId: string;
  readonly fields: readonly string[];
}

type Obj = Record<string, Json | undefined>;

/**
 * Replaces the field at a dot path of `data`, a copy the caller owns, by `f` of its value (absent
 * fields stay absent): objects along the path are copied before they change, so the event the
 * copy came from is never modified.
 */
function mapFieldInPlace(data: Obj, path: string, f: (value: Json | undefined) => Json): void {
  const dot = path.indexOf('.');
  if (dot < 0) {
    if (path in data) data[path] = f(data[path]);
    return;
  }
  const head = path.slice(0, dot);
  const value = data[head];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const copy = { ...(value as Obj) };
  data[head] = copy;
  mapFieldInPlace(copy, path.slice(dot + 1), f);
}

function encrypt(key: Buffer, aad: string, value: Json | undefined): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(JSON.stringify(value ?? null), 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function decrypt(key: Buffer | undefined, aad: string, value: Json | undefined): Json {
  if (typeof value !== 'string' || !value.startsWith(PREFIX)) return value ?? null;
  if (!key) return FORGOTTEN;
  const raw = Buffer.from(value.slice(PREFIX.length), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12)).setAAD(Buffer.from(aad));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as Json;
}

/**
 * Encrypts the personal fields of events (AES-256-GCM, a random IV per field, the event id and
 * field path as associated data) under their subject's key before they reach the store, and
 * decrypts them on the way out. Domain code and projections only ever see plaintext — or
 * FORGOTTEN once the key is gone. Ids, dates and organisational text stay in clear.
 */
export function encryptingCodec(inner: EventCodec, keys: KeyStore, policy: PersonalDataPolicy): EventCodec {
  return {
    encode(event, id, metadata) {
      const encoded = inner.encode(event, id, metadata);
      const personal = policy[event.type];
      if (!personal) return encoded;
      const keyId = personal.keyId(event.data as never);
      const key = keys.getOrCreate(keyId, personal.subjects?.(event.data as never) ?? []);
      const data = { ...(encoded.data as Obj) };
      for (const field of personal.fields) mapFieldInPlace(data, field, (v) => encrypt(key, `${id}|${field}`, v));
      const pii: PiiMetadata = { keyId, fields: personal.fields };
      return { ...encoded, data, metadata: { ...(encoded.metadata as Obj), pii } as unknown as Json } satisfies EventData;
    },
    decode(recorded) {
      const pii = (recorded.metadata as { pii?: PiiMetadata } | null)?.pii;
      if (!pii) return inner.decode(recorded);
      const key = keys.get(pii.keyId);
      const data = { ...(recorded.data as Obj) };
      for (const field of pii.fields) mapFieldInPlace(data, field, (v) => decrypt(key, `${recorded.id}|${field}`, v));
      return inner.decode({ ...recorded, data } satisfies RecordedEvent);
    },
  };
}
