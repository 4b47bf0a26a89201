import { Args, ID, Int } from '@nestjs/graphql';
import { PositionScalar } from '../platform/scalars';
import { UserRoleEnum } from '../users/dto/users.inputs';
import { DEFAULT_PAGE } from './scope';

// Argument decorators shared by the read queries of this module.

export const MinPositionArg = () =>
  Args('minPosition', { type: () => PositionScalar, nullable: true, description: 'Wait (briefly) until the read models reflect this position.' });

export const RoleArg = () =>
  Args('role', {
    type: () => UserRoleEnum,
    nullable: true,
    defaultValue: 'executive',
    description: 'Who reads, until sign-in exists (then the signed-in user). Executive, the most restricted, by default.',
  });

export const ReaderTeamArg = () =>
  Args('teamId', { type: () => ID, nullable: true, description: 'A team lead’s own team, until sign-in exists: its members’ names are shown to them.' });

export const FirstArg = () => Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE, description: 'Page size, 1–500.' });

export const TodayArg = () =>
  Args('today', { type: () => String, nullable: true, description: 'YYYY-MM-DD; defaults to today in the organisation’s time zone.' });
