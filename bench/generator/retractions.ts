import { RESTORE_REASONS, RETRACTION_REASONS } from './vocabulary';
import { undoLatest } from './roadmap';
import type { FactRef, World } from './world';

/** Facts whose restoring can never contradict what came after them (they constrain nothing). */
const RESTORABLE = new Set([
  'WorkshopHeld', 'CoachingSessionHeld', 'RecognitionGranted', 'SurveyResultRecorded', 'MysteryShopRecorded', 'KpiMeasured',
  'CsatRecorded', 'TrainingCompleted', 'LifePlanConversationHeld',
]);

/**
 * Corrections of recent facts, chosen so the stream stays consistent, as `retractConsistently`
 * demands: an assessment only while no resolution names it, a roadmap fact only when it is the
 * item's latest. About one in fifteen retracts an earlier retraction, restoring its fact.
 */
export function retractionStep(world: World): boolean {
  if (world.retractions.length > 0 && world.rng.chance(0.07) && restore(world)) return true;
  for (let attempt = 0; attempt < 12 && world.recent.length > 0; attempt++) {
    const ref = world.rng.pick(world.recent);
    if (world.retracted.has(ref.eventId) || !retractable(world, ref)) continue;
    const reason = world.rng.pick(RETRACTION_REASONS);
    const eventId = world.emit(ref.streamId, 'FactRetracted', { factId: ref.eventId, factType: ref.type, reason }, world.now, world.actor());
    world.retracted.add(ref.eventId);
    undo(world, ref);
    if (RESTORABLE.has(ref.type)) world.retractions.push({ eventId, type: 'FactRetracted', streamId: ref.streamId, target: ref });
    return true;
  }
  return false;
}

function retractable(world: World, ref: FactRef): boolean {
  if (ref.type === 'AlignmentAssessed') return !world.resolved.has(ref.eventId);
  if (ref.item) return ref.item.history[ref.item.history.length - 1]?.eventId === ref.eventId;
  return true;
}

function undo(world: World, ref: FactRef): void {
  const person = ref.person === undefined ? undefined : world.people[ref.person]!;
  if (ref.item) undoLatest(world, ref.item);
  if (person && ref.version !== undefined) person.acked &= ~(1 << ref.version);
  if (person && ref.course !== undefined) person.courses &= ~(1 << ref.course);
}

function restore(world: World): boolean {
  const index = world.retractions.length - 1 - world.rng.int(Math.min(world.retractions.length, 500));
  const retraction = world.retractions[index]!;
  world.retractions.splice(index, 1);
  const { target } = retraction;
  const reason = world.rng.pick(RESTORE_REASONS);
  world.emit(retraction.streamId, 'FactRetracted', { factId: retraction.eventId, factType: 'FactRetracted', reason }, world.now, world.actor());
  world.retracted.delete(target.eventId);
  if (target.person !== undefined && target.course !== undefined) world.people[target.person]!.courses |= 1 << target.course;
  return true;
}
