import { join, resolve } from 'node:path';
import { hostname } from 'node:os';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Loopback by default: until sign-in exists Norte must not be reachable from the network. */
  HOST: z.string().min(1).default('127.0.0.1'),
  NORTE_DATA_DIR: z.string().min(1).default('./data'),
  /** This process's own folder for projection snapshots; default: <data>/state/<host>-<port>. */
  NORTE_STATE_DIR: z.string().min(1).optional(),
  NORTE_WEB_DIR: z.string().min(1).optional(),
  EVENTSTORE_CONNECTION_STRING: z
    .string()
    .regex(/^(esdb|kurrentdb|kdb|esdb\+discover|kurrentdb\+discover|kdb\+discover):\/\//, 'must be an esdb:// or kurrentdb:// connection string')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export interface NorteConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly stateDir: string;
  readonly webDir: string;
  readonly eventStoreConnectionString?: string;
  readonly logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  readonly production: boolean;
}

export const NORTE_CONFIG = Symbol('NorteConfig');

/** Reads and validates the environment once at start-up; a bad value stops the process with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): NorteConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.NORTE_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    stateDir: resolve(e.NORTE_STATE_DIR ?? join(dataDir, 'state', `${hostname()}-${e.PORT}`)),
    webDir: resolve(e.NORTE_WEB_DIR ?? join(__dirname, '..', '..', '..', 'web', 'dist')),
    eventStoreConnectionString: e.EVENTSTORE_CONNECTION_STRING,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
  };
}
