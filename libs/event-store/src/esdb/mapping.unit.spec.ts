import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  StreamNotFoundError as KurrentStreamNotFound,
  WrongExpectedVersionError as KurrentWrongExpectedVersion,
  type AllStreamResolvedEvent,
} from '@kurrent/kurrentdb-client';
import { StreamNotFoundError, WrongExpectedVersionError } from '../errors';
import { fromResolvedEvent, isSystemEventType, toKurrentEvent, toPortError, toPosition, toStreamState } from './mapping';

// The client's own types and error classes, no server: see the contract suite for the live run.
const recorded = (overrides: Record<string, unknown> = {}): AllStreamResolvedEvent =>
  ({
    event: {
      streamId: 'team-1',
      id: '5b0f1e0a-43c4-4d49-9a4b-64b2f1b7e0b1',
      isJson: true,
      revision: 3n,
      type: 'UnitRegistered',
      created: new Date(0),
      data: { name: 'Platform' },
      metadata: { actor: 'u-1' },
      position: { commit: 9_007_199_254_740_993n, prepare: 9_007_199_254_740_993n },
      ...overrides,
    },
  }) as AllStreamResolvedEvent;

describe('KurrentDB mapping', () => {
  describe('expected revisions', () => {
    it.each([
      ['any', ANY],
      ['no_stream', NO_STREAM],
      ['stream_exists', STREAM_EXISTS],
      [7n, 7n],
    ] as const)('maps %p to the client stream state %p', (expected, state) => {
      expect(toStreamState(expected)).toBe(state);
    });
  });

  describe('events going in', () => {
    it('are JSON events keeping id, type, data and metadata', () => {
      const event = { id: '5b0f1e0a-43c4-4d49-9a4b-64b2f1b7e0b1', type: 'UnitRegistered', data: { a: 1 }, metadata: { b: 2 } };
      expect(toKurrentEvent(event)).toEqual({ ...event, contentType: 'application/json' });
    });
  });

  describe('events coming out', () => {
    it('carry revision and commit position as bigint, beyond 2^53 without loss', () => {
      expect(fromResolvedEvent(recorded())).toEqual({
        streamId: 'team-1',
        id: '5b0f1e0a-43c4-4d49-9a4b-64b2f1b7e0b1',
        revision: 3n,
        position: 9_007_199_254_740_993n,
        type: 'UnitRegistered',
        data: { name: 'Platform' },
        metadata: { actor: 'u-1' },
      });
    });

    it('read missing metadata back as null', () => {
      expect(fromResolvedEvent(recorded({ metadata: undefined }))?.metadata).toBeNull();
    });

    it('fall back to the resolved commit position when the record has none', () => {
      const resolved = { ...recorded({ position: undefined }), commitPosition: 42n };
      expect(fromResolvedEvent(resolved)?.position).toBe(42n);
    });

    it('drop system events, unresolved links and binary events', () => {
      expect(fromResolvedEvent(recorded({ type: '$statistics-collected' }))).toBeUndefined();
      expect(fromResolvedEvent(recorded({ type: '$>' }))).toBeUndefined();
      expect(fromResolvedEvent(recorded({ isJson: false, data: new Uint8Array([1]) }))).toBeUndefined();
      expect(fromResolvedEvent({})).toBeUndefined();
    });

    it('recognise system types by their $ prefix only', () => {
      expect(isSystemEventType('$metadata')).toBe(true);
      expect(isSystemEventType('Unit$Renamed')).toBe(false);
    });
  });

  describe('positions', () => {
    it('turn a checkpoint into a client position with commit = prepare', () => {
      expect(toPosition(1234n)).toEqual({ commit: 1234n, prepare: 1234n });
    });
  });

  describe('errors', () => {
    it('map a wrong expected version with the actual revision', () => {
      const error = toPortError(
        new KurrentWrongExpectedVersion(undefined, { streamName: 'team-1', expected: 1n, current: 4n }),
        'team-1',
        1n,
      );
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      expect(error).toMatchObject({ streamId: 'team-1', expected: '1', actual: 4n });
    });

    it("map a wrong expected version on a missing stream to actual 'no_stream'", () => {
      const error = toPortError(
        new KurrentWrongExpectedVersion(undefined, { streamName: 'team-1', expected: STREAM_EXISTS, current: NO_STREAM }),
        'team-1',
        'stream_exists',
      );
      expect(error).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
    });

    it('map a missing stream', () => {
      expect(toPortError(new KurrentStreamNotFound(undefined, 'team-1'), 'team-1')).toEqual(new StreamNotFoundError('team-1'));
    });

    it('pass anything else through unchanged', () => {
      const other = new Error('unavailable');
      expect(toPortError(other, 'team-1')).toBe(other);
    });
  });
});
