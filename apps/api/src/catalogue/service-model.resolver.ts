import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ORGANISATION_ID, type Actor } from '@norte/domain';
import { CurrentActor } from '../platform/actor';
import { Commands } from '../platform/commands';
import { CommandResultType } from '../platform/common.types';
import { PublishServicePolicyInput, SetServiceStandardInput } from './dto/service-model.inputs';

/** P6 service model: the one service policy (in versions) and the response-time standards. */
@Resolver()
export class ServiceModelResolver {
  constructor(private readonly commands: Commands) {}

  @Mutation(() => CommandResultType, { description: 'Publishes the next version of the service policy; a version is the whole policy.' })
  async publishServicePolicy(@Args('input') { commandId, occurredAt, version, title, norms, protocols }: PublishServicePolicyInput, @CurrentActor() actor: Actor) {
    const data = {
      version,
      title,
      norms: { be: norms.be, know: norms.know, do: norms.do },
      protocols: { greeting: protocols.greeting, identification: protocols.identification, closing: protocols.closing },
    };
    return CommandResultType.of(await this.commands.send({ type: 'PublishServicePolicy', data, occurredAt }, { commandId, actor }), ORGANISATION_ID);
  }

  @Mutation(() => CommandResultType, { description: 'Sets the target for a channel and metric, in force until the next one for the same pair.' })
  async setServiceStandard(@Args('input') { commandId, occurredAt, channel, metric, target }: SetServiceStandardInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.send({ type: 'SetServiceStandard', data: { channel, metric, target }, occurredAt }, { commandId, actor });
    return CommandResultType.of(result, ORGANISATION_ID);
  }
}
