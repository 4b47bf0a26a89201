import type { Envelope } from '../shared/decider';
import { emptyLedger, foldLedger, record, type Ledger } from '../shared/ledger';
import type { TeamEvent } from './team.events';

/**
 * Every fact of the team with its retraction status; roadmap items are replayed from it in decide
 * (team.roadmap.ts), so a retraction in the middle of an item's history is judged like any other.
 */
export interface TeamState {
  readonly ledger: Ledger<TeamEvent>;
}

export const initialTeamState = (): TeamState => ({ ledger: emptyLedger() });

export const evolveTeam = (state: TeamState, event: Envelope<TeamEvent>): TeamState => ({ ledger: record(state.ledger, event) });

export const foldTeam = (events: readonly Envelope<TeamEvent>[]): TeamState => ({ ledger: foldLedger(events) });
