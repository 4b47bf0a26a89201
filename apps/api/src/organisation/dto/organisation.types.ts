import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PositionScalar } from '../../platform/scalars';
import { UnitKindInput } from './organisation.inputs';

@ObjectType()
export class Unit {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => UnitKindInput) kind!: UnitKindInput;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field() archived!: boolean;
}

@ObjectType()
export class Organisation {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() locale!: string;
  @Field() timeZone!: string;
  @Field(() => String, { nullable: true }) mission!: string | null;
  @Field(() => String, { nullable: true }) vision!: string | null;
  @Field(() => [Unit]) units!: Unit[];
  @Field(() => PositionScalar, { description: 'Global position these read models reflect.' }) position!: bigint;
}

@ObjectType()
export class OrganisationChange {
  @Field(() => PositionScalar) position!: bigint;
  @Field() eventType!: string;
}
