import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { CommandInput, ID_MESSAGE, ID_PATTERN } from '../../platform/common.inputs';

@InputType()
export class RenameUnitInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  unitId!: string;

  @Field({ description: 'Organisational text: must not hold personal data.' })
  @IsString()
  @Length(1, 120)
  name!: string;
}

@InputType()
export class MoveUnitInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'New parent division; null moves a division to the top (a team needs a parent).' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  parentId?: string | null;
}

@InputType()
export class ArchiveUnitInput extends CommandInput {
  @Field(() => ID, { description: 'A team without active members, or a division without active units below it.' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  unitId!: string;
}
