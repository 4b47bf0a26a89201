import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, Length, Matches } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../../platform/common.inputs';
import { ORGANISATIONAL, RETRACTION_REASON_MAX, TeamCommandInput } from './team.inputs';

@InputType({ description: "Retracts a fact of the team's stream; retracting a retraction restores its fact." })
export class RetractTeamFactInput extends TeamCommandInput {
  @Field(() => ID, { description: 'Event id of the fact to retract (from a CommandResult.eventIds), possibly a retraction.' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  factId!: string;

  @Field({ description: `Why, 1–${RETRACTION_REASON_MAX} characters. ${ORGANISATIONAL}` })
  @IsString()
  @Length(1, RETRACTION_REASON_MAX)
  reason!: string;
}
