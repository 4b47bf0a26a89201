import { randomUUID } from 'node:crypto';
import type { EventData } from '@norte/event-store';

const TYPES = ['AlignmentAssessed', 'PracticeAdopted', 'UnitRegistered', 'GoalSet', 'RetrospectiveHeld'];
const DIMENSIONS = ['psychological-safety', 'clarity-of-purpose', 'decision-rights', 'feedback-loops', 'ownership'];
const NOTES = [
  'Team agreed to run blameless post-mortems for every incident above severity two, starting next sprint.',
  'Leads now publish decision records; two teams reported fewer escalations and faster onboarding of new hires.',
  'Retrospective surfaced friction with the release train; proposal to decouple deploys from the quarterly plan.',
  'Coach observed more questions from junior engineers in planning; keep the rotating facilitator experiment.',
];
const PROGRAMMES = Array.from({ length: 20 }, () => randomUUID());
const ACTORS = Array.from({ length: 200 }, () => randomUUID());

/**
 * A realistic Norte event: ~350 bytes of data, ~330 bytes of metadata once serialised
 * (ids, actor, occurredAt, recordedAt, commandId, correlation and causation ids).
 */
export function makeEvent(teamId: string, sequence: number): EventData {
  const at = new Date(Date.UTC(2026, 0, 1) + sequence * 1000).toISOString();
  const actor = ACTORS[sequence % ACTORS.length]!;
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type: TYPES[sequence % TYPES.length]!,
    data: {
      teamId,
      programmeId: PROGRAMMES[sequence % PROGRAMMES.length]!,
      dimension: DIMENSIONS[sequence % DIMENSIONS.length]!,
      score: (sequence % 5) + 1,
      previousScore: ((sequence + 3) % 5) + 1,
      assessedBy: actor,
      note: NOTES[sequence % NOTES.length]!,
      tags: ['quarterly', sequence % 2 ? 'coach-led' : 'self-assessed'],
    },
    metadata: {
      actor: { id: actor, kind: 'user', role: 'coach' },
      occurredAt: at,
      recordedAt: at,
      commandId,
      correlationId: commandId,
      causationId: randomUUID(),
      schemaVersion: 1,
      source: 'api',
    },
  };
}

export const streamOf = (k: number): string => `team-${k}`;
