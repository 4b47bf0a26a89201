import { command, stamp } from '@norte/testing';
import type { PersonEvent } from '../person/person.events';
import { needsContext, type CommandContexts } from './contexts';
import { categoryOfStream, COMMAND_CATEGORY, DECIDERS, decideOnHistory, streamIdFor, type NorteCommand } from './registry';

const teamContext: CommandContexts['RecordCsat'] = { team: { status: 'active' }, memberships: [] };

describe('the registry', () => {
  it('names the stream of each command, category before the first dash', () => {
    expect(streamIdFor(command<NorteCommand>('SetMission', { text: 'x' }))).toBe('organisation-org');
    expect(streamIdFor(command<NorteCommand>('DisableUser', { userId: 'u-1' }))).toBe('user-u-1');
    expect(streamIdFor(command<NorteCommand>('RecordLifePlanConversation', { personId: 'p-1', leaderId: 'l' }))).toBe('person-p-1');
    expect(streamIdFor(command<NorteCommand>('RecordCsat', { teamId: 't-1', score: 4, responseCount: 9 }, { context: teamContext }))).toBe('team-t-1');
    expect(categoryOfStream('person-p-1')).toBe('person');
  });

  it('routes every command type to a category that has a decider', () => {
    const categories = new Set(Object.values(COMMAND_CATEGORY));
    expect([...categories].sort()).toEqual(Object.keys(DECIDERS).sort());
    expect(Object.keys(COMMAND_CATEGORY)).toHaveLength(49);
  });

  it('types the context of each command (checked by tsc)', () => {
    const enrol: CommandContexts['EnrolPerson'] = { team: 'active', jobProfile: null, personWithExternalId: null };
    const ack: CommandContexts['AcknowledgePolicy'] = { publishedVersions: [{ version: 1, publishedAt: '2026-01-01T00:00:00.000Z' }] };
    // @ts-expect-error SetMission needs no context
    const none: CommandContexts['SetMission'] = {};
    expect([enrol, ack, none]).toHaveLength(3);
  });

  it('says which commands carry a context', () => {
    expect(needsContext('RecordWorkshop')).toBe(true);
    expect(needsContext('ArchiveUnit')).toBe(true);
    expect(needsContext('SetMission')).toBe(false);
  });

  it('decides a command on its stream’s history with the right decider', () => {
    const enrolled: PersonEvent = {
      type: 'PersonEnrolled',
      data: { personId: 'p1', externalId: 'E', name: 'Ana', email: 'a@acme.test', teamId: 't1', role: 'member', jobProfileId: null },
    };
    const history = [stamp(enrolled, '2026-01-01T00:00:00.000Z', 'e1')];
    expect(decideOnHistory(command<NorteCommand>('RecordLifePlanConversation', { personId: 'p1', leaderId: 'l1' }), history)).toEqual([
      { type: 'LifePlanConversationHeld', data: { personId: 'p1', leaderId: 'l1' } },
    ]);
    expect(() => decideOnHistory(command<NorteCommand>('RecordLifePlanConversation', { personId: 'p1', leaderId: 'l1' }), [])).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});
