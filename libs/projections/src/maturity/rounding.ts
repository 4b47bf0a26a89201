import { PROCESS_IDS, type Level, type ProcessId } from './processes';

/** numerator / denominator rounded half up to one decimal, in exact integer arithmetic. */
export function roundHalfUpToTenth(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError('denominator must be positive');
  return Math.floor((numerator * 20 + denominator) / (2 * denominator)) / 10;
}

/** A team's program index: the mean over the processes of level ÷ 5 × 100 (Σ levels × 20 / 7). */
export function teamProgramIndex(levels: Readonly<Record<ProcessId, Level>>): number {
  let sum = 0;
  for (const process of PROCESS_IDS) sum += levels[process];
  return roundHalfUpToTenth(sum * 20, PROCESS_IDS.length);
}
