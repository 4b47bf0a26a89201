import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { LOCALES } from '@norte/domain';
import { CommandInput } from '../../platform/common.inputs';

export enum UnitKindInput {
  DIVISION = 'division',
  TEAM = 'team',
}
registerEnumType(UnitKindInput, { name: 'UnitKind' });

@InputType()
export class RegisterOrganisationInput extends CommandInput {
  @Field()
  @IsString()
  @Length(1, 120)
  name!: string;

  @Field({ description: 'es, en or pt' })
  @IsIn(LOCALES)
  locale!: string;

  @Field({ description: 'IANA time zone, e.g. America/Bogota' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;
}

@InputType({ description: 'occurredAt: when the unit came to exist; back-date it to record the structure the program started with.' })
export class CreateUnitInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Optional client-chosen id; generated when omitted.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'unitId must be 1–64 letters, digits, - or _' })
  unitId?: string;

  @Field()
  @IsString()
  @Length(1, 120)
  name!: string;

  @Field(() => UnitKindInput)
  @IsIn(Object.values(UnitKindInput))
  kind!: UnitKindInput;

  @Field(() => ID, { nullable: true, description: 'Parent unit; a division may sit at the top, a team needs a parent division.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  parentId?: string;
}

@InputType()
export class SetStatementInput extends CommandInput {
  @Field()
  @IsString()
  @Length(1, 2000)
  text!: string;
}
