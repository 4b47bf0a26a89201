import { randomUUID } from 'node:crypto';

/** System time and ids enter the application here, so tests can pin them. */
export interface Clock {
  now(): Date;
}
export interface IdGenerator {
  next(): string;
}

export const CLOCK = Symbol('Clock');
export const IDS = Symbol('IdGenerator');

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdGenerator = { next: () => randomUUID() };
