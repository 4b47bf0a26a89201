import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { PROCESS_IDS, WORKSHOP_KINDS, type ProcessId, type WorkshopKind } from '@norte/domain';
import { ID_MESSAGE, ID_PATTERN } from '../../platform/common.inputs';
import { ProcessIdEnum, WorkshopKindEnum } from '../../platform/program.enums';
import { NOTE_MAX, ORGANISATIONAL, RECOGNITION_REASON_MAX, TeamCommandInput, TITLE_MAX } from './team.inputs';

/** Bounds of libs/domain/src/team/team.activities.ts. */
const ATTENDEES_MAX = 500;
const COACHEES_MAX = 50;
const DURATION_MAX = 24 * 60;
const ID_EACH = { each: true, message: 'each of $property must be 1–64 letters, digits, - or _' };

@InputType()
export class RecordWorkshopInput extends TeamCommandInput {
  @Field(() => ID, { nullable: true, description: 'Optional client-chosen workshop id; generated when omitted. Ids are never reused.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  workshopId?: string | null;

  @Field(() => WorkshopKindEnum)
  @IsIn(WORKSHOP_KINDS)
  kind!: WorkshopKind;

  @Field({ description: `The workshop's name, 1–${TITLE_MAX} characters. ${ORGANISATIONAL}` })
  @IsString()
  @Length(1, TITLE_MAX)
  name!: string;

  @Field(() => [ID], { description: `Person ids of the attendees (1–${ATTENDEES_MAX}, distinct), each an active member of the team at occurredAt.` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ATTENDEES_MAX)
  @ArrayUnique()
  @Matches(ID_PATTERN, ID_EACH)
  attendeeIds!: string[];
}

@InputType()
export class RecordCoachingSessionInput extends TeamCommandInput {
  @Field(() => ID, { nullable: true, description: 'Optional client-chosen session id; generated when omitted. Ids are never reused.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  sessionId?: string | null;

  @Field(() => ID, { description: 'Person id of the coach (not one of the coachees).' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  coachId!: string;

  @Field(() => [ID], { description: `Person ids of the coachees (1–${COACHEES_MAX}, distinct), each an active member of the team at occurredAt.` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(COACHEES_MAX)
  @ArrayUnique()
  @Matches(ID_PATTERN, ID_EACH)
  coacheeIds!: string[];

  @Field(() => Int, { description: `Whole minutes, 1–${DURATION_MAX}.` })
  @IsInt()
  @Min(1)
  @Max(DURATION_MAX)
  durationMinutes!: number;

  @Field(() => ProcessIdEnum, { description: 'The process the session focused on (any coaching counts for leadership).' })
  @IsIn(PROCESS_IDS)
  focusProcessId!: ProcessId;

  @Field(() => String, {
    nullable: true,
    description: `Personal data, up to ${NOTE_MAX} characters: encrypted at rest, visible to HR and the coach only; erased when a coachee or the coach is forgotten.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  privateNote?: string | null;
}

@InputType()
export class GrantRecognitionInput extends TeamCommandInput {
  @Field(() => ID, { nullable: true, description: 'The member recognised (an active member at occurredAt), or null for the whole team.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  personId?: string | null;

  @Field({ description: `Why, 1–${RECOGNITION_REASON_MAX} characters; shown in the activity feed. ${ORGANISATIONAL}` })
  @IsString()
  @Length(1, RECOGNITION_REASON_MAX)
  reason!: string;
}
