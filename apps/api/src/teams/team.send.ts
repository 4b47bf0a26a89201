import type { Actor, TeamCommand } from '@norte/domain';
import type { Commands } from '../platform/commands';
import type { CommandInput } from '../platform/common.inputs';
import { CommandResultType } from '../platform/common.types';

type TeamCommandData = { [C in TeamCommand as C['type']]: C['data'] };

/**
 * Sends one team command with the input's idempotency key and business time; the platform fills the
 * team's context (status, memberships). `id` is the entity the command created or addressed.
 */
export async function sendTeamCommand<T extends keyof TeamCommandData>(
  commands: Commands,
  type: T,
  data: TeamCommandData[T],
  { commandId, occurredAt }: CommandInput,
  actor: Actor,
  id: string,
): Promise<CommandResultType> {
  const command = { type, data, occurredAt } as Parameters<Commands['send']>[0];
  return CommandResultType.of(await commands.send(command, { commandId, actor }), id);
}
