import { PROCESS_IDS, teamProgramIndex } from '../maturity';
import { knownMsOf, teamLevels, unitsFor } from './rollups';
import type { MaturityReadModel } from './state';
import { viewOf, type ViewInput } from './time';

export interface LevelsCsv {
  readonly asOf: string;
  readonly knownAt: string | null;
  readonly modelVersion: number;
  readonly teams: number;
  readonly csv: string;
}

/**
 * Every team in the tree of `asOf` × its seven levels, one row per team, stamped in every row with
 * the date, model version and the global position the read model reflects (a file passed around
 * keeps saying what it shows). `nameOf` supplies unit names (organisational text, kept elsewhere).
 */
export function levelsCsv(
  state: MaturityReadModel,
  input: ViewInput,
  now: string,
  position: bigint,
  nameOf: (unitId: string) => string | undefined,
): LevelsCsv {
  const view = viewOf(state, input, now);
  const tree = unitsFor(state, null, 'as-organised', view.asOf, knownMsOf(view));
  const nodes = tree?.units ?? [];
  const parents = new Map(nodes.map((node) => [node.id, node.parentId]));
  const lines = [['team_id', 'team_name', 'division_id', 'division_name', 'active_members', ...PROCESS_IDS, 'program_index', 'as_of', 'known_at', 'model_version', 'position'].join(',')];
  const teams = teamLevels(state, view, tree?.teams ?? [], view.asOf);
  for (const team of teams) {
    const parent = parents.get(team.teamId);
    const divisionId = parent === undefined || parent === null || parent === tree?.root.id ? '' : parent;
    lines.push(
      [
        cell(team.teamId),
        cell(nameOf(team.teamId) ?? ''),
        cell(divisionId),
        cell(divisionId === '' ? '' : (nameOf(divisionId) ?? '')),
        team.activeMembers,
        ...PROCESS_IDS.map((process) => team.levels[process]),
        teamProgramIndex(team.levels).toFixed(1),
        view.asOf,
        view.knownAt ?? '',
        view.model.version,
        position.toString(),
      ].join(','),
    );
  }
  return { asOf: view.asOf, knownAt: view.knownAt ?? null, modelVersion: view.model.version, teams: teams.length, csv: `${lines.join('\r\n')}\r\n` };
}

/** RFC 4180 quoting; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
