import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { COURSE_AUDIENCES, PROCESS_IDS, type CourseAudience, type ProcessId } from '@norte/domain';
import { CommandInput, ID_MESSAGE, ID_PATTERN } from '../../platform/common.inputs';
import { CourseAudienceEnum, ProcessIdEnum } from '../../platform/program.enums';

const GENERATED = 'Optional client-chosen id; generated when omitted. Ids are never reused, even once retracted.';
const ORGANISATIONAL = 'Organisational text: must not hold personal data.';

@InputType()
export class DefineJobProfileInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: GENERATED })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  jobProfileId?: string | null;

  @Field({ description: ORGANISATIONAL })
  @IsString()
  @Length(1, 200)
  title!: string;

  @Field(() => String, { nullable: true, description: `What the role is and expects. ${ORGANISATIONAL}` })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;
}

@InputType({ description: 'A revision replaces the title and description.' })
export class ReviseJobProfileInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  jobProfileId!: string;

  @Field({ description: ORGANISATIONAL })
  @IsString()
  @Length(1, 200)
  title!: string;

  @Field(() => String, { nullable: true, description: ORGANISATIONAL })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;
}

@InputType()
export class DefineCourseInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: GENERATED })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  courseId?: string | null;

  @Field({ description: ORGANISATIONAL })
  @IsString()
  @Length(1, 200)
  title!: string;

  @Field(() => ProcessIdEnum)
  @IsIn(PROCESS_IDS)
  processId!: ProcessId;

  @Field(() => CourseAudienceEnum)
  @IsIn(COURSE_AUDIENCES)
  audience!: CourseAudience;
}
