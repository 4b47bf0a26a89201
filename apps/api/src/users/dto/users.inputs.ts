import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@norte/domain';
import { CommandInput, ID_MESSAGE, ID_PATTERN } from '../../platform/common.inputs';
import { graphqlEnum } from '../../platform/program.enums';

export const UserRoleEnum = graphqlEnum<Role>(
  'UserRole',
  ROLES,
  'What a user may do in Norte: executive, HR, team lead (scoped to a team) or admin (never scoped).',
);

const SCOPE = 'The unit the grant is limited to; null for the whole organisation. A team lead needs a team; an admin is never scoped.';

@InputType()
export class CreateUserInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Optional client-chosen id; generated when omitted.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  userId?: string | null;

  @Field({ description: 'Personal data: encrypted at rest under the user’s key.' })
  @IsString()
  @Length(1, 120)
  name!: string;

  @Field({ description: 'Personal data: encrypted at rest under the user’s key.' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => ID, { nullable: true, description: 'The enrolled person this user is, if any (e.g. a team lead).' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  personId?: string | null;
}

@InputType()
export class GrantRoleInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  userId!: string;

  @Field(() => UserRoleEnum)
  @IsIn(ROLES)
  role!: Role;

  @Field(() => ID, { nullable: true, description: SCOPE })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  scopeUnitId?: string | null;
}

@InputType({ description: 'Revokes exactly one grant: the same role and scope it was granted with.' })
export class RevokeRoleInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  userId!: string;

  @Field(() => UserRoleEnum)
  @IsIn(ROLES)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The scope of the grant; null for an unscoped grant.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  scopeUnitId?: string | null;
}

@InputType()
export class DisableUserInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  userId!: string;
}
