// Fixtures shared by the person specs (not a test file: no `.unit.`).
import { stamp } from '@norte/testing';
import type { Envelope } from '../shared/decider';
import type { TeamFactRef } from '../shared/context';
import type { EnrolPerson, EnrolPersonContext } from './person.commands';
import type { PersonEvent } from './person.events';

/** A 2026 business date at 09:00 UTC. */
export const on = (monthDay: string): string => `2026-${monthDay}T09:00:00.000Z`;

export const enrolData: EnrolPerson['data'] = {
  personId: 'p1',
  externalId: 'E-001',
  name: 'Ana Ruiz',
  email: 'ana@acme.test',
  teamId: 't1',
  role: 'member',
  jobProfileId: 'jp1',
};
export const enrolContext: EnrolPersonContext = { team: 'active', jobProfile: 'active', personWithExternalId: null };
export const noTeamFacts = { teamFacts: [] as readonly TeamFactRef[] };

type E = PersonEvent;
const at = (id: string, day: string, event: E): Envelope<E> => stamp(event, on(day), id);

export const enrolled = (day = '01-01', id = 'enrol'): Envelope<E> => at(id, day, { type: 'PersonEnrolled', data: { ...enrolData, role: 'member' } });
export const roleChanged = (day: string, role: 'lead' | 'member', id = 'role', teamId = 't1'): Envelope<E> =>
  at(id, day, { type: 'TeamRoleChanged', data: { personId: 'p1', teamId, role } });
export const moved = (day: string, fromTeamId: string, toTeamId: string, id = 'move'): Envelope<E> =>
  at(id, day, { type: 'PersonMovedTeam', data: { personId: 'p1', fromTeamId, toTeamId, role: 'member' } });
export const left = (day: string, id = 'left', teamId = 't1'): Envelope<E> => at(id, day, { type: 'PersonLeft', data: { personId: 'p1', teamId } });
export const trained = (day: string, id = 'training'): Envelope<E> =>
  at(id, day, { type: 'TrainingCompleted', data: { personId: 'p1', courseId: 'c1', score: null } });
export const assessed = (day: string, fit: 'aligned' | 'partial' | 'misaligned', id = 'assessment'): Envelope<E> =>
  at(id, day, { type: 'AlignmentAssessed', data: { personId: 'p1', jobProfileId: 'jp1', fit, assessorId: 'lead1', note: null } });
export const resolved = (day: string, assessmentId = 'assessment', id = 'resolution'): Envelope<E> =>
  at(id, day, { type: 'MisfitResolved', data: { personId: 'p1', assessmentId, resolution: 'development-plan', note: null } });
export const retracted = (day: string, factId: string, id: string, factType = 'TrainingCompleted'): Envelope<E> =>
  at(id, day, { type: 'FactRetracted', data: { factId, factType, reason: 'entered by mistake' } });
export const teamFact = (eventId: string, teamId: string, day: string): TeamFactRef => ({ eventId, teamId, occurredAt: on(day) });
