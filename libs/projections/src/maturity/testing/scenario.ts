import type {
  AssessmentResult,
  CourseAudience,
  FactOfKind,
  FactKind,
  IsoDate,
  MaturityFact,
  ServiceBehaviour,
  SurveyKind,
  TeamRole,
  WorkshopKind,
} from '../facts';
import { buildMaturityIndex } from '../index/add-fact';
import type { MaturityIndex } from '../index/maturity-index';
import type { ProcessId } from '../processes';

/**
 * A fact builder for specs and benchmarks: dates may be written 'MM-DD' (in `year`), facts get
 * increasing positions and ids 'f1', 'f2', …, and are recorded at noon UTC of their own date
 * unless `recorded` says otherwise (a date means noon of that date; anything else is an instant).
 */
export interface FactOptions {
  readonly id?: string;
  readonly recorded?: string;
}

export type Scenario = ReturnType<typeof createScenario>;

export function createScenario(year = 2026) {
  const facts: MaturityFact[] = [];
  let position = 0n;
  const day = (date: string): IsoDate => (date.length === 5 ? `${year}-${date}` : date);
  const instant = (date: string): string => (/^(\d{4}-)?\d{2}-\d{2}$/.test(date) ? `${day(date)}T12:00:00Z` : date);

  function fact<K extends FactKind>(kind: K, date: string, data: FactOfKind<K>['data'], options: FactOptions = {}) {
    position += 1n;
    const built = {
      kind,
      id: options.id ?? `f${position}`,
      position,
      date: day(date),
      recordedAt: instant(options.recorded ?? date),
      data,
    } as unknown as FactOfKind<K>;
    facts.push(built);
    return built;
  }

  return {
    facts,
    fact,
    date: day,
    /** The end of a day (UTC stands in for the organisation's zone), as known-at instants are given. */
    endOf: (date: string) => `${day(date)}T23:59:59.999Z`,
    index: (): MaturityIndex => buildMaturityIndex(facts),

    mission: (date: string, o?: FactOptions) => fact('mission-set', date, {}, o),
    vision: (date: string, o?: FactOptions) => fact('vision-set', date, {}, o),
    principle: (date: string, principleId: string, o?: FactOptions) =>
      fact('guiding-principle-defined', date, { principleId }, o),
    coreValue: (date: string, valueId: string, o?: FactOptions) => fact('core-value-defined', date, { valueId }, o),
    retireValue: (date: string, valueId: string, o?: FactOptions) => fact('core-value-retired', date, { valueId }, o),
    /** Mission, vision, one principle and three core values. */
    trueNorth(date: string) {
      this.mission(date);
      this.vision(date);
      this.principle(date, 'gp1');
      for (const value of ['v1', 'v2', 'v3']) this.coreValue(date, value);
    },
    policy: (date: string, version: number, o?: FactOptions) => fact('service-policy-published', date, { version }, o),
    standard: (date: string, channel: string, metric: string, target: number, o?: FactOptions) =>
      fact('service-standard-set', date, { channel, metric, target }, o),
    course: (date: string, courseId: string, process: ProcessId, audience: CourseAudience, o?: FactOptions) =>
      fact('course-defined', date, { courseId, process, audience }, o),

    enrol: (
      date: string,
      personId: string,
      teamId: string,
      role: TeamRole = 'member',
      profileId: string | null = 'profile',
      o?: FactOptions,
    ) => fact('person-enrolled', date, { personId, teamId, role, profileId }, o),
    /** Enrols a lead and members with a job profile. */
    team(date: string, teamId: string, lead: string | null, members: readonly string[]) {
      if (lead !== null) this.enrol(date, lead, teamId, 'lead');
      for (const member of members) this.enrol(date, member, teamId, 'member');
    },
    move: (date: string, personId: string, teamId: string, role: TeamRole | null = null, o?: FactOptions) =>
      fact('person-moved-team', date, { personId, teamId, role }, o),
    changeRole: (date: string, personId: string, role: TeamRole, o?: FactOptions) =>
      fact('team-role-changed', date, { personId, role }, o),
    changeProfile: (date: string, personId: string, profileId: string | null, o?: FactOptions) =>
      fact('job-profile-changed', date, { personId, profileId }, o),
    leave: (date: string, personId: string, o?: FactOptions) => fact('person-left', date, { personId }, o),

    roadmap: (date: string, teamId: string, process: ProcessId, itemId?: string, o?: FactOptions) =>
      fact('roadmap-item-planned', date, { itemId: itemId ?? `item-${position + 1n}`, teamId, process }, o),
    cancel: (date: string, teamId: string, itemId: string, o?: FactOptions) => fact('roadmap-item-cancelled', date, { itemId, teamId }, o),
    workshop: (
      date: string,
      teamId: string,
      workshopKind: WorkshopKind,
      attendeeIds: readonly string[],
      o?: FactOptions,
    ) => fact('workshop-held', date, { teamId, workshopKind, attendeeIds }, o),
    coaching: (date: string, teamId: string, coacheeIds: readonly string[], o?: FactOptions) =>
      fact('coaching-session-held', date, { teamId, coacheeIds }, o),
    lifePlan: (date: string, personId: string, o?: FactOptions) =>
      fact('life-plan-conversation-held', date, { personId }, o),
    assess: (date: string, personId: string, result: AssessmentResult, o?: FactOptions) =>
      fact('alignment-assessed', date, { personId, result }, o),
    training: (date: string, personId: string, courseId: string, o?: FactOptions) =>
      fact('training-completed', date, { personId, courseId }, o),
    acknowledge: (date: string, personId: string, version: number, o?: FactOptions) =>
      fact('policy-acknowledged', date, { personId, version }, o),

    survey: (date: string, teamId: string, survey: SurveyKind, score: number, responses: number, o?: FactOptions) =>
      fact('survey-result-recorded', date, { teamId, survey, score, responses }, o),
    csat: (date: string, teamId: string, score: number, responses: number, o?: FactOptions) =>
      fact('csat-recorded', date, { teamId, score, responses }, o),
    mysteryShop: (
      date: string,
      teamId: string,
      scores: number | Readonly<Record<ServiceBehaviour, number>>,
      o?: FactOptions,
    ) =>
      fact(
        'mystery-shop-recorded',
        date,
        {
          teamId,
          scores:
            typeof scores === 'number'
              ? {
                  reliability: scores,
                  accessibility: scores,
                  timeliness: scores,
                  proactivity: scores,
                  warmth: scores,
                  advice: scores,
                }
              : scores,
        },
        o,
      ),
    kpi: (date: string, teamId: string, channel: string, metric: string, value: number, o?: FactOptions) =>
      fact('kpi-measured', date, { teamId, channel, metric, value }, o),
    retract: (date: string, retractedFactId: string, o?: FactOptions) =>
      fact('fact-retracted', date, { retractedFactId }, o),
  };
}
