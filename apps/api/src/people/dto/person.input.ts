import { Field, ID, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { CommandInput, ID_MESSAGE, ID_PATTERN } from '../../platform/common.inputs';

/** The domain's bounds (libs/domain/src/person/person.rules.ts, person.membership.ts): not exported there. */
export const NAME_MAX = 120;
export const EMAIL_MAX = 254;
export const EXTERNAL_ID_MAX = 100;
export const NOTE_MAX = 4000;

export const PERSONAL = 'Personal data: encrypted at rest under the person’s key, unreadable once they are forgotten.';
export const ORGANISATIONAL = 'Organisational text, stored in clear: must not hold personal data.';

/** Every command on an existing person: its stream is `person-<personId>`. */
@InputType({ isAbstract: true })
export abstract class PersonCommandInput extends CommandInput {
  @Field(() => ID, { description: 'The person the fact is about; the result’s id.' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  personId!: string;
}
