import { Args, ID, Int } from '@nestjs/graphql';
import { PositionScalar } from '../platform/scalars';
import { UserRoleEnum } from '../users/dto/users.inputs';

// Arguments every maturity query takes.

export const MinPositionArg = () =>
  Args('minPosition', { type: () => PositionScalar, nullable: true, description: 'Wait (briefly) until the read models reflect this position.' });

export const AsOfArg = () =>
  Args('asOf', { type: () => String, nullable: true, description: 'Business date YYYY-MM-DD: facts dated up to it count. Default: today in the organisation’s time zone.' });

export const KnownAtArg = () =>
  Args('knownAt', {
    type: () => String,
    nullable: true,
    description: 'System time: only facts (and retractions) recorded by then count — what Norte showed at that moment. An ISO instant, or a date meaning the end of that day in the organisation’s time zone.',
  });

export const ModelVersionArg = () =>
  Args('modelVersion', { type: () => Int, nullable: true, description: 'Maturity model version; default the latest published.' });

export const RoleArg = () =>
  Args('role', {
    type: () => UserRoleEnum,
    nullable: true,
    defaultValue: 'executive',
    description: 'Who reads, until sign-in exists. Only HR and admins see scores withheld below the confidentiality minimum. Executive, the most restricted, by default.',
  });

export const UnitIdArg = (description: string) => Args('unitId', { type: () => ID, nullable: true, description });
