import type { ProcessId } from '../processes';
import { alignmentRules } from './alignment';
import { emotionalConnectionRules } from './emotional-connection';
import { leadershipRules } from './leadership';
import { lifePurposeRules } from './life-purpose';
import type { ProcessRules } from './rules';
import { serviceExcellenceRules } from './service-excellence';
import { serviceModelRules } from './service-model';
import { trueNorthRules } from './true-north';

export function rulesFor(process: ProcessId): ProcessRules {
  switch (process) {
    case 'true-north':
      return trueNorthRules;
    case 'life-purpose':
      return lifePurposeRules;
    case 'alignment':
      return alignmentRules;
    case 'leadership':
      return leadershipRules;
    case 'service-excellence':
      return serviceExcellenceRules;
    case 'service-model':
      return serviceModelRules;
    case 'emotional-connection':
      return emotionalConnectionRules;
    default: {
      const unhandled: never = process;
      throw new TypeError(`Unknown process: ${String(unhandled)}`);
    }
  }
}
