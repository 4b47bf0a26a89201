import type BetterSqlite3 from 'better-sqlite3';

/**
 * better-sqlite3 by Node major. 12.x is the last line that runs on Node 20 (13.x segfaults there),
 * but on Node ≥ 24.19 every 12.x build aborts the process when the garbage collector finalises a
 * Statement or Database (`RemoveEnvironmentCleanupHook: (env) != nullptr`); 13.x fixes that and
 * needs Node ≥ 22. Both are installed (13.x as the optional `better-sqlite3-node22` alias) and
 * the one matching this runtime is loaded. Drop 12.x when the machines leave Node 20.
 */
function load(): { driver: typeof BetterSqlite3; version: string } {
  const major = Number(process.versions.node.split('.')[0]);
  const pick = (name: string) => ({
    driver: require(name) as typeof BetterSqlite3,
    version: (require(`${name}/package.json`) as { version: string }).version,
  });
  if (major >= 22) {
    try {
      return pick('better-sqlite3-node22');
    } catch {
      // Optional dependency missing (e.g. its build failed): fall back to 12.x.
    }
  }
  return pick('better-sqlite3');
}

const { driver: Driver, version } = load();
/** The better-sqlite3 version in use. */
export const driverVersion = version;

/** Opens (creating if needed) a SQLite database file with the driver for this runtime. */
export const openDatabase = (file: string, options?: BetterSqlite3.Options): BetterSqlite3.Database => new Driver(file, options);
