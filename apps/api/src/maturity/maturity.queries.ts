import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  levelsCsv,
  MATURITY_PROCESS_IDS,
  MATURITY_READ_MODEL,
  maturityHeatmap,
  maturityModels,
  maturityTrend,
  teamMaturity,
  type HeatmapInput,
  type HeatmapRow as RowReading,
  type MaturityReadModel,
  type OrganisationView,
  type TeamMaturityInput,
  type TrendInput,
  type ViewInput,
  type CriterionResult,
} from '@norte/projections';
import { CLOCK, type Clock } from '../platform/clock';
import { ReadModels } from '../platform/read-models';
import type { UnitKindInput } from '../organisation/dto/organisation.inputs';
import type { ModelVersions } from './dto/maturity-model.types';
import { CriterionActualKind, type CriterionActual, type HeatmapRow, type MaturityCriterion, type MaturityHeatmap, type MaturityLevelsCsv, type MaturityTrend, type ProcessLevel, type TeamMaturity } from './dto/maturity.types';
import { definitionType } from './dto/model-mapping';

// Every maturity query: wait for minPosition, read the projection, say which position it reflects.
// "Today" (default as-of, the level cache's span) comes from the injected clock.

export class GetTeamMaturity extends Query<TeamMaturity> {
  constructor(readonly input: TeamMaturityInput, readonly minPosition?: bigint) {
    super();
  }
}
export class GetMaturityHeatmap extends Query<MaturityHeatmap> {
  constructor(readonly input: HeatmapInput, readonly minPosition?: bigint) {
    super();
  }
}
export class GetMaturityTrend extends Query<MaturityTrend> {
  constructor(readonly input: TrendInput, readonly minPosition?: bigint) {
    super();
  }
}
export class GetMaturityModels extends Query<ModelVersions> {
  constructor(readonly minPosition?: bigint) {
    super();
  }
}
export class GetMaturityLevelsCsv extends Query<MaturityLevelsCsv> {
  constructor(readonly input: ViewInput, readonly minPosition?: bigint) {
    super();
  }
}

abstract class MaturityHandler {
  constructor(protected readonly readModels: ReadModels, @Inject(CLOCK) protected readonly clock: Clock) {}

  /** The read model, "now" and the position, read together once minPosition is reached. */
  protected async read(minPosition: bigint | undefined) {
    await this.readModels.atLeast(minPosition);
    return {
      state: this.readModels.get<MaturityReadModel>(MATURITY_READ_MODEL),
      organisation: this.readModels.get<OrganisationView>('organisation'),
      now: this.clock.now().toISOString(),
      position: this.readModels.position,
    };
  }
}

const levels = (values: Readonly<Record<string, number | null>>): ProcessLevel[] =>
  MATURITY_PROCESS_IDS.map((process) => ({ process, level: values[process] }));

function row(reading: RowReading, organisation: OrganisationView): HeatmapRow {
  const means = Object.fromEntries(Object.entries(reading.processes).map(([p, mean]) => [p, mean.mean]));
  return {
    unitId: reading.unitId,
    name: reading.unitId === null ? organisation.name : (organisation.units[reading.unitId]?.name ?? null),
    kind: reading.unitId === null ? null : (reading.kind as UnitKindInput),
    teams: reading.teams,
    members: reading.members,
    levels: levels(means),
    programIndex: reading.programIndex,
  };
}

/** The engine's actual value, its union flattened into the fields GraphQL names. */
function actual(value: CriterionResult['actual']): CriterionActual {
  switch (value.kind) {
    case 'flag':
      return { kind: CriterionActualKind.FLAG, flag: value.value };
    case 'count':
      return { kind: CriterionActualKind.COUNT, value: value.value };
    case 'ratio':
      return { kind: CriterionActualKind.RATIO, numerator: value.numerator, denominator: value.denominator };
    case 'date':
      return { kind: CriterionActualKind.DATE, date: value.value };
    case 'score':
      return { kind: CriterionActualKind.SCORE, value: value.value, responses: value.responses, date: value.date };
    case 'withheld':
      return { kind: CriterionActualKind.WITHHELD, reason: value.reason, responses: value.responses, date: value.date };
    case 'none':
      return { kind: CriterionActualKind.NONE };
    case 'days':
      return { kind: CriterionActualKind.DAYS, value: value.value, since: value.since };
  }
}

const criterion = (c: CriterionResult): MaturityCriterion => ({ ...c, actual: actual(c.actual), threshold: { ...c.threshold } });

@QueryHandler(GetTeamMaturity)
export class GetTeamMaturityHandler extends MaturityHandler implements IQueryHandler<GetTeamMaturity, TeamMaturity> {
  async execute({ input, minPosition }: GetTeamMaturity): Promise<TeamMaturity> {
    const { state, now, position } = await this.read(minPosition);
    const reading = teamMaturity(state, input, now);
    const processes = MATURITY_PROCESS_IDS.map((process) => {
      const p = reading.processes[process];
      return {
        process,
        level: p.level,
        levels: p.levels.map((l) => ({ level: l.level, met: l.met, criteria: l.criteria.map(criterion) })),
        next: p.next === null ? null : { level: p.next.level, missing: p.next.missing.map(criterion) },
      };
    });
    return { ...reading, processes, position };
  }
}

@QueryHandler(GetMaturityHeatmap)
export class GetMaturityHeatmapHandler extends MaturityHandler implements IQueryHandler<GetMaturityHeatmap, MaturityHeatmap> {
  async execute({ input, minPosition }: GetMaturityHeatmap): Promise<MaturityHeatmap> {
    const { state, organisation, now, position } = await this.read(minPosition);
    const heatmap = maturityHeatmap(state, input, now);
    return { ...heatmap, unit: row(heatmap.unit, organisation), rows: heatmap.rows.map((r) => row(r, organisation)), position };
  }
}

@QueryHandler(GetMaturityTrend)
export class GetMaturityTrendHandler extends MaturityHandler implements IQueryHandler<GetMaturityTrend, MaturityTrend> {
  async execute({ input, minPosition }: GetMaturityTrend): Promise<MaturityTrend> {
    const { state, now, position } = await this.read(minPosition);
    const trend = maturityTrend(state, input, now);
    return { ...trend, points: trend.points.map((p) => ({ ...p, levels: levels(p.processes) })), position };
  }
}

@QueryHandler(GetMaturityModels)
export class GetMaturityModelsHandler extends MaturityHandler implements IQueryHandler<GetMaturityModels, ModelVersions> {
  async execute({ minPosition }: GetMaturityModels): Promise<ModelVersions> {
    const { state, position } = await this.read(minPosition);
    const versions = maturityModels(state).map((m) => ({
      ...m,
      publishedAt: m.publishedAt === null ? null : new Date(m.publishedAt),
      definition: definitionType(m.definition),
    }));
    return { versions, position };
  }
}

@QueryHandler(GetMaturityLevelsCsv)
export class GetMaturityLevelsCsvHandler extends MaturityHandler implements IQueryHandler<GetMaturityLevelsCsv, MaturityLevelsCsv> {
  async execute({ input, minPosition }: GetMaturityLevelsCsv): Promise<MaturityLevelsCsv> {
    const { state, organisation, now, position } = await this.read(minPosition);
    return { ...levelsCsv(state, input, now, position, (id) => organisation.units[id]?.name), position };
  }
}
