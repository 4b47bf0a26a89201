import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { CommandInput, ID_MESSAGE, ID_PATTERN } from '../../platform/common.inputs';

const GENERATED = 'Optional client-chosen id; generated when omitted. Ids are never reused, even once retracted.';
const ORGANISATIONAL = 'Organisational text: must not hold personal data.';

@InputType()
export class DefineGuidingPrincipleInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: GENERATED })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  principleId?: string | null;

  @Field({ description: ORGANISATIONAL })
  @IsString()
  @Length(1, 2000)
  text!: string;
}

@InputType()
export class DefineCoreValueInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: GENERATED })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  valueId?: string | null;

  @Field({ description: ORGANISATIONAL })
  @IsString()
  @Length(1, 120)
  name!: string;

  @Field(() => String, { nullable: true, description: ORGANISATIONAL })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

@InputType()
export class RetireCoreValueInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  valueId!: string;
}

@InputType()
export class RecordParadigmShiftInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: GENERATED })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  shiftId?: string | null;

  @Field({ description: `The paradigm to leave behind. ${ORGANISATIONAL}` })
  @IsString()
  @Length(1, 500)
  from!: string;

  @Field({ description: `The paradigm to adopt. ${ORGANISATIONAL}` })
  @IsString()
  @Length(1, 500)
  to!: string;
}
