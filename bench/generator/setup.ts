import { CHANNELS, KPI_METRICS, ORGANISATION_ID, organisationStreamId, PROCESS_IDS, teamStreamId, userStreamId, type Role } from '@norte/domain';
import { HOUR_MS, TIME_ZONE } from './calendar';
import type { Team } from './model';
import { enrol } from './people';
import {
  CORE_VALUES, COURSE_TITLES, LEAD_PROFILES, MEMBER_PROFILES, PARADIGMS, PLACES, PRINCIPLES, REGIONS, TEAM_KINDS, ZONES,
} from './vocabulary';
import type { Actor, World } from './world';

export const ORG = organisationStreamId();
/** The API's actor until sign-in exists (apps/api/src/platform/actor.ts). */
const LOCAL_ADMIN: Actor = { userId: 'local-admin', role: 'admin' };

export interface Task {
  readonly day: number;
  /** Events it will probably record, for the day-by-day budget. */
  readonly estimate: number;
  readonly run: (world: World) => void;
}

/** Standard targets per metric (minutes, hours, complaints per period), by channel speed. */
export function baselineTarget(channel: string, metric: string): number {
  const fast = channel === 'phone' || channel === 'chat' || channel === 'in-person';
  if (metric === 'first-response-minutes') return fast ? 3 : channel === 'email' ? 240 : 60;
  if (metric === 'resolution-hours') return fast ? 24 : 48;
  return 5;
}

function createUser(world: World, name: string, email: string, role: Role, at: () => number): Actor {
  const userId = world.uuid();
  world.emit(userStreamId(userId), 'UserCreated', { userId, name, email, personId: null }, at(), LOCAL_ADMIN);
  world.emit(userStreamId(userId), 'RoleGranted', { userId, role, scopeUnitId: null }, at(), LOCAL_ADMIN);
  return { userId, role };
}

/** Day 0: the organisation, its users, its tree of divisions and teams, and its catalogue. */
export function setupOrganisation(world: World): void {
  const { rng, options } = world;
  world.now = world.cal.dayStart(0) + 9 * HOUR_MS;
  const at = () => world.tick(150, 900);
  const emit = (type: string, data: unknown) => world.emit(ORG, type, data, at(), world.admin);
  world.emit(ORG, 'OrganisationRegistered', { organisationId: ORGANISATION_ID, name: 'Sincro Servicios S.A.S.', locale: 'es', timeZone: TIME_ZONE }, at(), LOCAL_ADMIN);
  world.admin = createUser(world, 'Administración Norte', 'norte.admin@sincro.example', 'admin', at);
  const hrUsers = 3 + Math.ceil(options.teams / 400);
  for (let i = 1; i <= hrUsers; i++) world.hr.push(createUser(world, `Talento Humano ${i}`, `talento.humano${i}@sincro.example`, 'hr', at));
  createUser(world, 'Presidencia', 'presidencia@sincro.example', 'executive', at);

  const divisionCount = Math.max(3, Math.round(options.teams / 20));
  const regions = Math.min(REGIONS.length, Math.max(divisionCount >= 6 ? 2 : 1, Math.round(divisionCount / 16)));
  for (let i = 0; i < divisionCount; i++) {
    const top = i < regions;
    const nested = !top && i > regions * 3 && rng.chance(0.15);
    const parent = top ? null : nested ? regions + rng.int(i - regions) : rng.int(regions);
    const id = world.uuid();
    const name = top ? `Regional ${REGIONS[i]}` : `Zona ${rng.pick(ZONES)} ${rng.pick(PLACES)} ${i}`;
    world.divisions.push({ id, parent, teams: [] });
    emit('UnitCreated', { unitId: id, name, kind: 'division', parentId: parent === null ? null : world.divisions[parent]!.id });
  }
  const homes = world.divisions.map((_, i) => i).filter((i) => i >= regions || divisionCount === regions);
  // One large division (a contact centre: 5 % of the teams, 200 of 4,000) beside many of ~20 teams,
  // so the drill-down's biggest page is as big as a real organisation's.
  const large = Math.max(1, Math.round(options.teams / 20));
  const others = homes.length > 1 ? homes.slice(1) : homes;
  for (let i = 0; i < options.teams; i++) {
    const kind = rng.pick(TEAM_KINDS);
    const j = i - large;
    const division = i < large ? homes[0]! : others[j < others.length ? j : rng.int(others.length)]!;
    const id = world.uuid();
    const team: Team = {
      idx: i, id, streamId: teamStreamId(id), name: `${kind.name} ${rng.pick(PLACES)} ${i + 1}`, division, channels: kind.channels,
      quality: Math.max(-1, Math.min(1, 0.45 * rng.normal())), members: [], memberships: [], readyAt: Infinity, archivedAt: Infinity,
      open: [], slot: -1,
    };
    world.teams.push(team);
    world.divisions[division]!.teams.push(i);
    emit('UnitCreated', { unitId: id, name: team.name, kind: 'team', parentId: world.divisions[division]!.id });
  }

  for (const [titles, into] of [[LEAD_PROFILES, world.leadProfiles], [MEMBER_PROFILES, world.memberProfiles]] as const) {
    for (const title of titles) {
      const jobProfileId = world.uuid();
      into.push(jobProfileId);
      emit('JobProfileDefined', { jobProfileId, title, description: `Perfil de cargo: ${title.toLowerCase()}.` });
    }
  }
  for (const processId of PROCESS_IDS) {
    for (const audience of ['management', 'front-line'] as const) defineCourse(world, processId, audience, '');
  }
  emit('MissionSet', { text: 'Servir a cada cliente con excelencia, cercanía y respeto, creciendo como personas.' });
  emit('VisionSet', { text: 'Ser en 2030 la organización de servicio más querida por sus clientes y sus colaboradores.' });
  for (const text of PRINCIPLES.slice(0, 4)) emit('GuidingPrincipleDefined', { principleId: world.uuid(), text });
  for (const [name, description] of CORE_VALUES.slice(0, 5)) {
    const valueId = world.uuid();
    world.coreValues.push(valueId);
    emit('CoreValueDefined', { valueId, name, description });
  }
  for (const [from, to] of PARADIGMS.slice(0, 3)) emit('ParadigmShiftRecorded', { shiftId: world.uuid(), from, to });
}

export function defineCourse(world: World, processId: (typeof PROCESS_IDS)[number], audience: 'management' | 'front-line', suffix: string): void {
  const courseId = world.uuid();
  const title = `${COURSE_TITLES[processId]}${suffix} — ${audience === 'management' ? 'líderes' : 'primera línea'}`;
  const at = world.tick(150, 900);
  world.emit(ORG, 'CourseDefined', { courseId, title, processId, audience }, at, world.admin);
  world.courses.push({ id: courseId, bit: world.courses.length, management: audience === 'management', definedAt: at });
}

/** Head count per team: at least a lead and a member, skewed (a few large contact centres). */
function teamSizes(world: World): number[] {
  const { teams, people } = world.options;
  const weights = Array.from({ length: teams }, () => Math.exp(0.6 * world.rng.normal()));
  const total = weights.reduce((a, b) => a + b, 0);
  const extra = people - 2 * teams;
  const sizes = weights.map((w) => 2 + Math.floor((w / total) * extra));
  for (let left = people - sizes.reduce((a, b) => a + b, 0); left > 0; left--) sizes[world.rng.int(teams)]! += 1;
  return sizes;
}

/** The roster, imported division by division over the first working days; each team's lead first. */
export function rosterTasks(world: World): Task[] {
  const sizes = teamSizes(world);
  const order = world.divisions.flatMap((d) => d.teams);
  const importDays: number[] = [];
  for (let d = 1; importDays.length < Math.min(10, Math.max(1, Math.ceil(world.options.teams / 400))); d++) {
    const weekday = world.cal.weekday(d);
    if (weekday !== 0 && weekday !== 6) importDays.push(d);
  }
  return importDays.map((day, k) => {
    const teams = order.slice(Math.floor((k * order.length) / importDays.length), Math.floor(((k + 1) * order.length) / importDays.length));
    return {
      day,
      estimate: teams.reduce((n, t) => n + sizes[t]!, 0),
      run: (w: World) => {
        w.now = Math.max(w.now, w.cal.dayStart(day) + 8.5 * HOUR_MS);
        const actor = w.rng.pick(w.hr);
        for (const t of teams) {
          const team = w.teams[t]!;
          const size = sizes[t]!;
          const leads = size >= 10 && w.rng.chance(0.15) ? 2 : 1;
          for (let i = 0; i < size; i++) enrol(w, team, i < leads ? 'lead' : 'member', w.tick(15, 45), actor);
          team.readyAt = w.now;
          w.addReady(team);
        }
      },
    };
  });
}

export const STANDARD_KEYS = CHANNELS.flatMap((channel) => KPI_METRICS.map((metric) => ({ channel, metric })));
