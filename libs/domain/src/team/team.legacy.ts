import type { SurveyResultRecorded } from './team.events';

/**
 * SurveyResultRecorded, schema version 1 — frozen. Version 1 knew only the climate survey and named
 * its fields after the survey tool's export (`average`, `responses`). When the internal-service
 * survey arrived the event needed a `kind`, and took CSAT's field names (`score`, `responseCount`).
 * Stored v1 events are never rewritten: they are upcast on read.
 */
export interface SurveyResultRecordedV1 {
  readonly teamId: string;
  readonly average: number;
  readonly responses: number;
}

/** Every v1 result was a climate survey. */
export const upcastSurveyResultV1 = (v1: SurveyResultRecordedV1): SurveyResultRecorded['data'] => ({
  teamId: v1.teamId,
  kind: 'climate',
  score: v1.average,
  responseCount: v1.responses,
});
