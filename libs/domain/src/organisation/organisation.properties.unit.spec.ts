import fc from 'fast-check';
import { runCommands, SPEC_NOW } from '@norte/testing';
import { DomainError } from '../shared/errors';
import type { OrganisationCommand } from './organisation.commands';
import { organisationDecider } from './organisation.decide';
import { evolveOrganisation, initialOrganisationState } from './organisation.state';

/** Day n of 2026 on a 28-day calendar (enough for ordering), all before SPEC_NOW. */
const day = (n: number) => `2026-0${Math.floor(n / 28) + 1}-${String((n % 28) + 1).padStart(2, '0')}T09:00:00.000Z`;
const date = fc.integer({ min: 0, max: 120 }).map(day);
const unit = fc.constantFrom('d1', 'd2', 'd3', 't1', 't2', 't3', 't4');
const parent = fc.constantFrom(null, 'd1', 'd2', 'd3');
/** e-1…e-3 register the organisation and its first divisions; retractions aim at what follows. */
const factId = fc.integer({ min: 4, max: 30 }).map((n) => `e-${n}`);

const command: fc.Arbitrary<OrganisationCommand> = fc
  .tuple(
    date,
    fc.oneof(
      fc.record({ unitId: unit, parentId: parent }).map(({ unitId, parentId }) => ({
        type: 'CreateUnit',
        data: { unitId, name: unitId, kind: unitId.startsWith('t') ? 'team' : 'division', parentId: unitId.startsWith('t') ? (parentId ?? 'd1') : parentId },
      })),
      fc.record({ unitId: unit, parentId: parent }).map((data) => ({ type: 'MoveUnit', data })),
      unit.map((unitId) => ({ type: 'ArchiveUnit', data: { unitId }, context: { memberships: [] } })),
      unit.map((unitId) => ({ type: 'RenameUnit', data: { unitId, name: `${unitId}!` } })),
      fc.constant({ type: 'SetMission', data: { text: 'Serve' } }),
      fc.constant({ type: 'SetVision', data: { text: 'Lead' } }),
      fc.constantFrom('v1', 'v2').map((valueId) => ({ type: 'DefineCoreValue', data: { valueId, name: 'Respect', description: null } })),
      fc.constantFrom('v1', 'v2').map((valueId) => ({ type: 'RetireCoreValue', data: { valueId } })),
      { weight: 4, arbitrary: factId.map((id) => ({ type: 'RetractOrganisationFact', data: { factId: id, reason: 'mistake' } })) },
    ),
  )
  .map(([occurredAt, body]) => ({ ...body, occurredAt, now: SPEC_NOW }) as OrganisationCommand);

const register: OrganisationCommand = { type: 'RegisterOrganisation', data: { name: 'Acme', locale: 'es', timeZone: 'UTC' }, occurredAt: day(0), now: SPEC_NOW };
const divisions: OrganisationCommand[] = ['d1', 'd2'].map((unitId) => ({
  type: 'CreateUnit',
  data: { unitId, name: unitId, kind: 'division', parentId: null },
  occurredAt: day(0),
  now: SPEC_NOW,
}));
const scenario = fc.array(command, { minLength: 5, maxLength: 60, size: 'large' }).map((rest) => [register, ...divisions, ...rest]);
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

describe('organisation decider, over random command sequences', () => {
  it('loads the same state with fold (built in place) as by evolving event by event', () =>
    fc.assert(
      fc.property(scenario, (commands) => {
        const run = runCommands(organisationDecider, commands);
        expect(organisationDecider.fold(run.history)).toEqual(run.state);
        expect(run.history.reduce(evolveOrganisation, initialOrganisationState())).toEqual(run.state);
      }),
      RUNS,
    ));

  it('loads the same state with fold at every prefix, retractions of retractions included', () =>
    fc.assert(
      fc.property(scenario, fc.nat(), (commands, cut) => {
        const { history } = runCommands(organisationDecider, commands);
        const prefix = history.slice(0, cut % (history.length + 1));
        expect(organisationDecider.fold(prefix)).toEqual(prefix.reduce(evolveOrganisation, initialOrganisationState()));
      }),
      RUNS,
    ));

  it('leaves no trace of a rejected command: only DomainErrors, and the same history without it', () =>
    fc.assert(
      fc.property(scenario, (commands) => {
        const run = runCommands(organisationDecider, commands);
        run.rejected.forEach((error) => expect(error).toBeInstanceOf(DomainError));
        const replay = runCommands(organisationDecider, commands.filter((_, i) => run.outcomes[i]!.accepted));
        expect(replay.rejected).toHaveLength(0);
        expect(replay.history).toEqual(run.history);
      }),
      RUNS,
    ));
});
