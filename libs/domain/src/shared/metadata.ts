// Metadata every event carries (PRODUCT.md section 3); stamped by the command handler, never by decide.
/** Who asked for a command, and how; stamped on every event it produces. */
export interface Actor {
  readonly userId: string;
  readonly role: string;
}

export type CommandSource = 'ui' | 'api' | 'import';

export interface CommandMeta {
  /** Client-supplied idempotency key. */
  readonly commandId: string;
  readonly actor: Actor;
  readonly source: CommandSource;
  readonly correlationId: string;
  readonly causationId: string;
  /** Business time: when it happened (may be back-dated). */
  readonly occurredAt: string;
  /** System time: when Norte learnt it. */
  readonly recordedAt: string;
}

/** The metadata stored with each event. */
export interface EventMetadata extends CommandMeta {
  /** Fingerprint of the command's content, to tell a retry from a reused command id. */
  readonly commandHash: string;
  readonly schemaVersion: number;
  /** Global position of the read model a cross-stream rule was checked against, if any. */
  readonly checkedAtPosition?: string;
}
