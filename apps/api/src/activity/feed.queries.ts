import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  DEFAULT_CONFIDENTIALITY_MINIMUM,
  feedPage,
  planFeed,
  refKey,
  refsToRead,
  type ActivityFeedState,
  type ActivityReading,
  type OrganisationView,
  type Reader,
} from '@norte/projections';
import { ReadModels } from '../platform/read-models';
import type { ActivityEntry, ActivityFeedPage } from './dto/feed.types';
import { EventLog } from './event-log';
import { pageSize, teamName, teamsBelow } from './scope';

export class GetActivityFeed extends Query<ActivityFeedPage> {
  constructor(
    readonly unitId: string,
    readonly reader: Reader,
    readonly first?: number | null,
    readonly before?: bigint | null,
    readonly minPosition?: bigint,
  ) {
    super();
  }
}

const EMPTY = {
  personIds: [], coachId: null, title: null, workshopKind: null, durationMinutes: null, processId: null, courseId: null, itemId: null,
  roadmapChange: null, dueDate: null, reason: null, evidence: null, surveyKind: null, score: null, responseCount: null,
  notEnoughResponses: null, channel: null, metric: null, value: null, meanScore: null, protocolCompliance: null,
  retractedEventId: null, retractedKind: null,
} as const;

function details(reading: ActivityReading): Omit<ActivityEntry, 'eventId' | 'position' | 'kind' | 'teamId' | 'teamName' | 'occurredAt' | 'recordedAt'> {
  const d = reading.details;
  switch (d.kind) {
    case 'workshop':
      return { ...EMPTY, personIds: d.attendeeIds, title: d.name, workshopKind: d.workshopKind };
    case 'coaching':
      return { ...EMPTY, personIds: d.coacheeIds, coachId: d.coachId, durationMinutes: d.durationMinutes, processId: d.focusProcessId };
    case 'training':
      return { ...EMPTY, personIds: [d.personId], courseId: d.courseId, title: d.courseTitle };
    case 'recognition':
      return { ...EMPTY, personIds: d.personId === null ? [] : [d.personId], reason: d.reason };
    case 'roadmap':
      return { ...EMPTY, itemId: d.itemId, roadmapChange: d.change, title: d.title, processId: d.processId, dueDate: d.dueDate, reason: d.reason, evidence: d.evidence };
    case 'survey':
      return { ...EMPTY, surveyKind: d.surveyKind, score: d.score, responseCount: d.responseCount, notEnoughResponses: d.notEnoughResponses };
    case 'csat':
      return { ...EMPTY, score: d.score, responseCount: d.responseCount, notEnoughResponses: d.notEnoughResponses };
    case 'mystery-shop':
      return { ...EMPTY, channel: d.channel, meanScore: d.meanScore, protocolCompliance: d.protocolCompliance };
    case 'kpi':
      return { ...EMPTY, channel: d.channel, metric: d.metric, value: d.value };
    case 'retraction':
      return { ...EMPTY, retractedEventId: d.retractedEventId, retractedKind: d.retractedKind, reason: d.reason };
  }
}

/**
 * The read model says which entries a page shows (taken at once, at the position it reflects); their
 * events — about first + 1 per page, and the plannings of roadmap items — are read from the log.
 */
@QueryHandler(GetActivityFeed)
export class GetActivityFeedHandler implements IQueryHandler<GetActivityFeed, ActivityFeedPage> {
  constructor(private readonly readModels: ReadModels, private readonly log: EventLog) {}

  async execute({ unitId, reader, first, before, minPosition }: GetActivityFeed): Promise<ActivityFeedPage> {
    await this.readModels.atLeast(minPosition);
    const position = this.readModels.position;
    const organisation = this.readModels.get<OrganisationView>('organisation');
    const teams = teamsBelow(organisation, unitId);
    const request = {
      first: pageSize(first),
      before: before === null || before === undefined ? null : before.toString(),
      reader,
      confidentialityMinimum: DEFAULT_CONFIDENTIALITY_MINIMUM,
    };
    const plan = planFeed(this.readModels.get<ActivityFeedState>('activity-feed'), teams, request);
    const events = await this.log.many(refsToRead(plan), position);
    const page = feedPage(plan, (ref) => events.get(refKey(ref)), request);
    const entries = page.entries.map((reading) => ({
      eventId: reading.eventId,
      position: BigInt(reading.position),
      kind: reading.details.kind,
      teamId: reading.teamId,
      teamName: teamName(organisation, reading.teamId),
      occurredAt: new Date(reading.occurredAt),
      recordedAt: new Date(reading.recordedAt),
      ...details(reading),
    }));
    return { unitId, position, entries, hasMore: page.hasMore };
  }
}
