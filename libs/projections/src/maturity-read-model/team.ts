import { notFound } from '@norte/domain';
import { evaluateAllProcesses, type ReaderRole, type TeamEvaluation } from '../maturity';
import { indexOf, type MaturityReadModel } from './state';
import { viewOf, type ViewInput } from './time';

export interface TeamMaturityInput extends ViewInput {
  readonly teamId: string;
  /** Who reads: only hr and admin see scores withheld below the confidentiality minimum. */
  readonly role?: ReaderRole | null;
}

export interface TeamMaturity extends TeamEvaluation {
  readonly knownAt: string | null;
  readonly modelVersion: number;
}

/** A team's level per process with every criterion explained, its program index and active members. */
export function teamMaturity(state: MaturityReadModel, input: TeamMaturityInput, now: string): TeamMaturity {
  const unit = state.units.get(input.teamId);
  if (unit === undefined || unit.kind !== 'team') throw notFound('teamId', `No team '${input.teamId}'`);
  const view = viewOf(state, input, now);
  const evaluation = evaluateAllProcesses(indexOf(state), view.model, input.teamId, view.asOf, {
    knownAt: view.knownAt,
    role: input.role ?? 'executive',
  });
  return { ...evaluation, knownAt: view.knownAt ?? null, modelVersion: view.model.version };
}
