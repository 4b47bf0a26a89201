import { command, deciderSpec } from '@norte/testing';
import type { PersonCommand as C } from './person.commands';
import { personDecider } from './person.decide';
import { enrolContext, enrolData, enrolled, left, moved, noTeamFacts, on, roleChanged, teamFact, trained } from './person.fixtures.spec';

const spec = deciderSpec(personDecider);
const enrol = (data: Partial<typeof enrolData> = {}, context = enrolContext, day = '01-01') =>
  command<C>('EnrolPerson', { ...enrolData, ...data }, { occurredAt: on(day), context });
const leave = (day: string, teamFacts = noTeamFacts.teamFacts) => command<C>('RecordPersonLeft', { personId: 'p1' }, { occurredAt: on(day), context: { teamFacts } });
const move = (day: string, teamId: string, teamFacts = noTeamFacts.teamFacts, team: 'active' | 'archived' | 'unknown' = 'active') =>
  command<C>('MovePersonToTeam', { personId: 'p1', teamId, role: 'lead' }, { occurredAt: on(day), context: { team, teamFacts } });

describe('person membership', () => {
  describe('when not enrolled', () => {
    it('enrols the person on a team with a role and a job profile', () =>
      spec.given().when(enrol({ name: '  Ana Ruiz ' })).then([{ type: 'PersonEnrolled', data: { ...enrolData, role: 'member' } }]));
    it('enrols without a job profile', () =>
      spec.given().when(enrol({ jobProfileId: null }, { ...enrolContext, jobProfile: null })).then([{ type: 'PersonEnrolled', data: { ...enrolData, role: 'member', jobProfileId: null } }]));
    it('rejects an unknown team', () => spec.given().when(enrol({}, { ...enrolContext, team: 'unknown' })).thenThrows({ code: 'NOT_FOUND', field: 'teamId' }));
    it('rejects an archived team', () => spec.given().when(enrol({}, { ...enrolContext, team: 'archived' })).thenThrows({ code: 'CONFLICT', field: 'teamId' }));
    it('rejects an undefined job profile', () => spec.given().when(enrol({}, { ...enrolContext, jobProfile: 'unknown' })).thenThrows({ code: 'NOT_FOUND', field: 'jobProfileId' }));
    it('rejects an external id that belongs to another person', () =>
      spec.given().when(enrol({}, { ...enrolContext, personWithExternalId: 'p9' })).thenThrows({ code: 'CONFLICT', field: 'externalId' }));
    it('rejects an invalid e-mail', () => spec.given().when(enrol({ email: 'ana-at-acme' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'email' }));
    it('rejects an unknown role', () => spec.given().when(enrol({ role: 'boss' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'role' }));
    it('rejects a name over 120 characters', () => spec.given().when(enrol({ name: 'x'.repeat(121) })).thenThrows({ code: 'BAD_USER_INPUT', field: 'name' }));
    it('rejects an unsafe person id', () => spec.given().when(enrol({ personId: 'p 1' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'personId' }));
    it('rejects an enrolment dated in the future', () =>
      spec.given().when(command<C>('EnrolPerson', { ...enrolData }, { occurredAt: '2026-06-02T12:00:00.000Z', context: enrolContext })).thenThrows({ code: 'BAD_USER_INPUT', field: 'occurredAt' }));
    it('rejects a role change', () => spec.given().when(command<C>('ChangeTeamRole', { personId: 'p1', role: 'lead' })).thenThrows({ code: 'NOT_FOUND', field: 'personId' }));
    it('rejects a details correction', () =>
      spec.given().when(command<C>('CorrectPersonDetails', { personId: 'p1', name: 'Ana', email: 'a@b.co' })).thenThrows({ code: 'NOT_FOUND', field: 'personId' }));
  });

  describe('when enrolled', () => {
    it('refuses a second enrolment, naming the first', () => spec.given([enrolled()]).when(enrol()).thenThrows({ code: 'CONFLICT', field: 'personId', facts: ['enrol'] }));
    it('corrects the name and e-mail', () =>
      spec.given([enrolled()]).when(command<C>('CorrectPersonDetails', { personId: 'p1', name: 'Ana Ruíz', email: 'ana.ruiz@acme.test' })).then([
        { type: 'PersonDetailsCorrected', data: { personId: 'p1', name: 'Ana Ruíz', email: 'ana.ruiz@acme.test' } },
      ]));
    it('rejects a correction with an invalid e-mail', () =>
      spec.given([enrolled()]).when(command<C>('CorrectPersonDetails', { personId: 'p1', name: 'Ana', email: 'nope' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'email' }));
    it('makes a member the lead of their team', () =>
      spec.given([enrolled()]).when(command<C>('ChangeTeamRole', { personId: 'p1', role: 'lead' }, { occurredAt: on('02-01') })).then([
        { type: 'TeamRoleChanged', data: { personId: 'p1', teamId: 't1', role: 'lead' } },
      ]));
    it('rejects a role the person already has', () =>
      spec.given([enrolled()]).when(command<C>('ChangeTeamRole', { personId: 'p1', role: 'member' }, { occurredAt: on('02-01') })).thenThrows({ code: 'CONFLICT', field: 'role' }));
    it('moves the person to another team, from the team they are on', () =>
      spec.given([enrolled()]).when(move('03-01', 't2')).then([{ type: 'PersonMovedTeam', data: { personId: 'p1', fromTeamId: 't1', toTeamId: 't2', role: 'lead' } }]));
    it('rejects a move to the team they are on', () => spec.given([enrolled()]).when(move('03-01', 't1')).thenThrows({ code: 'CONFLICT', field: 'teamId' }));
    it('rejects a move to an unknown or archived team', () => {
      spec.given([enrolled()]).when(move('03-01', 't2', [], 'unknown')).thenThrows({ code: 'NOT_FOUND', field: 'teamId' });
      spec.given([enrolled()]).when(move('03-01', 't2', [], 'archived')).thenThrows({ code: 'CONFLICT', field: 'teamId' });
    });
    it('rejects a move dated before a fact recorded about them on the old team', () =>
      spec.given([enrolled()]).when(move('03-01', 't2', [teamFact('wk-t1', 't1', '03-10'), teamFact('wk-early', 't1', '02-10')])).thenThrows({ code: 'CONFLICT', facts: ['wk-t1'] }));
    it('rejects a move dated before the latest membership fact', () =>
      spec.given([enrolled(), roleChanged('04-01', 'lead')]).when(move('03-01', 't2')).thenThrows({ code: 'CONFLICT', field: 'occurredAt', facts: ['role'] }));
    it('records leaving from the current team', () =>
      spec.given([enrolled(), moved('03-01', 't1', 't2')]).when(leave('05-01')).then([{ type: 'PersonLeft', data: { personId: 'p1', teamId: 't2' } }]));
    it('rejects leaving dated before a training completion, naming it', () =>
      spec.given([enrolled(), trained('04-01')]).when(leave('03-01')).thenThrows({ code: 'CONFLICT', field: 'occurredAt', facts: ['training'] }));
    it('rejects leaving dated before a fact about them on a team stream, naming it', () =>
      spec.given([enrolled()]).when(leave('03-01', [teamFact('coaching-1', 't1', '03-15')])).thenThrows({ code: 'CONFLICT', facts: ['coaching-1'] }));
    it('rejects leaving dated before the enrolment', () =>
      spec.given([enrolled('02-01')]).when(leave('01-15')).thenThrows({ code: 'CONFLICT', field: 'occurredAt', facts: ['enrol'] }));
  });

  describe('when the person has left', () => {
    const history = [enrolled(), left('04-01')];
    it('rejects a fact dated after leaving, naming the leaving', () =>
      spec.given(history).when(command<C>('ChangeTeamRole', { personId: 'p1', role: 'lead' }, { occurredAt: on('05-01') })).thenThrows({ code: 'CONFLICT', field: 'occurredAt', facts: ['left'] }));
    it('rejects leaving twice', () => spec.given(history).when(leave('05-01')).thenThrows({ code: 'CONFLICT', field: 'occurredAt', facts: ['left'] }));
    it('re-enrols the person later (a rehire), on one team again', () =>
      spec.given(history).when(enrol({ teamId: 't3' }, { ...enrolContext, personWithExternalId: 'p1' }, '05-01')).then([{ type: 'PersonEnrolled', data: { ...enrolData, role: 'member', teamId: 't3' } }]));
    it('still corrects their details', () =>
      spec.given(history).when(command<C>('CorrectPersonDetails', { personId: 'p1', name: 'Ana R.', email: 'ana@acme.test' })).then([
        { type: 'PersonDetailsCorrected', data: { personId: 'p1', name: 'Ana R.', email: 'ana@acme.test' } },
      ]));
  });
});
