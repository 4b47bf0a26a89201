import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor, PersonCommand } from '@norte/domain';
import { CurrentActor } from '../platform/actor';
import { Commands } from '../platform/commands';
import type { CommandInput } from '../platform/common.inputs';
import { CommandResultType } from '../platform/common.types';
import {
  AcknowledgePolicyInput,
  AssessAlignmentInput,
  ChangeJobProfileInput,
  RecordLifePlanConversationInput,
  RecordTrainingCompletionInput,
  ResolveMisfitInput,
  RetractPersonFactInput,
} from './dto/facts.inputs';
import { ChangeTeamRoleInput, CorrectPersonDetailsInput, EnrolPersonInput, MovePersonToTeamInput, RecordPersonLeftInput } from './dto/membership.inputs';

type PersonCommandInput = Extract<Parameters<Commands['send']>[0], { type: PersonCommand['type'] }>;

/** One mutation per person command; the result's id is the person's, its stream `person-<personId>`. */
@Resolver()
export class PeopleResolver {
  constructor(private readonly commands: Commands) {}

  private async send(command: PersonCommandInput, { commandId }: CommandInput, actor: Actor): Promise<CommandResultType> {
    return CommandResultType.of(await this.commands.send(command, { commandId, actor }), command.data.personId);
  }

  @Mutation(() => CommandResultType, { description: 'PersonEnrolled. The result’s id is the (possibly generated) person id.' })
  enrolPerson(@Args('input') input: EnrolPersonInput, @CurrentActor() actor: Actor) {
    const { externalId, name, email, teamId, role, occurredAt } = input;
    const data = { personId: input.personId ?? this.commands.newId(input.commandId), externalId, name, email, teamId, role, jobProfileId: input.jobProfileId ?? null };
    return this.send({ type: 'EnrolPerson', data, occurredAt }, input, actor);
  }

  @Mutation(() => CommandResultType, { description: 'PersonDetailsCorrected.' })
  correctPersonDetails(@Args('input') input: CorrectPersonDetailsInput, @CurrentActor() actor: Actor) {
    const { personId, name, email, occurredAt } = input;
    return this.send({ type: 'CorrectPersonDetails', data: { personId, name, email }, occurredAt }, input, actor);
  }

  @Mutation(() => CommandResultType, { description: 'TeamRoleChanged.' })
  changeTeamRole(@Args('input') input: ChangeTeamRoleInput, @CurrentActor() actor: Actor) {
    const { personId, role, occurredAt } = input;
    return this.send({ type: 'ChangeTeamRole', data: { personId, role }, occurredAt }, input, actor);
  }

  @Mutation(() => CommandResultType, { description: 'PersonMovedTeam.' })
  movePersonToTeam(@Args('input') input: MovePersonToTeamInput, @CurrentActor() actor: Actor) {
    const { personId, teamId, role, occurredAt } = input;
    return this.send({ type: 'MovePersonToTeam', data: { personId, teamId, role }, occurredAt }, input, actor);
  }

  @Mutation(() => CommandResultType, { description: 'PersonLeft.' })
  recordPersonLeft(@Args('input') input: RecordPersonLeftInput, @CurrentActor() actor: Actor) {
    return this.send({ type: 'RecordPersonLeft', data: { personId: input.personId }, occurredAt: input.occurredAt }, input, actor);
  }

  @Mutation(() => CommandResultType, { description: 'JobProfileChanged.' })
  changeJobProfile(@Args('input') input: ChangeJobProfileInput, @CurrentActor() actor: Actor) {
    const { personId, jobProfileId, occurredAt } = input;
    return this.send({ type: 'ChangeJobProfile', data: { personId, jobProfileId }, occurredAt }, input, actor);
  }

  @Mutation(() => CommandResultType, { description: 'AlignmentAssessed. Name its event id in resolveMisfit.' })
  assessAlignment(@Args('input') input: AssessAlignmentInput, @CurrentActor() actor: Actor) {
    const { personId, jobProfileId, fit, assessorId, occurredAt } = input;
    return this.send({ type: 'AssessAlignment', data: { personId, jobProfileId, fit, assessorId, note: input.note ?? null }, occurredAt }, input, actor);
  }

  @Mutation(() => CommandResultType, { description: 'MisfitResolved.' })
  resolveMisfit(@Args('input') input: ResolveMisfitInput, @CurrentActor() actor: Actor) {
    const { personId, assessmentId, resolution, occurredAt } = input;
    return this.send({ type: 'ResolveMisfit', data: { personId, assessmentId, resolution, note: input.note ?? null }, occurredAt }, input, actor);
  }

  @Mutation(() => CommandResultType, { description: 'LifePlanConversationHeld.' })
  recordLifePlanConversation(@Args('input') input: RecordLifePlanConversationInput, @CurrentActor() actor: Actor) {
    const { personId, leaderId, occurredAt } = input;
    return this.send({ type: 'RecordLifePlanConversation', data: { personId, leaderId }, occurredAt }, input, actor);
  }

  @Mutation(() => CommandResultType, { description: 'TrainingCompleted.' })
  recordTrainingCompletion(@Args('input') input: RecordTrainingCompletionInput, @CurrentActor() actor: Actor) {
    const { personId, courseId, occurredAt } = input;
    return this.send({ type: 'RecordTrainingCompletion', data: { personId, courseId, score: input.score ?? null }, occurredAt }, input, actor);
  }

  @Mutation(() => CommandResultType, { description: 'PolicyAcknowledged.' })
  acknowledgePolicy(@Args('input') input: AcknowledgePolicyInput, @CurrentActor() actor: Actor) {
    const { personId, policyVersion, occurredAt } = input;
    return this.send({ type: 'AcknowledgePolicy', data: { personId, policyVersion }, occurredAt }, input, actor);
  }

  @Mutation(() => CommandResultType, { description: 'FactRetracted on the person’s stream.' })
  retractPersonFact(@Args('input') input: RetractPersonFactInput, @CurrentActor() actor: Actor) {
    const { personId, factId, reason, occurredAt } = input;
    return this.send({ type: 'RetractPersonFact', data: { personId, factId, reason }, occurredAt }, input, actor);
  }
}
