/** Stream ids are `<category>-<id>`, category before the first dash. */
export const categoryOf = (streamId: string): string => streamId.slice(0, Math.max(0, streamId.indexOf('-')));
export const entityOf = (streamId: string): string => streamId.slice(streamId.indexOf('-') + 1);

/**
 * Global positions are kept as decimal strings (read-model state is JSON; bigint is not): compared
 * by length, then digit by digit, which is numeric order for strings without leading zeros.
 */
export function comparePositions(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Business-time order, ties in global (recorded) order: the order the domain replays facts in. */
export function byBusinessTime(a: { readonly occurredAt: string; readonly position: string }, b: { readonly occurredAt: string; readonly position: string }): number {
  return Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || comparePositions(a.position, b.position);
}
