/**
 * Closed vocabularies of the outcome instruments and program activities (PRODUCT.md §2–3). Values
 * are stored in events: add, never rename.
 */

/** Contact channels for standards, KPIs and mystery shopping. */
export const CHANNELS = ['in-person', 'phone', 'email', 'chat', 'web', 'social-media'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Service KPIs; lower is better for all three. */
export const KPI_METRICS = ['first-response-minutes', 'resolution-hours', 'complaints'] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];

export const SURVEY_KINDS = ['climate', 'internal-service'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** The six service behaviours scored per mystery-shop visit or call. */
export const SERVICE_BEHAVIOURS = ['reliability', 'accessibility', 'timeliness', 'proactivity', 'warmth', 'advice'] as const;
export type ServiceBehaviour = (typeof SERVICE_BEHAVIOURS)[number];

/** The contact protocol's three steps (service policy and mystery-shop compliance). */
export const PROTOCOL_STEPS = ['greeting', 'identification', 'closing'] as const;
export type ProtocolStep = (typeof PROTOCOL_STEPS)[number];

export const WORKSHOP_KINDS = [
  'true-north-cascade',
  'purpose',
  'teaching-learning',
  'emotional-intelligence',
  'empathy',
  'reflection-space',
] as const;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];

export const COURSE_AUDIENCES = ['management', 'front-line'] as const;
export type CourseAudience = (typeof COURSE_AUDIENCES)[number];

export const FITS = ['aligned', 'partial', 'misaligned'] as const;
export type Fit = (typeof FITS)[number];

export const MISFIT_RESOLUTIONS = ['reassigned', 'development-plan', 'exit'] as const;
export type MisfitResolution = (typeof MISFIT_RESOLUTIONS)[number];

export const TEAM_ROLES = ['lead', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
