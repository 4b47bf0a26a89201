import { command, deciderSpec } from '@norte/testing';
import type { TeamCommand as C } from './team.commands';
import { teamDecider } from './team.decide';
import { options, retracted, workshop } from './team.fixtures.spec';

const spec = deciderSpec(teamDecider);
const t = { teamId: 't1' };
const wk = { ...t, workshopId: 'w1', kind: 'empathy', name: ' Listening circle ', attendeeIds: ['p1', 'p3'] };
const recordWorkshop = (data: Partial<typeof wk>, day = '05-01') => command<C>('RecordWorkshop', { ...wk, ...data }, options(day));
const session = { ...t, sessionId: 's1', coachId: 'lead', coacheeIds: ['p1', 'p3'], durationMinutes: 45, focusProcessId: 'leadership', privateNote: ' Wants more autonomy ' };
const recordSession = (data: Partial<typeof session>, day = '05-01') => command<C>('RecordCoachingSession', { ...session, ...data }, options(day));
const recognise = (personId: string | null, reason = 'Stayed late to help a customer', day = '05-01') => command<C>('GrantRecognition', { ...t, personId, reason }, options(day));

describe('team activities', () => {
  describe('workshops', () => {
    it('records a workshop held for the team, with its attendees', () =>
      spec.given().when(recordWorkshop({})).then([{ type: 'WorkshopHeld', data: { ...wk, kind: 'empathy', name: 'Listening circle' } }]));
    it('rejects an unknown kind, no attendees, or an attendee listed twice', () => {
      spec.given().when(recordWorkshop({ kind: 'yoga' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'kind' });
      spec.given().when(recordWorkshop({ attendeeIds: [] })).thenThrows({ code: 'BAD_USER_INPUT', field: 'attendeeIds' });
      spec.given().when(recordWorkshop({ attendeeIds: ['p1', 'p1'] })).thenThrows({ code: 'BAD_USER_INPUT', field: 'attendeeIds.1' });
    });
    it('rejects an attendee who was not an active member at its date', () => {
      spec.given().when(recordWorkshop({ attendeeIds: ['p1', 'p2'] }, '03-01')).thenThrows({ code: 'CONFLICT', field: 'attendeeIds.1' });
      spec.given().when(recordWorkshop({ attendeeIds: ['p3'] }, '01-15')).thenThrows({ code: 'CONFLICT', field: 'attendeeIds.0' });
      spec.given().when(recordWorkshop({ attendeeIds: ['p9'] })).thenThrows({ code: 'CONFLICT', field: 'attendeeIds.0' });
    });
    it('accepts a back-dated workshop while the attendees were members', () =>
      spec.given().when(recordWorkshop({ attendeeIds: ['p1', 'p2'] }, '02-28')).then([{ type: 'WorkshopHeld', data: { ...wk, kind: 'empathy', name: 'Listening circle', attendeeIds: ['p1', 'p2'] } }]));
    it('rejects a workshop id already used, even when retracted', () =>
      spec.given([workshop('w1'), retracted('03-01', 'w1', 'r1', 'WorkshopHeld')]).when(recordWorkshop({})).thenThrows({ code: 'CONFLICT', field: 'workshopId', facts: ['w1'] }));
  });

  describe('coaching sessions', () => {
    it('records a session with its coachees, focus and a private note', () =>
      spec.given().when(recordSession({})).then([{ type: 'CoachingSessionHeld', data: { ...session, focusProcessId: 'leadership', privateNote: 'Wants more autonomy' } }]));
    it('records a session without a note', () =>
      spec.given().when(recordSession({ privateNote: '  ' })).then([{ type: 'CoachingSessionHeld', data: { ...session, focusProcessId: 'leadership', privateNote: null } }]));
    it('rejects a coachee who was not an active member at its date', () =>
      spec.given().when(recordSession({ coacheeIds: ['p2'] }, '04-01')).thenThrows({ code: 'CONFLICT', field: 'coacheeIds.0' }));
    it('rejects a coach coaching themselves, a zero duration and an unknown focus', () => {
      spec.given().when(recordSession({ coachId: 'p1' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'coacheeIds' });
      spec.given().when(recordSession({ durationMinutes: 0 })).thenThrows({ code: 'BAD_USER_INPUT', field: 'durationMinutes' });
      spec.given().when(recordSession({ focusProcessId: 'P4' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'focusProcessId' });
    });
    it('rejects a note over 4000 characters', () =>
      spec.given().when(recordSession({ privateNote: 'x'.repeat(4001) })).thenThrows({ code: 'BAD_USER_INPUT', field: 'privateNote' }));
  });

  describe('recognitions', () => {
    it('recognises the whole team, or one active member', () => {
      spec.given().when(recognise(null)).then([{ type: 'RecognitionGranted', data: { ...t, personId: null, reason: 'Stayed late to help a customer' } }]);
      spec.given().when(recognise('p3')).then([{ type: 'RecognitionGranted', data: { ...t, personId: 'p3', reason: 'Stayed late to help a customer' } }]);
    });
    it('rejects recognising someone who was not an active member then', () =>
      spec.given().when(recognise('p2', 'Great', '04-01')).thenThrows({ code: 'CONFLICT', field: 'personId' }));
    it('rejects a recognition without a reason', () => spec.given().when(recognise(null, ' ')).thenThrows({ code: 'BAD_USER_INPUT', field: 'reason' }));
  });
});
