import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { TeamRole } from '@norte/domain';
import { graphqlEnum, TeamRoleEnum } from '../../platform/program.enums';
import { PositionScalar } from '../../platform/scalars';

export type PersonStatus = 'active' | 'left';
export const PersonStatusEnum = graphqlEnum<PersonStatus>('PersonStatus', ['active', 'left'], 'Whether a person is still enrolled.');

@ObjectType({
  description:
    'A person in the directory. Name, e-mail and external id are shown to HR and admins, and to a team lead for their own team; ' +
    'to everyone else they are null (personalDataVisible false). A forgotten person’s name reads "[forgotten]".',
})
export class Person {
  @Field(() => ID) personId!: string;
  @Field() personalDataVisible!: boolean;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => ID, { description: 'Current team, or the last one for someone who left.' }) teamId!: string;
  @Field(() => String, { nullable: true }) teamName!: string | null;
  @Field(() => TeamRoleEnum) role!: TeamRole;
  @Field(() => ID, { nullable: true }) jobProfileId!: string | null;
  @Field(() => PersonStatusEnum) status!: PersonStatus;
  @Field(() => GraphQLISODateTime) enrolledAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) leftAt!: Date | null;
}

@ObjectType()
export class PeoplePage {
  @Field(() => ID) unitId!: string;
  @Field(() => PositionScalar, { description: 'Global position this read reflects.' }) position!: bigint;
  @Field(() => [Person], { description: 'Team by team, then in order of arrival on the team.' }) people!: Person[];
  @Field({ description: 'More people follow: pass the last personId as `after`.' }) hasMore!: boolean;
}
