import { personDecider } from './person.decide';
import { enrolled, left, moved, on, retracted } from './person.fixtures.spec';
import { teamMembershipsOf } from './person.timeline';

const fold = (...events: Parameters<typeof personDecider.evolve>[1][]) => events.reduce(personDecider.evolve, personDecider.initialState());

describe('team memberships of a person (for the read models that fill team contexts)', () => {
  it('draws one stint per team, ending at a move or a leaving', () =>
    expect(teamMembershipsOf(fold(enrolled('01-01'), moved('03-01', 't1', 't2'), left('05-01', 'left', 't2')), 'p1')).toEqual([
      { personId: 'p1', teamId: 't1', from: on('01-01'), until: on('03-01') },
      { personId: 'p1', teamId: 't2', from: on('03-01'), until: on('05-01') },
    ]));
  it('leaves retracted facts out', () =>
    expect(teamMembershipsOf(fold(enrolled('01-01'), left('05-01'), retracted('05-02', 'left', 'r1', 'PersonLeft')), 'p1')).toEqual([
      { personId: 'p1', teamId: 't1', from: on('01-01'), until: null },
    ]));
});
