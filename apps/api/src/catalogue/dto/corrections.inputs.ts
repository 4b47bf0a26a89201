import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, Length, Matches } from 'class-validator';
import { REASON_MAX } from '@norte/domain';
import { CommandInput, ID_MESSAGE, ID_PATTERN } from '../../platform/common.inputs';

@InputType({ description: 'Retracts an organisation fact (or a retraction, which restores its fact). Units are corrected by rename, move and archive.' })
export class RetractOrganisationFactInput extends CommandInput {
  @Field(() => ID, { description: 'Event id of the fact, as returned in eventIds.' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  factId!: string;

  @Field({ description: 'Why. Organisational text: must not hold personal data.' })
  @IsString()
  @Length(1, REASON_MAX)
  reason!: string;
}
