import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@norte/domain';
import { CurrentActor } from '../platform/actor';
import { Commands } from '../platform/commands';
import { CommandResultType } from '../platform/common.types';
import { DefineCoreValueInput, DefineGuidingPrincipleInput, RecordParadigmShiftInput, RetireCoreValueInput } from './dto/true-north.inputs';

/** P1 true north at organisation level (mission and vision live in the organisation resolver). */
@Resolver()
export class TrueNorthResolver {
  constructor(private readonly commands: Commands) {}

  @Mutation(() => CommandResultType)
  async defineGuidingPrinciple(@Args('input') input: DefineGuidingPrincipleInput, @CurrentActor() actor: Actor) {
    const principleId = input.principleId ?? this.commands.newId(input.commandId);
    const data = { principleId, text: input.text };
    const result = await this.commands.send({ type: 'DefineGuidingPrinciple', data, occurredAt: input.occurredAt }, { commandId: input.commandId, actor });
    return CommandResultType.of(result, principleId);
  }

  @Mutation(() => CommandResultType)
  async defineCoreValue(@Args('input') input: DefineCoreValueInput, @CurrentActor() actor: Actor) {
    const valueId = input.valueId ?? this.commands.newId(input.commandId);
    const data = { valueId, name: input.name, description: input.description ?? null };
    const result = await this.commands.send({ type: 'DefineCoreValue', data, occurredAt: input.occurredAt }, { commandId: input.commandId, actor });
    return CommandResultType.of(result, valueId);
  }

  @Mutation(() => CommandResultType)
  async retireCoreValue(@Args('input') { commandId, occurredAt, valueId }: RetireCoreValueInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.send({ type: 'RetireCoreValue', data: { valueId }, occurredAt }, { commandId, actor });
    return CommandResultType.of(result, valueId);
  }

  @Mutation(() => CommandResultType)
  async recordParadigmShift(@Args('input') input: RecordParadigmShiftInput, @CurrentActor() actor: Actor) {
    const shiftId = input.shiftId ?? this.commands.newId(input.commandId);
    const data = { shiftId, from: input.from, to: input.to };
    const result = await this.commands.send({ type: 'RecordParadigmShift', data, occurredAt: input.occurredAt }, { commandId: input.commandId, actor });
    return CommandResultType.of(result, shiftId);
  }
}
