import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@norte/domain';
import type { ReaderRole, Resolution, Structure } from '@norte/projections';
import { CurrentActor } from '../platform/actor';
import { Commands } from '../platform/commands';
import { CommandResultType } from '../platform/common.types';
import { ModelVersions, PublishMaturityModelInput } from './dto/maturity-model.types';
import { MaturityHeatmap, MaturityLevelsCsv, MaturityTrend, ResolutionEnum, StructureEnum, TeamMaturity } from './dto/maturity.types';
import { definitionFromInput } from './dto/model-mapping';
import { AsOfArg, KnownAtArg, MinPositionArg, ModelVersionArg, RoleArg, UnitIdArg } from './maturity.args';
import { GetMaturityHeatmap, GetMaturityLevelsCsv, GetMaturityModels, GetMaturityTrend, GetTeamMaturity } from './maturity.queries';

type Position = bigint | null;

@Resolver()
export class MaturityResolver {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: Commands,
  ) {}

  @Query(() => TeamMaturity, { description: 'A team’s level per process with every criterion explained, its program index and active members.' })
  teamMaturity(
    @Args('teamId', { type: () => ID }) teamId: string,
    @AsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: string | null,
    @ModelVersionArg() modelVersion: number | null,
    @RoleArg() role: ReaderRole,
    @MinPositionArg() minPosition: Position,
  ) {
    return this.queries.execute(new GetTeamMaturity({ teamId, asOf, knownAt, modelVersion, role }, minPosition ?? undefined));
  }

  @Query(() => MaturityHeatmap, { description: 'One query for a heatmap: the unit’s children (divisions or teams) × 7 processes, and the unit’s own roll-up. Drill down by passing a row’s unitId.' })
  maturityHeatmap(
    @UnitIdArg('A division or team; null for the organisation (its rows are the top-level divisions).') unitId: string | null,
    @AsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: string | null,
    @Args('structure', { type: () => StructureEnum, nullable: true, defaultValue: 'as-organised' }) structure: Structure,
    @ModelVersionArg() modelVersion: number | null,
    @RoleArg() role: ReaderRole,
    @MinPositionArg() minPosition: Position,
  ) {
    return this.queries.execute(new GetMaturityHeatmap({ unitId: unitId ?? null, asOf, knownAt, structure, modelVersion, role }, minPosition ?? undefined));
  }

  @Query(() => MaturityTrend, { description: 'Levels per process and program index from … to, one point per period, for a team (teamId) or a unit (unitId; neither: the organisation).' })
  maturityTrend(
    @Args('teamId', { type: () => ID, nullable: true }) teamId: string | null,
    @UnitIdArg('A division; ignored when teamId is given; null with no teamId: the organisation.') unitId: string | null,
    @Args('from', { description: 'YYYY-MM-DD' }) from: string,
    @Args('to', { description: 'YYYY-MM-DD' }) to: string,
    @Args('resolution', { type: () => ResolutionEnum }) resolution: Resolution,
    @KnownAtArg() knownAt: string | null,
    @ModelVersionArg() modelVersion: number | null,
    @Args('structure', { type: () => StructureEnum, nullable: true, defaultValue: 'as-organised', description: 'For a unit: the tree at each point’s date, or today’s.' }) structure: Structure,
    @RoleArg() _role: ReaderRole,
    @MinPositionArg() minPosition: Position,
  ) {
    return this.queries.execute(new GetMaturityTrend({ teamId, unitId, from, to, resolution, knownAt, modelVersion, structure }, minPosition ?? undefined));
  }

  @Query(() => ModelVersions, { description: 'Every maturity model version with its thresholds, windows and targets.' })
  maturityModels(@MinPositionArg() minPosition: Position) {
    return this.queries.execute(new GetMaturityModels(minPosition ?? undefined));
  }

  @Query(() => MaturityLevelsCsv, { description: 'All teams (in the tree of asOf) × 7 levels as CSV, each row stamped with the date, model version and position. Also GET /export/levels.csv?asOf=…' })
  maturityLevelsCsv(
    @AsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: string | null,
    @ModelVersionArg() modelVersion: number | null,
    @RoleArg() _role: ReaderRole,
    @MinPositionArg() minPosition: Position,
  ) {
    return this.queries.execute(new GetMaturityLevelsCsv({ asOf, knownAt, modelVersion }, minPosition ?? undefined));
  }

  @Mutation(() => CommandResultType, { description: 'Publishes a maturity model version; every read model then answers for it too (pass modelVersion). The result id is the version.' })
  async publishMaturityModel(@Args('input') input: PublishMaturityModelInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.send({ type: 'PublishMaturityModel', data: definitionFromInput(input), occurredAt: input.occurredAt }, { commandId: input.commandId, actor });
    return CommandResultType.of(result, String(input.version));
  }
}
