import { notFound } from '@norte/domain';
import type { ReaderRole, UnitRollup } from '../maturity';
import { knownMsOf, ORGANISATION_NODE, rollUpView, teamLevels, unitsFor, type Structure } from './rollups';
import type { MaturityReadModel } from './state';
import { viewOf, type ViewInput } from './time';

export interface HeatmapInput extends ViewInput {
  /** Null: the organisation, whose children are the top-level divisions. */
  readonly unitId: string | null;
  readonly structure?: Structure | null;
  /** Accepted for every maturity query; a heatmap shows levels only, never a score. */
  readonly role?: ReaderRole | null;
}

export interface Heatmap {
  readonly unitId: string | null;
  readonly asOf: string;
  readonly knownAt: string | null;
  readonly structure: Structure;
  readonly modelVersion: number;
  /** The unit's own roll-up (unitId null for the organisation). */
  readonly unit: HeatmapRow;
  /** Its direct children (divisions or teams), each rolled up over the teams below it. */
  readonly rows: readonly HeatmapRow[];
}

export type HeatmapRow = Omit<UnitRollup, 'unitId'> & { readonly unitId: string | null };

/** One query for a heatmap: a unit's children × 7 processes, weighted by active members, plus the unit itself. */
export function maturityHeatmap(state: MaturityReadModel, input: HeatmapInput, now: string): Heatmap {
  const view = viewOf(state, input, now);
  const structure = input.structure ?? 'as-organised';
  const tree = unitsFor(state, input.unitId, structure, view.asOf, knownMsOf(view));
  if (tree === undefined) throw notFound('unitId', `Unit '${input.unitId}' is not in the ${structure} tree of ${view.asOf}`);
  const { unit, rows } = rollUpView(tree, teamLevels(state, view, tree.teams, view.asOf));
  const rowOf = (rollup: UnitRollup): HeatmapRow => (rollup.unitId === ORGANISATION_NODE ? { ...rollup, unitId: null } : rollup);
  return {
    unitId: input.unitId,
    asOf: view.asOf,
    knownAt: view.knownAt ?? null,
    structure,
    modelVersion: view.model.version,
    unit: rowOf(unit),
    rows: rows.map(rowOf),
  };
}
