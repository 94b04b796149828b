import { isAbsolute, resolve } from 'node:path';

/** Settings read from environment variables at start-up. */
export interface AppConfig {
  port: number;
  /** Address the HTTP server binds to. */
  host: string;
  /** Connection string of an external PostgreSQL server; null starts the embedded database. */
  databaseUrl: string | null;
  /** Folder for the embedded database and, later, uploaded files. Absolute. */
  dataDir: string;
  /** Whether demo networks, accounts and threads are added when missing. */
  demoMode: boolean;
  /** Secret that signs session cookies; null reads or creates one in `dataDir`. */
  sessionSecret: string | null;
  /** Whether the session cookie is only sent over HTTPS. */
  cookieSecure: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Port of the embedded PostgreSQL server. */
  embeddedDatabasePort: number;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}".`);
}

function parsePort(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  // Number() alone would read " " as 0 and accept "0x50" and "1e3".
  const port = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a whole number from 0 to 65535, got "${value}".`);
  }
  return port;
}

function parseDatabaseUrl(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database.');
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol)) {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//".`);
  }
  return value;
}

/**
 * Reads and validates the settings; throws ConfigError with a message that names the variable and the fix.
 * `cwd` resolves a relative DATA_DIR.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const databaseUrl = parseDatabaseUrl(env.DATABASE_URL);
  const dataDirSetting = env.DATA_DIR && env.DATA_DIR.trim() !== '' ? env.DATA_DIR : './data';
  const dataDir = isAbsolute(dataDirSetting) ? dataDirSetting : resolve(cwd, dataDirSetting);

  const logLevel = (env.LOG_LEVEL ?? 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}".`);
  }

  const sessionSecret = env.SESSION_SECRET && env.SESSION_SECRET !== '' ? env.SESSION_SECRET : null;
  if (sessionSecret !== null && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be at least 32 characters long.');
  }

  return {
    port: parsePort('PORT', env.PORT, 3000),
    host: env.HOST && env.HOST !== '' ? env.HOST : '0.0.0.0',
    databaseUrl,
    dataDir,
    demoMode: parseBoolean('DEMO_MODE', env.DEMO_MODE, databaseUrl === null),
    sessionSecret,
    cookieSecure: parseBoolean('COOKIE_SECURE', env.COOKIE_SECURE, false),
    logLevel,
    embeddedDatabasePort: parsePort('EMBEDDED_DATABASE_PORT', env.EMBEDDED_DATABASE_PORT, 54329),
  };
}

/** Reads the settings for a command-line entry point; prints the problem and exits with 1 when one is invalid. */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
