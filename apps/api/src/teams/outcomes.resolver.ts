import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { PROTOCOL_STEPS, SERVICE_BEHAVIOURS, type Actor } from '@norte/domain';
import { CurrentActor } from '../platform/actor';
import { Commands } from '../platform/commands';
import { CommandResultType } from '../platform/common.types';
import {
  RecordCsatInput,
  RecordKpiMeasurementInput,
  RecordMysteryShopInput,
  RecordSurveyResultInput,
} from './dto/outcomes.inputs';
import { RetractTeamFactInput } from './dto/retraction.inputs';
import { sendTeamCommand } from './team.send';

/** Plain data in the domain's key order (the command hash, hence idempotency, depends on it). */
const pick = <K extends string, V>(keys: readonly K[], from: Readonly<Record<K, V>>) =>
  Object.fromEntries(keys.map((k) => [k, from[k]])) as Record<K, V>;

/** The team's outcome instruments, and corrections of any team fact. `id` is the team id (the fact id for a retraction). */
@Resolver()
export class OutcomesResolver {
  constructor(private readonly commands: Commands) {}

  @Mutation(() => CommandResultType, { description: 'Records a team-level survey aggregate (climate or internal service).' })
  async recordSurveyResult(@Args('input') input: RecordSurveyResultInput, @CurrentActor() actor: Actor) {
    const { teamId, kind, score, responseCount } = input;
    return sendTeamCommand(this.commands, 'RecordSurveyResult', { teamId, kind, score, responseCount }, input, actor, teamId);
  }

  @Mutation(() => CommandResultType, { description: 'Records one mystery-shopping visit or call.' })
  async recordMysteryShop(@Args('input') input: RecordMysteryShopInput, @CurrentActor() actor: Actor) {
    const { teamId, channel } = input;
    const data = { teamId, channel, scores: pick(SERVICE_BEHAVIOURS, input.scores), protocol: pick(PROTOCOL_STEPS, input.protocol) };
    return sendTeamCommand(this.commands, 'RecordMysteryShop', data, input, actor, teamId);
  }

  @Mutation(() => CommandResultType, { description: 'Records a service KPI measured for the team.' })
  async recordKpiMeasurement(@Args('input') input: RecordKpiMeasurementInput, @CurrentActor() actor: Actor) {
    const { teamId, channel, metric, value } = input;
    return sendTeamCommand(this.commands, 'RecordKpiMeasurement', { teamId, channel, metric, value }, input, actor, teamId);
  }

  @Mutation(() => CommandResultType, { description: 'Records a team-level customer-satisfaction aggregate.' })
  async recordCsat(@Args('input') input: RecordCsatInput, @CurrentActor() actor: Actor) {
    const { teamId, score, responseCount } = input;
    return sendTeamCommand(this.commands, 'RecordCsat', { teamId, score, responseCount }, input, actor, teamId);
  }

  @Mutation(() => CommandResultType, { description: "Retracts a fact of the team's stream (or restores one by retracting its retraction); `id` is the fact id." })
  async retractTeamFact(@Args('input') input: RetractTeamFactInput, @CurrentActor() actor: Actor) {
    const { teamId, factId, reason } = input;
    return sendTeamCommand(this.commands, 'RetractTeamFact', { teamId, factId, reason }, input, actor, factId);
  }
}
