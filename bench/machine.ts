import { cpus, totalmem } from 'node:os';

export interface MachineInfo {
  readonly node: string;
  readonly platform: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly sqlite: string;
  readonly betterSqlite3: string;
}

export function machineInfo(): MachineInfo {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3');
  const db = new Database(':memory:');
  const sqlite = db.prepare('SELECT sqlite_version()').pluck().get() as string;
  db.close();
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    sqlite,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    betterSqlite3: require('better-sqlite3/package.json').version,
  };
}
