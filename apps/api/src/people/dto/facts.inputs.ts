import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { FITS, MISFIT_RESOLUTIONS, REASON_MAX, type Fit, type MisfitResolution } from '@norte/domain';
import { ID_MESSAGE, ID_PATTERN } from '../../platform/common.inputs';
import { FitEnum, MisfitResolutionEnum } from '../../platform/program.enums';
import { NOTE_MAX, ORGANISATIONAL, PERSONAL, PersonCommandInput } from './person.input';

@InputType({ description: 'Gives a person a job profile (P3 foundation).' })
export class ChangeJobProfileInput extends PersonCommandInput {
  @Field(() => ID, { description: 'A defined job profile.' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  jobProfileId!: string;
}

@InputType({ description: 'Records how a person fits a job profile (P3 coverage).' })
export class AssessAlignmentInput extends PersonCommandInput {
  @Field(() => ID, { description: 'The defined job profile assessed against.' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  jobProfileId!: string;

  @Field(() => FitEnum)
  @IsIn(FITS)
  fit!: Fit;

  @Field(() => ID, { description: 'Person id of whoever assessed.' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  assessorId!: string;

  @Field(() => String, { nullable: true, description: `Free text about the person. ${PERSONAL}` })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}

@InputType({ description: 'Resolves a partial or misaligned assessment.' })
export class ResolveMisfitInput extends PersonCommandInput {
  @Field(() => ID, { description: 'Event id of the AlignmentAssessed it resolves (from assessAlignment’s eventIds).' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  assessmentId!: string;

  @Field(() => MisfitResolutionEnum)
  @IsIn(MISFIT_RESOLUTIONS)
  resolution!: MisfitResolution;

  @Field(() => String, { nullable: true, description: `Free text about the person. ${PERSONAL}` })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}

@InputType({ description: 'Records that a life-plan conversation took place (P2); its content is never stored.' })
export class RecordLifePlanConversationInput extends PersonCommandInput {
  @Field(() => ID, { description: 'Person id of the leader who held it (not the person themself).' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  leaderId!: string;
}

@InputType({ description: 'Records that a person completed a course.' })
export class RecordTrainingCompletionInput extends PersonCommandInput {
  @Field(() => ID, { description: 'A defined course.' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  courseId!: string;

  @Field(() => Float, { nullable: true, description: 'Score 0–100 when the course grades.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  score?: number | null;
}

@InputType({ description: 'Records that a person acknowledged a published version of the service policy (P6).' })
export class AcknowledgePolicyInput extends PersonCommandInput {
  @Field(() => Int, { description: 'A version published no later than the acknowledgement.' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  policyVersion!: number;
}

@InputType({ description: 'Retracts a fact of this person’s stream (retracting a retraction restores its fact).' })
export class RetractPersonFactInput extends PersonCommandInput {
  @Field(() => ID, { description: 'Event id of the fact (or retraction) to retract.' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  factId!: string;

  @Field({ description: `Why. ${ORGANISATIONAL}` })
  @IsString()
  @Length(1, REASON_MAX)
  reason!: string;
}
