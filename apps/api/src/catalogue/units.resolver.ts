import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@norte/domain';
import { CurrentActor } from '../platform/actor';
import { Commands } from '../platform/commands';
import { CommandResultType } from '../platform/common.types';
import { ArchiveUnitInput, MoveUnitInput, RenameUnitInput } from './dto/units.inputs';

/** Corrections to the unit tree: units are renamed, moved and archived, never retracted. */
@Resolver()
export class UnitsResolver {
  constructor(private readonly commands: Commands) {}

  @Mutation(() => CommandResultType)
  async renameUnit(@Args('input') { commandId, occurredAt, unitId, name }: RenameUnitInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.send({ type: 'RenameUnit', data: { unitId, name }, occurredAt }, { commandId, actor });
    return CommandResultType.of(result, unitId);
  }

  @Mutation(() => CommandResultType, { description: 'Moves a unit under another division (or a division to the top); never under its own descendants.' })
  async moveUnit(@Args('input') { commandId, occurredAt, unitId, parentId }: MoveUnitInput, @CurrentActor() actor: Actor) {
    const data = { unitId, parentId: parentId ?? null };
    return CommandResultType.of(await this.commands.send({ type: 'MoveUnit', data, occurredAt }, { commandId, actor }), unitId);
  }

  @Mutation(() => CommandResultType)
  async archiveUnit(@Args('input') { commandId, occurredAt, unitId }: ArchiveUnitInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.send({ type: 'ArchiveUnit', data: { unitId }, occurredAt }, { commandId, actor });
    return CommandResultType.of(result, unitId);
  }
}
