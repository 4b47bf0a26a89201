import { KPI_METRICS, PROTOCOL_STEPS, SERVICE_BEHAVIOURS, type SurveyKind } from '@norte/domain';
import { baselineTarget } from './setup';
import { RECOGNITIONS } from './vocabulary';
import { membersAt, type Team } from './model';
import type { World } from './world';

const KINDS = [['kpi', 0.45], ['survey', 0.15], ['csat', 0.15], ['shop', 0.15], ['recognition', 0.1]] as const;

/** Outcome measurements (and recognitions): 15 % of the program's facts. They improve as the program advances. */
export function outcomeStep(world: World): boolean {
  const team = world.subjectTeam();
  const at = team ? world.when(team.readyAt) : null;
  if (!team || at === null) return false;
  const kind = world.rng.weighted(KINDS);
  const lift = world.progress(at) + 0.5 * team.quality;
  const round2 = (x: number) => Math.round(x * 100) / 100;
  const score = (base: number, spread: number) => round2(Math.min(5, Math.max(1, base + 0.9 * lift + spread * world.rng.normal())));
  const emit = (type: string, data: unknown) => {
    const eventId = world.emit(team.streamId, type, data, at, world.actor());
    world.remember({ eventId, type, streamId: team.streamId });
    return true;
  };
  switch (kind) {
    case 'kpi': {
      const channel = world.rng.pick(team.channels);
      const metric = world.rng.pick(KPI_METRICS);
      const target = world.standards.get(`${channel}:${metric}`) ?? baselineTarget(channel, metric);
      const raw = target * Math.exp(0.3 * world.rng.normal() + 0.25 - 0.4 * lift);
      const value = metric === 'complaints' ? Math.round(raw) : Math.round(raw * 10) / 10;
      return emit('KpiMeasured', { teamId: team.id, channel, metric, value });
    }
    case 'survey': {
      const kind: SurveyKind = world.rng.chance(0.5) ? 'climate' : 'internal-service';
      const responseCount = Math.round(membersAt(team, at).length * (0.3 + 0.65 * world.rng.next()));
      return emit('SurveyResultRecorded', { teamId: team.id, kind, score: score(3.2, 0.35), responseCount });
    }
    case 'csat':
      return emit('CsatRecorded', { teamId: team.id, score: score(3.5, 0.3), responseCount: csatResponses(world, team) });
    case 'shop': {
      const visit = () => Math.min(5, Math.max(1, Math.round(3.1 + 1.1 * lift + 0.9 * world.rng.normal())));
      const scores = Object.fromEntries(SERVICE_BEHAVIOURS.map((b) => [b, visit()]));
      const protocol = Object.fromEntries(PROTOCOL_STEPS.map((s) => [s, world.rng.chance(0.5 + 0.4 * Math.min(1, Math.max(0, lift)))]));
      return emit('MysteryShopRecorded', { teamId: team.id, channel: world.rng.pick(team.channels), scores, protocol });
    }
    case 'recognition': {
      const members = membersAt(team, at);
      const person = members.length > 0 && world.rng.chance(0.7) ? world.people[world.rng.pick(members)]! : null;
      if (person && person.lastAt < at) person.lastAt = at;
      return emit('RecognitionGranted', { teamId: team.id, personId: person?.id ?? null, reason: world.rng.pick(RECOGNITIONS) });
    }
  }
}

/** Customers answering: usually dozens to hundreds; back-office teams sometimes fewer than five, rarely none. */
function csatResponses(world: World, team: Team): number {
  const x = world.rng.next();
  if (x < 0.01) return 0;
  if (x < 0.09 || (team.channels.length === 1 && team.channels[0] === 'email' && x < 0.4)) return world.rng.between(1, 4);
  return world.rng.between(12, 400);
}
