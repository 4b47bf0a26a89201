import { registerEnumType } from '@nestjs/graphql';
import {
  CHANNELS,
  COURSE_AUDIENCES,
  FITS,
  KPI_METRICS,
  MISFIT_RESOLUTIONS,
  PROCESS_IDS,
  PROTOCOL_STEPS,
  SERVICE_BEHAVIOURS,
  SURVEY_KINDS,
  TEAM_ROLES,
  WORKSHOP_KINDS,
} from '@norte/domain';

/**
 * GraphQL enums for the domain's closed vocabularies, registered once for every module. GraphQL
 * names are UPPER_SNAKE (`IN_PERSON`); the values resolvers receive are the domain's stored
 * strings (`in-person`), so inputs pass straight into commands.
 */
export function graphqlEnum<V extends string>(name: string, values: readonly V[], description: string): Record<string, V> {
  const enumObject = Object.fromEntries(values.map((v) => [v.replace(/-/g, '_').toUpperCase(), v])) as Record<string, V>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const ProcessIdEnum = graphqlEnum('ProcessId', PROCESS_IDS, 'The seven processes of the program.');
export const ChannelEnum = graphqlEnum('Channel', CHANNELS, 'A contact channel.');
export const KpiMetricEnum = graphqlEnum('KpiMetric', KPI_METRICS, 'A service KPI (lower is better).');
export const SurveyKindEnum = graphqlEnum('SurveyKind', SURVEY_KINDS, 'A team survey instrument.');
export const ServiceBehaviourEnum = graphqlEnum('ServiceBehaviour', SERVICE_BEHAVIOURS, 'A service behaviour scored by mystery shopping.');
export const ProtocolStepEnum = graphqlEnum('ProtocolStep', PROTOCOL_STEPS, 'A step of the contact protocol.');
export const WorkshopKindEnum = graphqlEnum('WorkshopKind', WORKSHOP_KINDS, 'A kind of workshop.');
export const CourseAudienceEnum = graphqlEnum('CourseAudience', COURSE_AUDIENCES, 'Who a course is for.');
export const FitEnum = graphqlEnum('Fit', FITS, 'How a person fits their job profile.');
export const MisfitResolutionEnum = graphqlEnum('MisfitResolution', MISFIT_RESOLUTIONS, 'How a misfit was resolved.');
export const TeamRoleEnum = graphqlEnum('TeamRole', TEAM_ROLES, 'A person’s role on their team.');
