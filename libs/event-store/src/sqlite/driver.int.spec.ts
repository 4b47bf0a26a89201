import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { driverVersion, openDatabase } from './driver';

describe('the SQLite driver for this runtime', () => {
  it('is better-sqlite3 13 on Node >= 22 and 12 on Node 20, and opens a database', () => {
    const nodeMajor = Number(process.versions.node.split('.')[0]);
    expect(driverVersion.split('.')[0]).toBe(nodeMajor >= 22 ? '13' : '12');
    const dir = mkdtempSync(join(tmpdir(), 'norte-driver-'));
    const db = openDatabase(join(dir, 'x.sqlite'));
    expect(db.prepare('SELECT 1 + 1 AS two').get()).toEqual({ two: 2 });
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
