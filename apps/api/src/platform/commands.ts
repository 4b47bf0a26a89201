import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandHandler, CommandBus, type ICommandHandler } from '@nestjs/cqrs';
import type { Actor, CommandSource, DomainCommand, DomainEvent } from '@norte/domain';
import { handleCommand, type CommandResult, type DeciderLike, type EventCodec, type EventStore } from '@norte/event-store';
import { CLOCK, IDS, type Clock, type IdGenerator } from './clock';
import { EVENT_CODEC, EVENT_STORE } from './tokens';

/** One message for every decider: the command, the stream it addresses and who asks. */
export class ExecuteCommand extends Command<CommandResult> {
  constructor(
    readonly streamId: string,
    readonly decider: DeciderLike<DomainCommand, DomainEvent, unknown>,
    readonly command: DomainCommand,
    readonly meta: { commandId: string; actor: Actor; source: CommandSource; correlationId?: string },
  ) {
    super();
  }
}

@CommandHandler(ExecuteCommand)
export class ExecuteCommandHandler implements ICommandHandler<ExecuteCommand, CommandResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
  ) {}

  execute({ streamId, decider, command, meta }: ExecuteCommand): Promise<CommandResult> {
    return handleCommand(this.store, this.codec, decider, streamId, command, {
      commandId: meta.commandId,
      actor: meta.actor,
      source: meta.source,
      correlationId: meta.correlationId ?? meta.commandId,
      causationId: meta.commandId,
      occurredAt: command.occurredAt,
      recordedAt: command.now,
    });
  }
}

/** What resolvers use: stamps system time, fills business time, sends through the command bus. */
@Injectable()
export class Commands {
  constructor(
    private readonly bus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(IDS) private readonly ids: IdGenerator,
  ) {}

  newId(): string {
    return this.ids.next();
  }

  send<C extends DomainCommand>(
    streamId: string,
    decider: DeciderLike<C, DomainEvent, unknown>,
    command: { type: C['type']; data: C['data']; occurredAt?: Date },
    meta: { commandId: string; actor: Actor; source?: CommandSource },
  ): Promise<CommandResult> {
    const now = this.clock.now().toISOString();
    const domainCommand = { type: command.type, data: command.data, now, occurredAt: command.occurredAt?.toISOString() ?? now };
    return this.bus.execute(
      new ExecuteCommand(streamId, decider as DeciderLike<DomainCommand, DomainEvent, unknown>, domainCommand, { source: 'api', ...meta }),
    );
  }
}
