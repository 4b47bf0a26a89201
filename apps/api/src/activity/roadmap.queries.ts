import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  roadmapAttention,
  teamRoadmap,
  type OrganisationView,
  type RoadmapItemReading,
  type RoadmapState,
} from '@norte/projections';
import { CLOCK, type Clock } from '../platform/clock';
import { ReadModels } from '../platform/read-models';
import type { RoadmapAttention, RoadmapItem, TeamRoadmap } from './dto/roadmap.types';
import { requireTeam, teamName, teamsBelow, todayFor } from './scope';

export class GetTeamRoadmap extends Query<TeamRoadmap> {
  constructor(readonly teamId: string, readonly today?: string | null, readonly minPosition?: bigint) {
    super();
  }
}

export class GetRoadmapAttention extends Query<RoadmapAttention> {
  constructor(readonly unitId: string, readonly today?: string | null, readonly minPosition?: bigint) {
    super();
  }
}

function item(organisation: OrganisationView, reading: RoadmapItemReading): RoadmapItem {
  return {
    ...reading,
    teamName: teamName(organisation, reading.teamId),
    processId: reading.processId as RoadmapItem['processId'],
    plannedAt: new Date(reading.plannedAt),
    updatedAt: new Date(reading.updatedAt),
    history: reading.history.map((h) => ({ ...h, occurredAt: new Date(h.occurredAt), recordedAt: new Date(h.recordedAt), position: BigInt(h.position) })),
  };
}

@QueryHandler(GetTeamRoadmap)
export class GetTeamRoadmapHandler implements IQueryHandler<GetTeamRoadmap, TeamRoadmap> {
  constructor(private readonly readModels: ReadModels, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ teamId, today, minPosition }: GetTeamRoadmap): Promise<TeamRoadmap> {
    await this.readModels.atLeast(minPosition);
    const organisation = this.readModels.get<OrganisationView>('organisation');
    const name = requireTeam(organisation, teamId);
    const date = todayFor(organisation, this.clock, today);
    const items = teamRoadmap(this.readModels.get<RoadmapState>('roadmap'), teamId, date);
    return { teamId, teamName: name, today: date, position: this.readModels.position, items: items.map((i) => item(organisation, i)) };
  }
}

@QueryHandler(GetRoadmapAttention)
export class GetRoadmapAttentionHandler implements IQueryHandler<GetRoadmapAttention, RoadmapAttention> {
  constructor(private readonly readModels: ReadModels, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ unitId, today, minPosition }: GetRoadmapAttention): Promise<RoadmapAttention> {
    await this.readModels.atLeast(minPosition);
    const organisation = this.readModels.get<OrganisationView>('organisation');
    const teams = teamsBelow(organisation, unitId);
    const date = todayFor(organisation, this.clock, today);
    const items = roadmapAttention(this.readModels.get<RoadmapState>('roadmap'), teams, date);
    return { unitId, today: date, position: this.readModels.position, items: items.map((i) => item(organisation, i)) };
  }
}
