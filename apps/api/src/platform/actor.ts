import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@norte/domain';

/**
 * The caller. Until sign-in exists every request acts as the local administrator (Norte listens
 * on loopback only); the sign-in issue replaces this with the authenticated user, and handlers
 * do not change because every command and query already takes an Actor.
 */
export const LOCAL_ADMIN: Actor = { userId: 'local-admin', role: 'admin' };

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const gql = GqlExecutionContext.create(context).getContext<{ actor?: Actor }>();
  return gql.actor ?? LOCAL_ADMIN;
});
