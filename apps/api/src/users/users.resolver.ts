import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@norte/domain';
import { CurrentActor } from '../platform/actor';
import { Commands } from '../platform/commands';
import { CommandResultType } from '../platform/common.types';
import { CreateUserInput, DisableUserInput, GrantRoleInput, RevokeRoleInput } from './dto/users.inputs';

/** Users of Norte and their role grants; one stream per user. */
@Resolver()
export class UsersResolver {
  constructor(private readonly commands: Commands) {}

  @Mutation(() => CommandResultType)
  async createUser(@Args('input') input: CreateUserInput, @CurrentActor() actor: Actor) {
    const userId = input.userId ?? this.commands.newId(input.commandId);
    const data = { userId, name: input.name, email: input.email, personId: input.personId ?? null };
    const result = await this.commands.send({ type: 'CreateUser', data, occurredAt: input.occurredAt }, { commandId: input.commandId, actor });
    return CommandResultType.of(result, userId);
  }

  @Mutation(() => CommandResultType)
  async grantRole(@Args('input') { commandId, occurredAt, userId, role, scopeUnitId }: GrantRoleInput, @CurrentActor() actor: Actor) {
    const data = { userId, role, scopeUnitId: scopeUnitId ?? null };
    return CommandResultType.of(await this.commands.send({ type: 'GrantRole', data, occurredAt }, { commandId, actor }), userId);
  }

  @Mutation(() => CommandResultType)
  async revokeRole(@Args('input') { commandId, occurredAt, userId, role, scopeUnitId }: RevokeRoleInput, @CurrentActor() actor: Actor) {
    const data = { userId, role, scopeUnitId: scopeUnitId ?? null };
    return CommandResultType.of(await this.commands.send({ type: 'RevokeRole', data, occurredAt }, { commandId, actor }), userId);
  }

  @Mutation(() => CommandResultType)
  async disableUser(@Args('input') { commandId, occurredAt, userId }: DisableUserInput, @CurrentActor() actor: Actor) {
    const result = await this.commands.send({ type: 'DisableUser', data: { userId }, occurredAt }, { commandId, actor });
    return CommandResultType.of(result, userId);
  }
}
