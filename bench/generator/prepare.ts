import { needsContext } from '@norte/domain';
import { commandHash } from '@norte/event-store';
import { commandFor } from './commands';
import { generateProgram } from './generate';
import type { GeneratedEvent, ProgramOptions } from './model';

/** A generated event with what its metadata needs from the command: its hash, and whether it was checked against a read model. */
export interface PreparedEvent extends GeneratedEvent {
  readonly commandHash: string;
  readonly contextual: boolean;
}

export function prepare(event: GeneratedEvent): PreparedEvent {
  const command = commandFor(event.streamId, event.type, event.data);
  const { streamId, type, data, occurredAt, recordedAt, eventId, commandId, actor, correlationId } = event;
  const hash = commandHash(command.type, command.data);
  return { streamId, type, data, occurredAt, recordedAt, eventId, commandId, actor, correlationId, commandHash: hash, contextual: needsContext(command.type) };
}

/** The program in chunks of prepared events. */
export function* preparedChunks(options: ProgramOptions, size: number): Generator<PreparedEvent[]> {
  let chunk: PreparedEvent[] = [];
  for (const event of generateProgram(options)) {
    chunk.push(prepare(event));
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
