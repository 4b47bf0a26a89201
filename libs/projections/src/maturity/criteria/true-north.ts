import { kindOf, latestVisible, principleIdOf, valueIdOf, type Row } from '../index/entry';
import type { CriterionResult } from '../explain';
import { intersectAll } from '../intervals';
import { criterion, EVER, idsOf, type EvalContext } from './context';
import { atLeastDays, distinctCountDays, factDays, stateDays } from './days';
import { activeCoreValues, guidingPrinciples } from './organisation';
import { attendance, attendanceDays, teamWorkshop, teamWorkshopDays, type ProcessRules } from './rules';

/** P1: the organisation's true north is set and cascaded to the team, and its members attended. */
export const trueNorthRules: ProcessRules = {
  foundation(ctx) {
    const rule = ctx.model.processes['true-north'].foundation;
    const principles = guidingPrinciples(ctx);
    const values = activeCoreValues(ctx);
    return [
      isSet(ctx, 'mission'),
      isSet(ctx, 'vision'),
      criterion(
        2,
        'guiding-principles',
        principles.length >= rule.minGuidingPrinciples,
        { kind: 'count', value: principles.length },
        { kind: 'min-count', value: rule.minGuidingPrinciples },
        idsOf(ctx, principles),
      ),
      criterion(
        2,
        'core-values',
        values.length >= rule.minActiveCoreValues,
        { kind: 'count', value: values.length },
        { kind: 'min-count', value: rule.minActiveCoreValues },
        idsOf(ctx, values),
      ),
      teamWorkshop(ctx, 2, rule.workshop),
    ];
  },
  coverage(ctx) {
    return [attendance(ctx, 3, ctx.model.processes['true-north'].coverage)];
  },
  days(ctx, from) {
    const { org } = ctx.index;
    const { foundation, coverage } = ctx.model.processes['true-north'];
    const valueIds = new Set(org.coreValues.map((row) => valueIdOf(ctx.index, row)));
    const values = [...valueIds].map((valueId) =>
      stateDays(
        ctx,
        org.coreValues,
        false,
        (active, row) => (valueIdOf(ctx.index, row) === valueId ? kindOf(ctx.index, row) === 'core-value-defined' : active),
        (active) => active,
      ),
    );
    return {
      foundation: intersectAll([
        factDays(ctx, org.missions, null),
        factDays(ctx, org.visions, null),
        distinctCountDays(
          ctx,
          org.guidingPrinciples,
          (row) => principleIdOf(ctx.index, row),
          foundation.minGuidingPrinciples,
          from,
        ),
        atLeastDays(values, foundation.minActiveCoreValues, from, ctx.day),
        teamWorkshopDays(ctx, foundation.workshop),
      ]),
      coverage: attendanceDays(ctx, coverage, from),
    };
  },
};

function isSet(ctx: EvalContext, what: 'mission' | 'vision'): CriterionResult {
  const list: readonly Row[] = what === 'mission' ? ctx.index.org.missions : ctx.index.org.visions;
  const latest = latestVisible(ctx.index, list, EVER, ctx.day, ctx.knownMs);
  return criterion(
    2,
    what,
    latest !== undefined,
    { kind: 'flag', value: latest !== undefined },
    { kind: 'required' },
    idsOf(ctx, [latest]),
  );
}
