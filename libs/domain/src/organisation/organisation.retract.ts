import { effectiveFacts, type Fact } from '../shared/ledger';
import { retractConsistently, type RetractionRules, type Violation } from '../shared/retraction';
import type { RetractOrganisationFact } from './organisation.commands';
import type { OrganisationEvent } from './organisation.events';
import { evolveOrganisation, type OrganisationState } from './organisation.state';

/** Structure (registration, units) is corrected by its own commands: rename, move, archive. */
const RETRACTABLE: readonly OrganisationEvent['type'][] = [
  'MissionSet',
  'VisionSet',
  'JobProfileDefined',
  'JobProfileRevised',
  'GuidingPrincipleDefined',
  'CoreValueDefined',
  'CoreValueRetired',
  'ParadigmShiftRecorded',
  'ServicePolicyPublished',
  'ServiceStandardSet',
  'CourseDefined',
];

/** A retirement or revision needs its item defined before it; a value is retired at most once. */
export function organisationViolations(state: OrganisationState): readonly Violation[] {
  const defined = new Map<string, Fact<OrganisationEvent>>();
  const retired = new Map<string, Fact<OrganisationEvent>>();
  const violations: Violation[] = [];
  const requireDefined = (fact: Fact<OrganisationEvent>, key: string, what: string): boolean => {
    const definition = defined.get(key);
    if (definition && definition.at <= fact.at) return true;
    violations.push({ factId: fact.eventId, because: definition ? [definition.eventId] : [], reason: `${what} has no definition before it` });
    return false;
  };
  for (const fact of effectiveFacts(state.ledger)) {
    const { event } = fact;
    if (event.type === 'CoreValueDefined') defined.set(`value:${event.data.valueId}`, fact);
    if (event.type === 'JobProfileDefined') defined.set(`profile:${event.data.jobProfileId}`, fact);
    if (event.type === 'JobProfileRevised') requireDefined(fact, `profile:${event.data.jobProfileId}`, `Revision of job profile '${event.data.jobProfileId}'`);
    if (event.type === 'CoreValueRetired' && requireDefined(fact, `value:${event.data.valueId}`, `Retirement of core value '${event.data.valueId}'`)) {
      const earlier = retired.get(event.data.valueId);
      if (earlier) violations.push({ factId: fact.eventId, because: [earlier.eventId], reason: `Core value '${event.data.valueId}' would be retired twice` });
      else retired.set(event.data.valueId, fact);
    }
  }
  return violations;
}

const rules: RetractionRules<OrganisationEvent, OrganisationState> = {
  ledger: (state) => state.ledger,
  evolve: evolveOrganisation,
  violations: organisationViolations,
  retractable: RETRACTABLE,
};

export const decideOrganisationRetraction = (command: RetractOrganisationFact, state: OrganisationState): readonly OrganisationEvent[] => [
  retractConsistently(rules, state, command.data, command.occurredAt),
];
