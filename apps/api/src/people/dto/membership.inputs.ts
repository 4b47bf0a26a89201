import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { TEAM_ROLES, type TeamRole } from '@norte/domain';
import { CommandInput, ID_MESSAGE, ID_PATTERN } from '../../platform/common.inputs';
import { TeamRoleEnum } from '../../platform/program.enums';
import { EMAIL_MAX, EXTERNAL_ID_MAX, NAME_MAX, PERSONAL, PersonCommandInput } from './person.input';

@InputType({ description: 'Enrols a person on a team, dated when they joined it.' })
export class EnrolPersonInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Optional client-chosen id; generated when omitted and returned as the result’s id.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  personId?: string | null;

  @Field({ description: 'The HR system’s opaque id (roster imports match on it), unique per person; never an e-mail or national id. Stored in clear.' })
  @IsString()
  @Length(1, EXTERNAL_ID_MAX)
  externalId!: string;

  @Field({ description: `Full name. ${PERSONAL}` })
  @IsString()
  @Length(1, NAME_MAX)
  name!: string;

  @Field({ description: `E-mail address. ${PERSONAL}` })
  @IsEmail()
  @MaxLength(EMAIL_MAX)
  email!: string;

  @Field(() => ID, { description: 'An active team (not a division).' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  teamId!: string;

  @Field(() => TeamRoleEnum)
  @IsIn(TEAM_ROLES)
  role!: TeamRole;

  @Field(() => ID, { nullable: true, description: 'A defined job profile, if already known.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  jobProfileId?: string | null;
}

@InputType({ description: 'Fixes a misspelt name or e-mail. Not a business fact: it may be dated after the person left.' })
export class CorrectPersonDetailsInput extends PersonCommandInput {
  @Field({ description: `Full name. ${PERSONAL}` })
  @IsString()
  @Length(1, NAME_MAX)
  name!: string;

  @Field({ description: `E-mail address. ${PERSONAL}` })
  @IsEmail()
  @MaxLength(EMAIL_MAX)
  email!: string;
}

@InputType({ description: 'Makes a person lead or member of their current team.' })
export class ChangeTeamRoleInput extends PersonCommandInput {
  @Field(() => TeamRoleEnum)
  @IsIn(TEAM_ROLES)
  role!: TeamRole;
}

@InputType({ description: 'Moves a person to another team; facts about them travel with them.' })
export class MovePersonToTeamInput extends PersonCommandInput {
  @Field(() => ID, { description: 'The active team moved to.' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  teamId!: string;

  @Field(() => TeamRoleEnum, { description: 'Their role on the new team.' })
  @IsIn(TEAM_ROLES)
  role!: TeamRole;
}

@InputType({ description: 'Records that a person left the organisation, dated their last day.' })
export class RecordPersonLeftInput extends PersonCommandInput {}
