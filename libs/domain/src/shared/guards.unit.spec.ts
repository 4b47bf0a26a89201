import { requireDate, requireIdList, requireInteger, requireNotFuture, requireScore, requireText } from './guards';

const fails = (run: () => unknown, field: string) => expect(run).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));

describe('guards', () => {
  it('accepts real calendar dates only', () => {
    expect(requireDate('d', '2028-02-29')).toBe('2028-02-29');
    fails(() => requireDate('d', '2026-02-29'), 'd');
    fails(() => requireDate('d', '2026-13-01'), 'd');
    fails(() => requireDate('d', '2026-1-01'), 'd');
    fails(() => requireDate('d', '1900-02-29'), 'd');
  });
  it('bounds texts, trimmed', () => {
    expect(requireText('t', '  a  ', 1)).toBe('a');
    fails(() => requireText('t', 'ab', 1), 't');
  });
  it('accepts scores on the 1–5 scale only', () => {
    expect(requireScore('s', 4.25)).toBe(4.25);
    fails(() => requireScore('s', Number.NaN), 's');
    fails(() => requireScore('s', 0), 's');
  });
  it('accepts whole numbers in range only', () => {
    expect(requireInteger('n', 0, 0, 10)).toBe(0);
    fails(() => requireInteger('n', 1.5, 0, 10), 'n');
  });
  it('names the faulty element of an id list', () => {
    fails(() => requireIdList('ids', ['a', 'b c'], 1, 5), 'ids.1');
    fails(() => requireIdList('ids', ['a', 'b', 'a'], 1, 5), 'ids.2');
    fails(() => requireIdList('ids', [], 1, 5), 'ids');
  });
  it('tolerates five minutes of clock skew for business time', () => {
    expect(() => requireNotFuture('2026-06-01T12:04:00.000Z', '2026-06-01T12:00:00.000Z')).not.toThrow();
    fails(() => requireNotFuture('2026-06-01T12:06:00.000Z', '2026-06-01T12:00:00.000Z'), 'occurredAt');
  });
});
