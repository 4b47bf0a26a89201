import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@norte/domain';
import { CurrentActor } from '../platform/actor';
import { Commands } from '../platform/commands';
import { CommandResultType } from '../platform/common.types';
import { RetractOrganisationFactInput } from './dto/corrections.inputs';

@Resolver()
export class CorrectionsResolver {
  constructor(private readonly commands: Commands) {}

  @Mutation(() => CommandResultType, { description: 'Retracts an organisation fact with a reason; retracting a retraction restores its fact. The result id is the retracted fact.' })
  async retractOrganisationFact(@Args('input') { commandId, occurredAt, factId, reason }: RetractOrganisationFactInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.send({ type: 'RetractOrganisationFact', data: { factId, reason }, occurredAt }, { commandId, actor });
    return CommandResultType.of(result, factId);
  }
}
