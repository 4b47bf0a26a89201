import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  auditEntry,
  personRefs,
  DEFAULT_CONFIDENTIALITY_MINIMUM,
  type AuditTrailState,
  type DecodedEvent,
  type Reader,
} from '@norte/projections';
import { ReadModels } from '../platform/read-models';
import type { AuditEntry, AuditTrailPage } from './dto/audit.types';
import { EventLog } from './event-log';
import { badInput, pageSize } from './scope';

const STREAM_ID = /^(organisation|user|person|team)-[A-Za-z0-9_-]{1,64}$/;

export class GetStreamAuditTrail extends Query<AuditTrailPage> {
  constructor(
    readonly streamId: string,
    readonly reader: Reader,
    readonly afterRevision?: bigint | null,
    readonly first?: number | null,
    readonly minPosition?: bigint,
  ) {
    super();
  }
}

export class GetPersonAuditTrail extends Query<AuditTrailPage> {
  constructor(
    readonly personId: string,
    readonly reader: Reader,
    readonly afterPosition?: bigint | null,
    readonly first?: number | null,
    readonly minPosition?: bigint,
  ) {
    super();
  }
}

/** Links are read as of `upTo`, the position the page reflects, though the read model may have moved on meanwhile. */
function entry(state: AuditTrailState, event: DecodedEvent, reader: Reader, upTo: bigint): AuditEntry {
  const e = auditEntry(state, event, reader, DEFAULT_CONFIDENTIALITY_MINIMUM, upTo.toString());
  return {
    ...e,
    revision: BigInt(e.revision),
    position: BigInt(e.position),
    occurredAt: new Date(e.occurredAt),
    recordedAt: new Date(e.recordedAt),
    checkedAtPosition: e.checkedAtPosition === null ? null : BigInt(e.checkedAtPosition),
    data: JSON.stringify(e.data),
  };
}

/** Every event of one stream, oldest first, read from the log; retraction links from the audit-trail read model. */
@QueryHandler(GetStreamAuditTrail)
export class GetStreamAuditTrailHandler implements IQueryHandler<GetStreamAuditTrail, AuditTrailPage> {
  constructor(private readonly readModels: ReadModels, private readonly log: EventLog) {}

  async execute({ streamId, reader, afterRevision, first, minPosition }: GetStreamAuditTrail): Promise<AuditTrailPage> {
    if (!STREAM_ID.test(streamId)) throw badInput('streamId', `streamId must be <organisation|user|person|team>-<id>, got '${streamId}'`);
    const size = pageSize(first);
    await this.readModels.atLeast(minPosition);
    const position = this.readModels.position;
    const fromRevision = afterRevision === null || afterRevision === undefined ? 0n : afterRevision + 1n;
    const events = await this.log.read(streamId, position, { fromRevision, maxCount: size + 1 });
    const state = this.readModels.get<AuditTrailState>('audit-trail');
    return { position, entries: events.slice(0, size).map((e) => entry(state, e, reader, position)), hasMore: events.length > size };
  }
}

/**
 * A person's trail: their own stream and every team fact naming them (attendance, coaching, recognition,
 * roadmap ownership) with the retractions of those, in global order.
 */
@QueryHandler(GetPersonAuditTrail)
export class GetPersonAuditTrailHandler implements IQueryHandler<GetPersonAuditTrail, AuditTrailPage> {
  constructor(private readonly readModels: ReadModels, private readonly log: EventLog) {}

  async execute({ personId, reader, afterPosition, first, minPosition }: GetPersonAuditTrail): Promise<AuditTrailPage> {
    if (!STREAM_ID.test(`person-${personId}`)) throw badInput('personId', `Not a person id: '${personId}'`);
    const size = pageSize(first);
    await this.readModels.atLeast(minPosition);
    const position = this.readModels.position;
    const after = afterPosition ?? null;
    // Read before any await: the runner keeps updating the read model meanwhile.
    const refs = personRefs(this.readModels.get<AuditTrailState>('audit-trail'), personId, after, position);
    const own = await this.log.read(`person-${personId}`, position);
    const candidates = [
      ...own.filter((event) => after === null || event.position > after).map((event) => ({ position: event.position, load: async () => event })),
      ...refs.map((ref) => ({ position: ref.position, load: () => this.log.one(ref.streamId, ref.revision, position) })),
    ].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
    const events = await Promise.all(candidates.slice(0, size).map((c) => c.load()));
    const state = this.readModels.get<AuditTrailState>('audit-trail');
    const entries = events.filter((e): e is DecodedEvent => e !== null).map((e) => entry(state, e, reader, position));
    return { position, entries, hasMore: candidates.length > size };
  }
}
