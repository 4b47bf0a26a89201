import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@norte/domain';
import { CurrentActor } from '../platform/actor';
import { Commands } from '../platform/commands';
import { CommandResultType } from '../platform/common.types';
import { GrantRecognitionInput, RecordCoachingSessionInput, RecordWorkshopInput } from './dto/activities.inputs';
import { sendTeamCommand } from './team.send';

/** Things done with the team's people: workshops, coaching, recognition. */
@Resolver()
export class ActivitiesResolver {
  constructor(private readonly commands: Commands) {}

  @Mutation(() => CommandResultType, { description: 'Records a workshop held for the team; `id` is the workshop id.' })
  async recordWorkshop(@Args('input') input: RecordWorkshopInput, @CurrentActor() actor: Actor) {
    const workshopId = input.workshopId ?? this.commands.newId(input.commandId);
    const { teamId, kind, name, attendeeIds } = input;
    return sendTeamCommand(this.commands, 'RecordWorkshop', { teamId, workshopId, kind, name, attendeeIds }, input, actor, workshopId);
  }

  @Mutation(() => CommandResultType, { description: 'Records a coaching session with members of the team; `id` is the session id.' })
  async recordCoachingSession(@Args('input') input: RecordCoachingSessionInput, @CurrentActor() actor: Actor) {
    const sessionId = input.sessionId ?? this.commands.newId(input.commandId);
    const { teamId, coachId, coacheeIds, durationMinutes, focusProcessId } = input;
    const data = { teamId, sessionId, coachId, coacheeIds, durationMinutes, focusProcessId, privateNote: input.privateNote ?? null };
    return sendTeamCommand(this.commands, 'RecordCoachingSession', data, input, actor, sessionId);
  }

  @Mutation(() => CommandResultType, { description: 'Recognises the team, or one of its members, for service; `id` is the team id.' })
  async grantRecognition(@Args('input') input: GrantRecognitionInput, @CurrentActor() actor: Actor) {
    const { teamId, reason } = input;
    return sendTeamCommand(this.commands, 'GrantRecognition', { teamId, personId: input.personId ?? null, reason }, input, actor, teamId);
  }
}
