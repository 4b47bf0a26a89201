import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@norte/domain';
import { CurrentActor } from '../platform/actor';
import { Commands } from '../platform/commands';
import { CommandResultType } from '../platform/common.types';
import { DefineCourseInput, DefineJobProfileInput, ReviseJobProfileInput } from './dto/catalogue.inputs';

/** Job profiles and courses: what facts about people refer to. */
@Resolver()
export class CatalogueResolver {
  constructor(private readonly commands: Commands) {}

  @Mutation(() => CommandResultType)
  async defineJobProfile(@Args('input') input: DefineJobProfileInput, @CurrentActor() actor: Actor) {
    const jobProfileId = input.jobProfileId ?? this.commands.newId(input.commandId);
    const data = { jobProfileId, title: input.title, description: input.description ?? null };
    const result = await this.commands.send({ type: 'DefineJobProfile', data, occurredAt: input.occurredAt }, { commandId: input.commandId, actor });
    return CommandResultType.of(result, jobProfileId);
  }

  @Mutation(() => CommandResultType)
  async reviseJobProfile(@Args('input') { commandId, occurredAt, jobProfileId, title, description }: ReviseJobProfileInput, @CurrentActor() actor: Actor) {
    const data = { jobProfileId, title, description: description ?? null };
    return CommandResultType.of(await this.commands.send({ type: 'ReviseJobProfile', data, occurredAt }, { commandId, actor }), jobProfileId);
  }

  @Mutation(() => CommandResultType)
  async defineCourse(@Args('input') input: DefineCourseInput, @CurrentActor() actor: Actor) {
    const courseId = input.courseId ?? this.commands.newId(input.commandId);
    const data = { courseId, title: input.title, processId: input.processId, audience: input.audience };
    const result = await this.commands.send({ type: 'DefineCourse', data, occurredAt: input.occurredAt }, { commandId: input.commandId, actor });
    return CommandResultType.of(result, courseId);
  }
}
