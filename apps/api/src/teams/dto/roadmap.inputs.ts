import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PROCESS_IDS, PROCESSES, type ProcessId } from '@norte/domain';
import { ID_MESSAGE, ID_PATTERN } from '../../platform/common.inputs';
import { ProcessIdEnum } from '../../platform/program.enums';
import { IsCalendarDate, ORGANISATIONAL, TeamCommandInput, TEXT_MAX, TITLE_MAX } from './team.inputs';

const PRACTICE_IDS: readonly string[] = PROCESS_IDS.flatMap((p) => PROCESSES[p].practices);
const PRACTICES_BY_PROCESS = PROCESS_IDS.map((p) => `${p}: ${PROCESSES[p].practices.join(', ')}`).join('; ');

/** A command on an existing roadmap item. */
@InputType({ isAbstract: true })
abstract class RoadmapItemInput extends TeamCommandInput {
  @Field(() => ID, { description: 'The roadmap item (its id as returned when it was planned).' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  itemId!: string;
}

@InputType()
export class PlanRoadmapItemInput extends TeamCommandInput {
  @Field(() => ID, { nullable: true, description: 'Optional client-chosen item id; generated when omitted. Ids are never reused.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  itemId?: string | null;

  @Field(() => ProcessIdEnum)
  @IsIn(PROCESS_IDS)
  processId!: ProcessId;

  @Field({ description: `A practice of the process (${PRACTICES_BY_PROCESS}).` })
  @IsIn(PRACTICE_IDS)
  practiceId!: string;

  @Field({ description: `What will be done, 1–${TITLE_MAX} characters. ${ORGANISATIONAL}` })
  @IsString()
  @Length(1, TITLE_MAX)
  title!: string;

  @Field(() => ID, { description: 'The person who answers for the item.' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  ownerId!: string;

  @Field({ description: 'Calendar date (YYYY-MM-DD).' })
  @IsCalendarDate()
  dueDate!: string;
}

@InputType()
export class StartRoadmapItemInput extends RoadmapItemInput {}

@InputType()
export class CompleteRoadmapItemInput extends RoadmapItemInput {
  @Field({ description: `What shows the item is done, 1–${TEXT_MAX} characters. ${ORGANISATIONAL}` })
  @IsString()
  @Length(1, TEXT_MAX)
  evidence!: string;
}

@InputType()
export class RescheduleRoadmapItemInput extends RoadmapItemInput {
  @Field({ description: 'The new due date (YYYY-MM-DD); must differ from the current one.' })
  @IsCalendarDate()
  dueDate!: string;

  @Field({ description: `Why, 1–${TEXT_MAX} characters. ${ORGANISATIONAL}` })
  @IsString()
  @Length(1, TEXT_MAX)
  reason!: string;
}

@InputType()
export class BlockRoadmapItemInput extends RoadmapItemInput {
  @Field({ description: `What blocks it, 1–${TEXT_MAX} characters. ${ORGANISATIONAL}` })
  @IsString()
  @Length(1, TEXT_MAX)
  reason!: string;
}

@InputType()
export class UnblockRoadmapItemInput extends RoadmapItemInput {}

@InputType()
export class CancelRoadmapItemInput extends RoadmapItemInput {
  @Field(() => String, { nullable: true, description: `Why, up to ${TEXT_MAX} characters. ${ORGANISATIONAL}` })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  reason?: string | null;
}
