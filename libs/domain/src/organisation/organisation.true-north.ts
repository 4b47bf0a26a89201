import { assertNever } from '../shared/decider';
import { conflict, notFound } from '../shared/errors';
import { optionalText, requireId, requireText } from '../shared/guards';
import type { TrueNorthCommand } from './organisation.commands';
import type { OrganisationEvent } from './organisation.events';
import { effectiveOf, requireNotBefore, requireUnusedId } from './organisation.rules';
import type { OrganisationState } from './organisation.state';

const NAME_MAX = 120;
const STATEMENT_MAX = 2000;
const PARADIGM_MAX = 500;

/** Guiding principles, core values and paradigm shifts (mission and vision stay in the main decide). */
export function decideTrueNorth(command: TrueNorthCommand, state: OrganisationState): readonly OrganisationEvent[] {
  switch (command.type) {
    case 'DefineGuidingPrinciple': {
      const principleId = requireId('principleId', command.data.principleId);
      requireUnusedId(state, 'GuidingPrincipleDefined', 'principleId', principleId);
      return [{ type: 'GuidingPrincipleDefined', data: { principleId, text: requireText('text', command.data.text, STATEMENT_MAX) } }];
    }
    case 'DefineCoreValue': {
      const valueId = requireId('valueId', command.data.valueId);
      requireUnusedId(state, 'CoreValueDefined', 'valueId', valueId);
      const name = requireText('name', command.data.name, NAME_MAX);
      return [{ type: 'CoreValueDefined', data: { valueId, name, description: optionalText('description', command.data.description, STATEMENT_MAX) } }];
    }
    case 'RetireCoreValue': {
      const valueId = requireId('valueId', command.data.valueId);
      const defined = effectiveOf(state, 'CoreValueDefined').find((f) => f.event.data.valueId === valueId);
      if (!defined) throw notFound('valueId', `Core value '${valueId}' is not defined`);
      const retired = effectiveOf(state, 'CoreValueRetired').find((f) => f.event.data.valueId === valueId);
      if (retired) throw conflict(`Core value '${valueId}' is already retired`, 'valueId', [retired.eventId]);
      requireNotBefore(defined, command.occurredAt);
      return [{ type: 'CoreValueRetired', data: { valueId } }];
    }
    case 'RecordParadigmShift': {
      const shiftId = requireId('shiftId', command.data.shiftId);
      requireUnusedId(state, 'ParadigmShiftRecorded', 'shiftId', shiftId);
      const from = requireText('from', command.data.from, PARADIGM_MAX);
      return [{ type: 'ParadigmShiftRecorded', data: { shiftId, from, to: requireText('to', command.data.to, PARADIGM_MAX) } }];
    }
    default:
      return assertNever(command);
  }
}
