import { Field, ID, InputType } from '@nestjs/graphql';
import { IsISO8601, Matches } from 'class-validator';
import { CommandInput, ID_MESSAGE, ID_PATTERN } from '../../platform/common.inputs';

/** Calendar dates (a roadmap due date): no time, no zone. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_MESSAGE = '$property must be a date (YYYY-MM-DD)';

/** Text bounds, as the team decider checks them (libs/domain/src/team). */
export const TITLE_MAX = 200;
export const TEXT_MAX = 2000;
export const NOTE_MAX = 4000;
export const RECOGNITION_REASON_MAX = 1000;
/** libs/domain/src/shared/retraction.ts REASON_MAX. */
export const RETRACTION_REASON_MAX = 500;

export const ORGANISATIONAL = 'Organisational text, stored in clear: must not hold personal data.';

/** Every team command addresses one team (stream `team-<teamId>`). */
@InputType({ isAbstract: true })
export abstract class TeamCommandInput extends CommandInput {
  @Field(() => ID, { description: 'The team (a unit of kind TEAM).' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  teamId!: string;
}

/** A calendar date validated as YYYY-MM-DD and as a real day. */
export function IsCalendarDate(): PropertyDecorator {
  return (target, key) => {
    Matches(DATE_PATTERN, { message: DATE_MESSAGE })(target, key);
    IsISO8601({ strict: true }, { message: DATE_MESSAGE })(target, key);
  };
}
