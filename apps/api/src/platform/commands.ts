import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandHandler, CommandBus, type ICommandHandler } from '@nestjs/cqrs';
import {
  categoryOfStream,
  DECIDERS,
  needsContext,
  streamIdFor,
  type Actor,
  type CommandSource,
  type CommandWithoutContext,
  type DomainCommand,
  type DomainEvent,
  type NorteCommand,
  type StreamCategory,
} from '@norte/domain';
import { contextFor, type Directory } from '@norte/projections';
import { derivedId, handleCommand, type CommandResult, type DeciderLike, type EventCodec, type EventStore } from '@norte/event-store';
import { CLOCK, type Clock } from './clock';
import { ReadModels } from './read-models';
import { EVENT_CODEC, EVENT_STORE } from './tokens';

export interface CommandMetaInput {
  readonly commandId: string;
  readonly actor: Actor;
  readonly source?: CommandSource;
  readonly correlationId?: string;
}

/** One message for every decider: the domain command (times stamped) and who asks. */
export class ExecuteCommand extends Command<CommandResult> {
  constructor(
    readonly command: CommandWithoutContext,
    readonly meta: CommandMetaInput,
  ) {
    super();
  }
}

/**
 * Routes a command to its stream's decider. For rules that span streams it first fills the
 * command's context from the directory read model, once that has caught up with everything the
 * store acknowledged, and records the position it checked at (libs/domain/CROSS-STREAM.md).
 */
@CommandHandler(ExecuteCommand)
export class ExecuteCommandHandler implements ICommandHandler<ExecuteCommand, CommandResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
    private readonly readModels: ReadModels,
  ) {}

  async execute({ command, meta }: ExecuteCommand): Promise<CommandResult> {
    const streamId = streamIdFor(command as NorteCommand);
    const decider = DECIDERS[categoryOfStream(streamId) as StreamCategory] as unknown as DeciderLike<DomainCommand, DomainEvent, unknown>;
    let full: DomainCommand = command;
    let checkedAtPosition: bigint | undefined;
    if (needsContext(command.type)) {
      checkedAtPosition = await this.readModels.caughtUp();
      full = { ...command, context: contextFor(this.readModels.get<Directory>('directory'), command) } as unknown as DomainCommand;
    }
    return handleCommand(
      this.store,
      this.codec,
      decider,
      streamId,
      full,
      {
        commandId: meta.commandId,
        actor: meta.actor,
        source: meta.source ?? 'api',
        correlationId: meta.correlationId ?? meta.commandId,
        causationId: meta.commandId,
        occurredAt: command.occurredAt,
        recordedAt: command.now,
      },
      { checkedAtPosition },
    );
  }
}

type Input<C extends NorteCommand> = C extends NorteCommand ? { type: C['type']; data: C['data']; occurredAt?: Date } : never;

/** What resolvers use: stamps system time, fills business time, sends through the command bus. */
@Injectable()
export class Commands {
  constructor(
    private readonly bus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The id of an entity a command creates when the client did not choose one: derived from the
   * command id, so a re-sent command addresses the same entity and gets its original result.
   */
  newId(commandId: string): string {
    return derivedId(commandId, 'entity');
  }

  send(command: Input<NorteCommand>, meta: CommandMetaInput): Promise<CommandResult> {
    const now = this.clock.now().toISOString();
    const stamped = { type: command.type, data: command.data, now, occurredAt: command.occurredAt?.toISOString() ?? now };
    return this.bus.execute(new ExecuteCommand(stamped as CommandWithoutContext, meta));
  }
}
