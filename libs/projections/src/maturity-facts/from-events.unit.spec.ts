import type { DecodedEvent } from '../shared/projection';
import { OrgCalendar } from './calendar';
import { factFromEvent } from './from-events';

const decoded = (type: string, data: unknown, occurredAt = '2026-03-02T03:00:00.000Z'): DecodedEvent => ({
  type,
  data,
  eventId: 'ev1',
  occurredAt,
  recordedAt: '2026-03-05T10:00:00.000Z',
  streamId: 's',
  revision: 0n,
  position: 7n,
  metadata: {} as DecodedEvent['metadata'],
});

describe('domain events as maturity facts', () => {
  const bogota = new OrgCalendar('America/Bogota');

  it('carries the event id, position, recordedAt and the business date in the organisation zone', () => {
    expect(factFromEvent(decoded('TrainingCompleted', { personId: 'p1', courseId: 'c1', score: null }), bogota)).toEqual({
      id: 'ev1',
      position: 7n,
      date: '2026-03-01',
      recordedAt: '2026-03-05T10:00:00.000Z',
      kind: 'training-completed',
      data: { personId: 'p1', courseId: 'c1' },
    });
  });

  it('names reflection spaces as the engine does and drops what it does not count', () => {
    const workshop = factFromEvent(decoded('WorkshopHeld', { teamId: 't', workshopId: 'w', kind: 'reflection-space', name: 'x', attendeeIds: ['p1'] }), bogota);
    expect(workshop).toMatchObject({ kind: 'workshop-held', data: { workshopKind: 'reflection' } });
    expect(factFromEvent(decoded('RecognitionGranted', { teamId: 't', personId: null, reason: 'x' }), bogota)).toBeUndefined();
    expect(factFromEvent(decoded('PersonDetailsCorrected', { personId: 'p', name: 'n', email: 'e' }), bogota)).toBeUndefined();
  });

  it('keeps no personal field: a person enrolled is ids, team and role only', () => {
    const fact = factFromEvent(
      decoded('PersonEnrolled', { personId: 'p1', externalId: 'X', name: 'Ana Secret', email: 'ana@x.test', teamId: 't', role: 'lead', jobProfileId: null }),
      bogota,
    );
    expect(fact?.data).toEqual({ personId: 'p1', teamId: 't', role: 'lead', profileId: null });
  });
});
