import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@norte/domain';
import { CurrentActor } from '../platform/actor';
import { Commands } from '../platform/commands';
import { CommandResultType } from '../platform/common.types';
import {
  BlockRoadmapItemInput,
  CancelRoadmapItemInput,
  CompleteRoadmapItemInput,
  PlanRoadmapItemInput,
  RescheduleRoadmapItemInput,
  StartRoadmapItemInput,
  UnblockRoadmapItemInput,
} from './dto/roadmap.inputs';
import { sendTeamCommand } from './team.send';

/** A team's roadmap items: planned → in progress → done, with blocking, rescheduling and cancelling. */
@Resolver()
export class RoadmapResolver {
  constructor(private readonly commands: Commands) {}

  @Mutation(() => CommandResultType, { description: 'Plans a roadmap item for one practice of a process; `id` is the item id.' })
  async planRoadmapItem(@Args('input') input: PlanRoadmapItemInput, @CurrentActor() actor: Actor) {
    const itemId = input.itemId ?? this.commands.newId(input.commandId);
    const { teamId, processId, practiceId, title, ownerId, dueDate } = input;
    const data = { teamId, itemId, processId, practiceId, title, ownerId, dueDate };
    return sendTeamCommand(this.commands, 'PlanRoadmapItem', data, input, actor, itemId);
  }

  @Mutation(() => CommandResultType, { description: 'Starts a planned item.' })
  async startRoadmapItem(@Args('input') input: StartRoadmapItemInput, @CurrentActor() actor: Actor) {
    const { teamId, itemId } = input;
    return sendTeamCommand(this.commands, 'StartRoadmapItem', { teamId, itemId }, input, actor, itemId);
  }

  @Mutation(() => CommandResultType, { description: 'Completes a planned or in-progress item, with evidence. Done is final.' })
  async completeRoadmapItem(@Args('input') input: CompleteRoadmapItemInput, @CurrentActor() actor: Actor) {
    const { teamId, itemId, evidence } = input;
    return sendTeamCommand(this.commands, 'CompleteRoadmapItem', { teamId, itemId, evidence }, input, actor, itemId);
  }

  @Mutation(() => CommandResultType, { description: 'Moves the due date of an item that is not done or cancelled.' })
  async rescheduleRoadmapItem(@Args('input') input: RescheduleRoadmapItemInput, @CurrentActor() actor: Actor) {
    const { teamId, itemId, dueDate, reason } = input;
    return sendTeamCommand(this.commands, 'RescheduleRoadmapItem', { teamId, itemId, dueDate, reason }, input, actor, itemId);
  }

  @Mutation(() => CommandResultType, { description: 'Blocks a planned or in-progress item.' })
  async blockRoadmapItem(@Args('input') input: BlockRoadmapItemInput, @CurrentActor() actor: Actor) {
    const { teamId, itemId, reason } = input;
    return sendTeamCommand(this.commands, 'BlockRoadmapItem', { teamId, itemId, reason }, input, actor, itemId);
  }

  @Mutation(() => CommandResultType, { description: 'Unblocks a blocked item: it returns to its status before blocking.' })
  async unblockRoadmapItem(@Args('input') input: UnblockRoadmapItemInput, @CurrentActor() actor: Actor) {
    const { teamId, itemId } = input;
    return sendTeamCommand(this.commands, 'UnblockRoadmapItem', { teamId, itemId }, input, actor, itemId);
  }

  @Mutation(() => CommandResultType, { description: 'Cancels an item that is not done. Cancelled is final.' })
  async cancelRoadmapItem(@Args('input') input: CancelRoadmapItemInput, @CurrentActor() actor: Actor) {
    const { teamId, itemId } = input;
    return sendTeamCommand(this.commands, 'CancelRoadmapItem', { teamId, itemId, reason: input.reason ?? null }, input, actor, itemId);
  }
}
