import type { Suite } from '../types';
import { eventStoreSuite } from './event-store/index';
import { maturitySuite } from './maturity/index';

/** Every suite `npm run bench` runs, in order. Add new suites (e.g. maturity) here. */
export const suites: readonly Suite[] = [eventStoreSuite, maturitySuite];
