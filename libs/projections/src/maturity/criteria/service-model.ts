import { windowStart } from '../dates';
import { channelOf, latestVisible, metricOf, versionOf } from '../index/entry';
import { intersect } from '../intervals';
import { criterion, EVER, idsOf, memberDaysFor, membersOf, percentOfMembers } from './context';
import { distinctCountDays, factDays, factDaysWhen, memo, percentDays, stateDays } from './days';
import { standardKey, standardsInForce } from './organisation';
import type { ProcessRules } from './rules';

/**
 * P6: the organisation published a service policy and set service standards; members
 * acknowledged the current policy version (the latest published by T).
 */
export const serviceModelRules: ProcessRules = {
  foundation(ctx) {
    const { minStandards } = ctx.model.processes['service-model'].foundation;
    const policy = latestVisible(ctx.index, ctx.index.org.policies, EVER, ctx.day, ctx.knownMs);
    const standards = [...standardsInForce(ctx).values()];
    return [
      criterion(
        2,
        'service-policy',
        policy !== undefined,
        { kind: 'flag', value: policy !== undefined },
        { kind: 'required' },
        idsOf(ctx, [policy]),
      ),
      criterion(
        2,
        'service-standards',
        standards.length >= minStandards,
        { kind: 'count', value: standards.length },
        { kind: 'min-count', value: minStandards },
        idsOf(ctx, standards),
      ),
    ];
  },
  coverage(ctx) {
    const { minPercent, windowDays } = ctx.model.processes['service-model'].coverage;
    const policy = latestVisible(ctx.index, ctx.index.org.policies, EVER, ctx.day, ctx.knownMs);
    const version = policy === undefined ? undefined : versionOf(ctx.index, policy);
    const from = windowStart(ctx.day, windowDays);
    return [
      percentOfMembers(ctx, 3, 'policy-acknowledged', membersOf(ctx), minPercent, windowDays, (member) =>
        version === undefined
          ? undefined
          : latestVisible(
              ctx.index,
              member.person.acknowledgements,
              from,
              ctx.day,
              ctx.knownMs,
              (row) => versionOf(ctx.index, row) === version,
            ),
      ),
    ];
  },
  days(ctx, from) {
    const { org } = ctx.index;
    const { foundation, coverage } = ctx.model.processes['service-model'];
    const current = memo((version: number) =>
      stateDays<number | null>(
        ctx,
        org.policies,
        null,
        (_, row) => versionOf(ctx.index, row),
        (latest) => latest === version,
      ),
    );
    const standards = distinctCountDays(
      ctx,
      org.standards,
      (row) => standardKey(channelOf(ctx.index, row), metricOf(ctx.index, row)),
      foundation.minStandards,
      from,
    );
    return {
      foundation: intersect(factDays(ctx, org.policies, null), standards),
      coverage: percentDays(
        memberDaysFor(ctx),
        (member) => member.active,
        // An acknowledgement counts while its version is the current one.
        (member) =>
          factDaysWhen(ctx, member.person.acknowledgements, coverage.windowDays, (row) =>
            current(versionOf(ctx.index, row)),
          ),
        coverage.minPercent,
        from,
        ctx.day,
      ),
    };
  },
};
