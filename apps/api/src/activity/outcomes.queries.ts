import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  DEFAULT_CONFIDENTIALITY_MINIMUM,
  teamOutcomes,
  unitOutcomes,
  type KpiPoint as KpiReading,
  type KpiSummary as KpiSummaryReading,
  type MysteryShopPoint as MysteryShopReading,
  type OrganisationView,
  type OutcomesState,
  type Reader,
  type ScorePoint as ScoreReading,
} from '@norte/projections';
import { ReadModels } from '../platform/read-models';
import type { KpiPoint, KpiSummary, MysteryShopPoint, ScorePoint, TeamOutcomes, UnitOutcomes } from './dto/outcomes.types';
import { requireTeam, teamName, teamsBelow } from './scope';

export class GetTeamOutcomes extends Query<TeamOutcomes> {
  constructor(readonly teamId: string, readonly reader: Reader, readonly minPosition?: bigint) {
    super();
  }
}

export class GetUnitOutcomes extends Query<UnitOutcomes> {
  constructor(readonly unitId: string, readonly reader: Reader, readonly minPosition?: bigint) {
    super();
  }
}

const stamped = <T extends { occurredAt: string; position: string }>(p: T) => ({ ...p, occurredAt: new Date(p.occurredAt), position: BigInt(p.position) });
const score = (p: ScoreReading | null): ScorePoint | null => p && stamped(p);
const shop = (p: MysteryShopReading): MysteryShopPoint => ({ ...stamped(p), scores: { ...p.scores }, protocol: { ...p.protocol } });
const kpi = (p: KpiReading): KpiPoint => stamped(p);
const kpis = (s: KpiSummaryReading | null): KpiSummary | null => s && { ...s, measurements: s.measurements.map(kpi) };

// The default model's minimum until the maturity model's settings are readable here.
const MINIMUM = DEFAULT_CONFIDENTIALITY_MINIMUM;

@QueryHandler(GetTeamOutcomes)
export class GetTeamOutcomesHandler implements IQueryHandler<GetTeamOutcomes, TeamOutcomes> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ teamId, reader, minPosition }: GetTeamOutcomes): Promise<TeamOutcomes> {
    await this.readModels.atLeast(minPosition);
    const name = requireTeam(this.readModels.get<OrganisationView>('organisation'), teamId);
    const o = teamOutcomes(this.readModels.get<OutcomesState>('outcomes'), teamId, { reader, confidentialityMinimum: MINIMUM });
    const series = (s: typeof o.climate) => ({ latest: score(s.latest), history: s.history.map(stamped) });
    return {
      teamId,
      teamName: name,
      position: this.readModels.position,
      confidentialityMinimum: MINIMUM,
      climate: series(o.climate),
      internalService: series(o.internalService),
      csat: series(o.csat),
      mysteryShop: { latest: o.mysteryShop.latest, history: o.mysteryShop.history.map(shop) },
      kpis: { latest: kpis(o.kpis.latest), history: o.kpis.history.map(kpi) },
    };
  }
}

@QueryHandler(GetUnitOutcomes)
export class GetUnitOutcomesHandler implements IQueryHandler<GetUnitOutcomes, UnitOutcomes> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ unitId, reader, minPosition }: GetUnitOutcomes): Promise<UnitOutcomes> {
    await this.readModels.atLeast(minPosition);
    const organisation = this.readModels.get<OrganisationView>('organisation');
    const teams = teamsBelow(organisation, unitId);
    const o = unitOutcomes(this.readModels.get<OutcomesState>('outcomes'), teams, { reader, confidentialityMinimum: MINIMUM });
    return {
      ...o,
      unitId,
      position: this.readModels.position,
      confidentialityMinimum: MINIMUM,
      history: [...o.history],
      teams: o.teams.map((t) => ({
        ...t,
        teamName: teamName(organisation, t.teamId),
        climate: score(t.climate),
        internalService: score(t.internalService),
        csat: score(t.csat),
        kpis: kpis(t.kpis),
      })),
    };
  }
}
