import { userStreamId, type Channel, type KpiMetric } from '@norte/domain';
import { HOUR_MS } from './calendar';
import { move } from './people';
import { baselineTarget, defineCourse, ORG, STANDARD_KEYS, type Task } from './setup';
import { CORE_VALUES, LEAD_PROFILES, MEMBER_PROFILES, PARADIGMS, PLACES, RETRACTION_REASONS } from './vocabulary';
import type { World } from './world';

/** Admin work on the organisation stream, at the start of a working day. */
const adminTask = (day: number, estimate: number, run: (world: World, at: () => number) => void): Task => ({
  day,
  estimate,
  run: (world) => {
    world.now = Math.max(world.now, world.cal.dayStart(day) + 8 * HOUR_MS);
    run(world, () => world.tick(2_000, 60_000));
  },
});

function publishPolicy(world: World, version: number, at: number): void {
  const norms = {
    be: ['Amable y respetuoso con cada cliente', 'Honesto en lo que prometemos', ...(version > 1 ? ['Empático ante la molestia del cliente'] : [])],
    know: ['Conocer el portafolio completo', 'Conocer los tiempos de respuesta de cada canal'],
    do: ['Saludar en los primeros cinco segundos', 'Confirmar la solución antes de cerrar', ...(version > 2 ? ['Hacer seguimiento a las quejas en 48 horas'] : [])],
  };
  const protocols = {
    greeting: 'Buenos días/tardes, bienvenido a Sincro, le atiende…',
    identification: 'Confirmar nombre y documento del cliente antes de consultar su caso.',
    closing: '¿Hay algo más en lo que le pueda servir? Gracias por preferirnos.',
  };
  world.emit(ORG, 'ServicePolicyPublished', { version, title: `Política de servicio, versión ${version}`, norms, protocols }, at, world.admin);
  world.policies[version] = at;
}

function setStandard(world: World, channel: Channel, metric: KpiMetric, target: number, at: number): void {
  world.emit(ORG, 'ServiceStandardSet', { channel, metric, target }, at, world.admin);
  world.standards.set(`${channel}:${metric}`, target);
}

/** Everything the organisation does on its own stream after day 0, plus reorganisations. */
export function organisationTasks(world: World): Task[] {
  const { days, teams } = world.options;
  const tasks: Task[] = [];
  const at = (day: number) => Math.min(days - 1, day);
  const add = (day: number, estimate: number, run: (world: World, at: () => number) => void) => {
    if (day < days) tasks.push(adminTask(day, estimate, run));
  };
  add(27, 1 + STANDARD_KEYS.length, (w, t) => {
    publishPolicy(w, 1, t());
    for (const { channel, metric } of STANDARD_KEYS) setStandard(w, channel, metric, baselineTarget(channel, metric), t());
  });
  let mistaken = '';
  add(60, 1, (w, t) => {
    mistaken = w.emit(ORG, 'ParadigmShiftRecorded', { shiftId: w.uuid(), from: PARADIGMS[3]![0], to: PARADIGMS[3]![1] }, t(), w.admin);
  });
  add(64, 1, (w, t) => w.emit(ORG, 'FactRetracted', { factId: mistaken, factType: 'ParadigmShiftRecorded', reason: RETRACTION_REASONS[1]! }, t(), w.admin));
  add(150, 2, (w) => {
    defineCourse(w, 'service-excellence', 'management', ' II');
    defineCourse(w, 'service-excellence', 'front-line', ' II');
  });
  [200, 290, 470, 610].forEach((day, i) =>
    add(day, 1, (w, t) => {
      const profiles = i % 2 ? w.memberProfiles : w.leadProfiles;
      const title = (i % 2 ? MEMBER_PROFILES : LEAD_PROFILES)[i]!;
      w.emit(ORG, 'JobProfileRevised', { jobProfileId: profiles[i]!, title, description: `Perfil de cargo revisado (${i + 1}): ${title.toLowerCase()}.` }, t(), w.admin);
    }),
  );
  add(250, 1, (w, t) => {
    const jobProfileId = w.uuid();
    w.emit(ORG, 'JobProfileDefined', { jobProfileId, title: 'Anfitrión de experiencia', description: 'Recibe y orienta al cliente en oficina.' }, t(), w.admin);
    w.memberProfiles.push(jobProfileId);
  });
  add(300, 4, (w, t) => {
    const leaving = w.hr.shift()!;
    w.emit(userStreamId(leaving.userId), 'RoleRevoked', { userId: leaving.userId, role: 'hr', scopeUnitId: null }, t(), w.admin);
    w.emit(userStreamId(leaving.userId), 'UserDisabled', { userId: leaving.userId }, t(), w.admin);
    const userId = w.uuid();
    w.emit(userStreamId(userId), 'UserCreated', { userId, name: 'Talento Humano Nuevo', email: 'talento.humano.nuevo@sincro.example', personId: null }, t(), w.admin);
    w.emit(userStreamId(userId), 'RoleGranted', { userId, role: 'hr', scopeUnitId: null }, t(), w.admin);
    w.hr.push({ userId, role: 'hr' });
  });
  add(330, 1, (w, t) => publishPolicy(w, 2, t()));
  add(600, 1, (w, t) => publishPolicy(w, 3, t()));
  [365, 545].forEach((day) =>
    add(day, 6, (w, t) => {
      for (const { channel, metric } of w.rng.sample(STANDARD_KEYS, 6)) {
        const current = w.standards.get(`${channel}:${metric}`) ?? baselineTarget(channel, metric);
        setStandard(w, channel, metric, metric === 'complaints' ? Math.max(1, current - 1) : Math.round(current * 0.8 * 10) / 10, t());
      }
    }),
  );
  add(420, 2, (w, t) => {
    const [name, description] = CORE_VALUES[5]!;
    w.emit(ORG, 'CoreValueDefined', { valueId: w.uuid(), name, description }, t(), w.admin);
    w.emit(ORG, 'CoreValueRetired', { valueId: retiredValue(w) }, t(), w.admin);
  });
  const renames = Math.max(1, Math.round(teams / 100));
  for (let i = 0; i < renames; i++) add(at(100 + Math.floor((i * 600) / renames)), 1, rename);
  const moves = Math.max(1, Math.round(world.divisions.length / 50));
  for (let i = 0; i < moves; i++) add(180 + Math.floor((i * 320) / moves), 1, moveDivision);
  const reorgs = Math.max(1, Math.round(teams / 250));
  const size = Math.round(world.options.people / teams);
  for (let i = 0; i < reorgs; i++) add(210 + Math.floor((i * 440) / reorgs), size + 1, mergeTeam);
  return tasks;
}

/** One of the values defined on day 0 (six defined, one retired: five stay active). */
const retiredValue = (world: World): string => world.coreValues[1]!;

function rename(world: World, at: () => number): void {
  const team = world.randomReadyTeam();
  if (!team) return;
  const name = `Centro de experiencia ${world.rng.pick(PLACES)} ${team.idx + 1}`;
  world.emit(ORG, 'UnitRenamed', { unitId: team.id, name }, at(), world.admin);
}

/** A zone moves to another region: only zones without zones below them, so no cycle is possible. */
function moveDivision(world: World, at: () => number): void {
  const regions = world.divisions.map((d, i) => (d.parent === null ? i : -1)).filter((i) => i >= 0);
  const candidates = world.divisions
    .map((d, i) => i)
    .filter((i) => world.divisions[i]!.parent !== null && !world.divisions.some((d) => d.parent === i));
  if (candidates.length === 0 || regions.length < 2) return;
  const index = world.rng.pick(candidates);
  const division = world.divisions[index]!;
  const parent = world.rng.pick(regions.filter((r) => r !== division.parent));
  world.divisions[index] = { ...division, parent };
  world.emit(ORG, 'UnitMoved', { unitId: division.id, parentId: world.divisions[parent]!.id }, at(), world.admin);
}

/** Two teams of a zone merge: everyone moves to the other team, then the emptied team is archived. */
function mergeTeam(world: World, at: () => number): void {
  const candidates = world.readyTeams.filter((t) => world.divisions[world.teams[t]!.division]!.teams.some((o) => o !== t && world.teams[o]!.slot >= 0));
  if (candidates.length === 0) return;
  const team = world.teams[world.rng.pick(candidates)]!;
  const into = world.teams[world.rng.pick(world.divisions[team.division]!.teams.filter((o) => o !== team.idx && world.teams[o]!.slot >= 0))]!;
  const actor = world.actor();
  for (const p of [...team.members]) {
    const person = world.people[p]!;
    const role = person.role === 'lead' && !into.members.some((m) => world.people[m]!.role === 'lead') ? 'lead' : 'member';
    move(world, person, into, role, at(), actor);
  }
  const archivedAt = at();
  world.emit(ORG, 'UnitArchived', { unitId: team.id }, archivedAt, world.admin);
  team.archivedAt = archivedAt;
  world.removeReady(team);
  for (const hire of world.pending.hires) if (hire.team === team.idx) hire.team = into.idx;
}
