import { Args, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { Actor, OrganisationCommand } from '@norte/domain';
import { CurrentActor } from '../platform/actor';
import { Commands } from '../platform/commands';
import { CommandResultType } from '../platform/common.types';
import { PositionScalar } from '../platform/scalars';
import { CreateUnitInput, RegisterOrganisationInput, SetStatementInput } from './dto/organisation.inputs';
import { Organisation, OrganisationChange } from './dto/organisation.types';
import { OrganisationChanges } from './organisation.changes';
import { GetOrganisation } from './organisation.queries';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
    private readonly changes: OrganisationChanges,
  ) {}

  private send(command: { type: OrganisationCommand['type']; data: OrganisationCommand['data']; occurredAt?: Date }, commandId: string, actor: Actor) {
    return this.commands.send(command as Parameters<Commands['send']>[0], { commandId, actor });
  }

  @Query(() => Organisation, { nullable: true, description: 'The organisation, or null before it is registered. Waits briefly until the read models reach minPosition.' })
  organisation(@Args('minPosition', { type: () => PositionScalar, nullable: true }) minPosition?: bigint) {
    return this.queries.execute(new GetOrganisation(minPosition ?? undefined));
  }

  @Mutation(() => CommandResultType)
  async registerOrganisation(@Args('input') input: RegisterOrganisationInput, @CurrentActor() actor: Actor) {
    const { commandId, occurredAt, name, locale, timeZone } = input;
    return CommandResultType.of(await this.send({ type: 'RegisterOrganisation', data: { name, locale, timeZone }, occurredAt }, commandId, actor), 'org');
  }

  @Mutation(() => CommandResultType)
  async createUnit(@Args('input') input: CreateUnitInput, @CurrentActor() actor: Actor) {
    const unitId = input.unitId ?? this.commands.newId(input.commandId);
    const data = { unitId, name: input.name, kind: input.kind, parentId: input.parentId ?? null };
    return CommandResultType.of(await this.send({ type: 'CreateUnit', data, occurredAt: input.occurredAt }, input.commandId, actor), unitId);
  }

  @Mutation(() => CommandResultType)
  async setMission(@Args('input') { commandId, text, occurredAt }: SetStatementInput, @CurrentActor() actor: Actor) {
    return CommandResultType.of(await this.send({ type: 'SetMission', data: { text }, occurredAt }, commandId, actor), 'org');
  }

  @Mutation(() => CommandResultType)
  async setVision(@Args('input') { commandId, text, occurredAt }: SetStatementInput, @CurrentActor() actor: Actor) {
    return CommandResultType.of(await this.send({ type: 'SetVision', data: { text }, occurredAt }, commandId, actor), 'org');
  }

  @Subscription(() => OrganisationChange, { description: 'Emitted after the read models have applied a change to the organisation.' })
  organisationChanged() {
    return this.changes.stream();
  }
}
