// Fixtures shared by the organisation specs (not a test file: no `.unit.`).
import { stamp } from '@norte/testing';
import type { Envelope } from '../shared/decider';
import type { OrganisationEvent } from './organisation.events';

type E = OrganisationEvent;
export const on = (monthDay: string): string => `2026-${monthDay}T09:00:00.000Z`;
const at = (id: string, day: string, event: E): Envelope<E> => stamp(event, on(day), id);

export const registered = at('registered', '01-01', { type: 'OrganisationRegistered', data: { organisationId: 'org', name: 'Acme', locale: 'es', timeZone: 'America/Bogota' } });
export const division = (unitId: string, parentId: string | null = null) => at(`unit-${unitId}`, '01-01', { type: 'UnitCreated', data: { unitId, name: unitId, kind: 'division', parentId } });
export const team = (unitId: string, parentId: string) => at(`unit-${unitId}`, '01-01', { type: 'UnitCreated', data: { unitId, name: unitId, kind: 'team', parentId } });
export const valueDefined = (valueId = 'v1', day = '01-05') => at(`value-${valueId}`, day, { type: 'CoreValueDefined', data: { valueId, name: 'Respect', description: null } });
export const valueRetired = (valueId = 'v1', day = '03-01', id = `retired-${valueId}`) => at(id, day, { type: 'CoreValueRetired', data: { valueId } });
export const profileDefined = (jobProfileId = 'jp1', day = '01-05') =>
  at(`profile-${jobProfileId}`, day, { type: 'JobProfileDefined', data: { jobProfileId, title: 'Advisor', description: null } });
export const profileRevised = (jobProfileId = 'jp1', day = '02-05') =>
  at(`revised-${jobProfileId}`, day, { type: 'JobProfileRevised', data: { jobProfileId, title: 'Senior advisor', description: null } });
export const policy = (version: number, day = '02-01') =>
  at(`policy-${version}`, day, { type: 'ServicePolicyPublished', data: { version, title: 'Service policy', norms: { be: ['Kind'], know: [], do: [] }, protocols: { greeting: 'Hi', identification: 'I am', closing: 'Bye' } } });
export const retracted = (factId: string, factType: string, id: string, day = '04-01') => at(id, day, { type: 'FactRetracted', data: { factId, factType, reason: 'mistake' } });
export const missionSet = (id = 'mission', day = '01-02') => at(id, day, { type: 'MissionSet', data: { text: 'Serve' } });
