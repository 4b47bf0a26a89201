import { randomUUID } from 'node:crypto';
import type { BenchResult } from '../../types';
import { type Api, Client, latencies } from './http';
import { NOW, percentile } from './setup';

const HEATMAP = `query($unitId: ID, $asOf: String, $modelVersion: Int, $minPosition: Position) {
  maturityHeatmap(unitId: $unitId, asOf: $asOf, modelVersion: $modelVersion, minPosition: $minPosition) {
    unitId asOf structure modelVersion position
    unit { unitId name kind teams members programIndex levels { process level } }
    rows { unitId name kind teams members programIndex levels { process level } }
  }
}`;
const TREND = `query($from: String!, $to: String!) {
  maturityTrend(from: $from, to: $to, resolution: WEEK) { position points { date members programIndex levels { process level } } }
}`;
const MODELS = `{ maturityModels { versions { version definition { confidentialityMinimum measurementWindowDays sustainedDays processes {
  trueNorth { foundation { minGuidingPrinciples minActiveCoreValues workshop { workshopKinds windowDays } } coverage { minPercent windowDays workshopKinds } instrument { kind survey target } }
  lifePurpose { foundation { workshopKinds windowDays } coverage { minPercent windowDays } instrument { kind survey target } }
  alignment { foundation { minPercentWithProfile } coverage { minPercent windowDays minPercentAligned } instrument { kind survey target } }
  leadership { foundation { workshopKinds windowDays } coverage { minPercent windowDays } instrument { kind survey target } }
  serviceExcellence { foundation { courseProcess minLeads } coverage { minPercent windowDays } instrument { kind survey target } }
  serviceModel { foundation { minStandards } coverage { minPercent windowDays } instrument { kind survey target } }
  emotionalConnection { foundation { workshopKinds windowDays } coverage { minPercent windowDays workshopKinds } instrument { kind survey target } } } } } } }`;
const RENAME = `mutation($input: RenameUnitInput!) { renameUnit(input: $input) { position } }`;
const PUBLISH = `mutation($input: PublishMaturityModelInput!) { publishMaturityModel(input: $input) { id position } }`;

type Heatmap = { maturityHeatmap: { rows: unknown[]; unit: { teams: number }; modelVersion: number } };
type Definition = { processes: Record<string, { coverage: { minPercent: number } }> } & Record<string, unknown>;

const TODAY = '2026-12-31';
const YEAR_BACK = '2025-12-31';
const ms = (value: number) => Math.round(value * 10) / 10;

const UNITS = `{ organisation { units { id kind parentId archived } } }`;
type Units = { organisation: { units: { id: string; kind: string; parentId: string | null; archived: boolean }[] } | null };

/** The division whose heatmap rows are the most teams (the drill-down's biggest page), from the API's own organisation query. */
async function biggestDivision(client: Client): Promise<{ id: string; teams: number; divisions: number; units: number }> {
  const { organisation } = await client.gql<Units>(UNITS);
  if (!organisation) throw new Error('the API knows no organisation');
  // UnitKind is DIVISION | TEAM in GraphQL (division | team in the read model).
  const units = organisation.units.filter((u) => !u.archived).map((u) => ({ ...u, kind: u.kind.toLowerCase() }));
  const teams = new Map<string, number>();
  for (const u of units) if (u.kind === 'team' && u.parentId !== null) teams.set(u.parentId, (teams.get(u.parentId) ?? 0) + 1);
  const [id, count] = [...teams].sort((a, b) => b[1] - a[1])[0]!;
  return { id, teams: count, divisions: units.filter((u) => u.kind === 'division' && u.parentId === null).length, units: organisation.units.length };
}

export interface QueryOptions {
  readonly quick: boolean;
  readonly rebuildMs: number;
  readonly progress: (message: string) => void;
}

/** Step 5 (latencies over HTTP, one sequential client) and step 6 (model v2 published → queryable): over HTTP only. */
export async function measureQueries(api: Api, options: QueryOptions): Promise<BenchResult[]> {
  const client = new Client(api.url);
  const n = (full: number) => (options.quick ? Math.max(10, Math.round(full / 4)) : full);
  const division = await biggestDivision(client);
  const typename = await latencies(() => client.gql('{ __typename }'), n(200), 20, 10_000);
  const base = percentile(typename, 95);
  const results: BenchResult[] = [];
  const figure = (name: string, times: number[], target: number | null, note?: string) => {
    const p95 = percentile(times, 95);
    const parts = [`p50 ${ms(percentile(times, 50))} ms, ${times.length} requests; { __typename } p95 ${ms(base)} ms`];
    if (target !== null && p95 > target) parts.push(`MISSED by ${ms(p95 - target)} ms (${(p95 / target).toFixed(1)} × the target)`);
    if (note) parts.push(note);
    results.push({ name, value: p95, unit: 'ms', baseline: base, ratio: p95 / base, ...(target === null ? {} : { target: { kind: 'at-most', value: target } }), note: parts.join('; ') });
  };
  results.push({ name: 'GraphQL { __typename } p95 (loopback baseline)', value: base, unit: 'ms', note: `p50 ${ms(percentile(typename, 50))} ms, ${typename.length} requests` });

  const heat = (unitId: string | null, asOf?: string, modelVersion?: number) => () => client.gql<Heatmap>(HEATMAP, { unitId, asOf, modelVersion });
  const divNote = `division with the most teams: ${division.teams} teams × 7`;
  options.progress('heatmaps');
  figure(`heatmap p95: organisation, ${division.divisions} top-level divisions × 7`, await latencies(heat(null), n(100), 5, 20_000), 50);
  figure('heatmap p95: one division’s teams × 7', await latencies(heat(division.id), n(100), 5, 20_000), 50, divNote);
  options.progress('as-of heatmaps');
  figure(`heatmap as of ${YEAR_BACK} p95: organisation`, await latencies(heat(null, YEAR_BACK), n(50), 3, 30_000), 250);
  figure(`heatmap as of ${YEAR_BACK} p95: one division’s teams`, await latencies(heat(division.id, YEAR_BACK), n(50), 3, 30_000), 250, divNote);
  options.progress('trend');
  figure(`trend p95: organisation, weekly, ${YEAR_BACK} … ${TODAY}`, await latencies(() => client.gql(TREND, { from: YEAR_BACK, to: TODAY }), n(30), 2, 60_000), 500);
  options.progress('csv');
  const csv = await latencies(() => client.get('/export/levels.csv'), options.quick ? 3 : 5, 1, 60_000);
  const csvWorst = csv[csv.length - 1]!;
  results.push({
    name: 'all teams × 7 levels as CSV (GET /export/levels.csv), slowest of the runs',
    value: csvWorst, unit: 'ms', target: { kind: 'at-most', value: 2000 },
    note: `p50 ${ms(percentile(csv, 50))} ms over ${csv.length} runs${csvWorst > 2000 ? `; MISSED by ${ms(csvWorst - 2000)} ms` : ''}`,
  });

  options.progress('model v2');
  results.push(...(await publishV2(client, heat, options.rebuildMs)));

  // Last: each rename appends to the organisation's stream, which every organisation command loads.
  options.progress('organisation command');
  let renames = 0;
  const rename = () => client.gql(RENAME, { input: { commandId: randomUUID(), unitId: division.id, name: `Division ${++renames}` } });
  figure(
    `organisation command p95: renameUnit over HTTP, ${division.units.toLocaleString('en-US')} units in the organisation stream`,
    await latencies(rename, n(50), 3, 30_000),
    null,
    'not a target: loads the whole organisation stream (read, decode, fold), decides, appends durably; until the fold was built in place (59fa28a) folding alone took ~2 s',
  );
  return results;
}

/** Publishes v2 (coverage thresholds 10 points lower) and times until a v2 and a v1 heatmap of the organisation answer. */
async function publishV2(client: Client, heat: (u: string | null, asOf?: string, v?: number) => () => Promise<Heatmap>, rebuildMs: number): Promise<BenchResult[]> {
  const models = await client.gql<{ maturityModels: { versions: { version: number; definition: Definition }[] } }>(MODELS);
  const v1 = models.maturityModels.versions.find((v) => v.version === 1)!.definition;
  const definition = structuredClone(v1);
  for (const process of Object.values(definition.processes)) process.coverage.minPercent = Math.max(10, process.coverage.minPercent - 10);
  const started = performance.now();
  const published = await client.gql<{ publishMaturityModel: { position: string } }>(PUBLISH, { input: { commandId: randomUUID(), version: 2, ...definition } });
  const minPosition = published.publishMaturityModel.position;
  const v2 = await client.gql<Heatmap>(HEATMAP, { unitId: null, modelVersion: 2, minPosition });
  const both = await client.gql<Heatmap>(HEATMAP, { unitId: null, modelVersion: 1, minPosition });
  const total = performance.now() - started;
  if (v2.maturityHeatmap.modelVersion !== 2 || both.maturityHeatmap.modelVersion !== 1) throw new Error('model versions not answered as asked');
  const v2Times = await latencies(heat(null, undefined, 2), 20, 2, 10_000);
  const target = 2 * rebuildMs;
  return [
    {
      name: 'model v2 published → v2 and v1 organisation heatmaps answer',
      value: total, unit: 'ms', baseline: rebuildMs, ratio: total / rebuildMs, target: { kind: 'at-most', value: target },
      note: `Baseline: the full rebuild of this run; target 2 × it = ${Math.round(target)} ms${total > target ? `; MISSED by ${Math.round(total - target)} ms` : ''}. v2's level timelines are computed on first use.`,
    },
    { name: 'heatmap p95: organisation under model v2 (after first use)', value: percentile(v2Times, 95), unit: 'ms', note: `p50 ${ms(percentile(v2Times, 50))} ms` },
  ];
}

export { TODAY, YEAR_BACK, NOW };
