import { isAbsolute, resolve } from 'node:path';

/** Settings read from environment variables at start-up. */
export interface AppConfig {
  port: number;
  /** Address the HTTP server binds to. */
  host: string;
  /** Connection string of an external PostgreSQL server; null starts the embedded database. */
  databaseUrl: string | null;
  /** Folder for the embedded database and, with the local storage driver, uploaded files. Absolute. */
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
  /** Maximum size of one uploaded file, in bytes. */
  maxUploadBytes: number;
  /** Driver and location of uploaded files. */
  storage: StorageConfig;
  /** Posting limits per person. Moderators, owners and administrators of the network are exempt. */
  rateLimits: RateLimitConfig;
  /** Outgoing e-mail: SMTP server, sender, links and digest times. */
  mail: MailConfig;
}

/** SMTP server as an smtp:// or smtps:// URL, or as separate settings. */
export type SmtpConfig =
  | { url: string }
  | { host: string; port: number; secure: boolean; user: string | null; password: string | null };

export interface MailConfig {
  /** Null when no SMTP server is set: then the mail worker idles and mails wait in the outbox. */
  smtp: SmtpConfig | null;
  /** Sender address, such as `Inclusieplein <noreply@inclusieplein.nl>`. */
  from: string;
  /** Address of the web app without trailing slash, for links in mails. */
  publicUrl: string;
  /** IANA time zone in which the digest hour and weekday are read. */
  timeZone: string;
  /** Hour of the day (0 to 23) at which daily and weekly digests are sent. */
  digestHour: number;
  /** ISO weekday of the weekly digest: 1 is Monday, 7 is Sunday. */
  digestWeekday: number;
  /** Pause before the first retry of a failed mail, in milliseconds. Each next retry waits twice as long. */
  retryBaseMs: number;
  /** Interval at which the mail worker checks the outbox when nothing wakes it, in milliseconds. */
  pollIntervalMs: number;
}

/** Files in a folder on the local disk, for a single API instance only. */
export interface LocalStorageConfig {
  driver: 'local';
  /** Absolute folder of the stored files. It must not be inside a folder that is served over HTTP. */
  root: string;
}

/** Files in a bucket of Amazon S3 or an S3-compatible service such as MinIO, Ceph or Garage. */
export interface S3StorageConfig {
  driver: 's3';
  /** Base URL of an S3-compatible service, or null for the AWS endpoint of `region`. */
  endpoint: string | null;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Whether requests use `<endpoint>/<bucket>/<key>` instead of `<bucket>.<endpoint>/<key>`. */
  forcePathStyle: boolean;
  /** Folder inside the bucket without leading or trailing slash, or '' for the top level. */
  prefix: string;
  /**
   * Mode of the AWS SDK's CRC32 checksums on requests and responses. 'when_supported' is the SDK
   * default. 'when_required' adds them only where an operation demands one, which services without
   * support for checksum trailers need.
   */
  checksums: 'when_supported' | 'when_required';
}

export type StorageConfig = LocalStorageConfig | S3StorageConfig;

export interface RateLimitConfig {
  /** Replies one person may post in any 60 seconds. */
  repliesPerMinute: number;
  /** Threads one person may start in any 3600 seconds. */
  threadsPerHour: number;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
const MIN_MAX_UPLOAD_BYTES = 1024;
const BYTES_PER_UNIT: Record<string, number> = { '': 1, mb: 1000 * 1000, mib: 1024 * 1024 };

/** Returns the setting, or undefined when it is unset or only whitespace. */
function readSetting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

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

function parseMaxUploadBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_UPLOAD_BYTES;
  const match = /^(\d+)\s*(mb|mib)?$/i.exec(value);
  const bytes = match ? Number(match[1]) * BYTES_PER_UNIT[(match[2] ?? '').toLowerCase()] : Number.NaN;
  if (!Number.isSafeInteger(bytes)) {
    throw new ConfigError(
      `MAX_UPLOAD_BYTES must be a whole number of bytes, optionally followed by MB (1,000,000 bytes) or MiB (1,048,576 bytes), got "${value}".`,
    );
  }
  if (bytes < MIN_MAX_UPLOAD_BYTES) {
    throw new ConfigError(`MAX_UPLOAD_BYTES must be at least ${MIN_MAX_UPLOAD_BYTES} bytes, got "${value}".`);
  }
  return bytes;
}

function parseStorage(env: NodeJS.ProcessEnv, dataDir: string, cwd: string): StorageConfig {
  const driver = readSetting(env, 'STORAGE_DRIVER') ?? 'local';
  if (driver === 'local') {
    const rootSetting = readSetting(env, 'STORAGE_LOCAL_ROOT');
    const root = rootSetting === undefined ? resolve(dataDir, 'files') : resolve(cwd, rootSetting);
    return { driver: 'local', root };
  }
  if (driver === 's3') return parseS3Storage(env);
  throw new ConfigError(`STORAGE_DRIVER must be local or s3, got "${env.STORAGE_DRIVER}".`);
}

function parseS3Storage(env: NodeJS.ProcessEnv): S3StorageConfig {
  const endpoint = parseS3Endpoint(readSetting(env, 'S3_ENDPOINT'));

  const region = readSetting(env, 'S3_REGION') ?? 'us-east-1';
  if (/\s/.test(region)) {
    throw new ConfigError(`S3_REGION must not contain spaces, got "${region}".`);
  }

  const bucket = readSetting(env, 'S3_BUCKET');
  if (bucket === undefined) {
    throw new ConfigError('S3_BUCKET is required when STORAGE_DRIVER is s3; set it to the name of an existing bucket.');
  }
  // The S3 naming rules for new buckets: 3 to 63 lowercase letters, digits, dots and hyphens.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new ConfigError(
      `S3_BUCKET must be 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit, got "${bucket}".`,
    );
  }

  const accessKeyId = readSetting(env, 'S3_ACCESS_KEY_ID');
  const secretAccessKey = readSetting(env, 'S3_SECRET_ACCESS_KEY');
  if (accessKeyId === undefined || secretAccessKey === undefined) {
    const missing = accessKeyId === undefined ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY';
    throw new ConfigError(`${missing} is required when STORAGE_DRIVER is s3; set it to the key of an account with access to the bucket.`);
  }

  const checksums = (readSetting(env, 'S3_CHECKSUMS') ?? 'when_required').toLowerCase();
  if (checksums !== 'when_required' && checksums !== 'when_supported') {
    throw new ConfigError(`S3_CHECKSUMS must be when_required or when_supported, got "${env.S3_CHECKSUMS}".`);
  }

  return {
    driver: 's3',
    endpoint,
    region,
    bucket,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: parseBoolean('S3_FORCE_PATH_STYLE', env.S3_FORCE_PATH_STYLE, endpoint !== null),
    prefix: parseS3Prefix(readSetting(env, 'S3_PREFIX')),
    checksums,
  };
}

function parseS3Endpoint(value: string | undefined): string | null {
  if (value === undefined) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`S3_ENDPOINT is not a valid URL; expected for example http://127.0.0.1:9000, got "${value}".`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new ConfigError('S3_ENDPOINT must not contain a user name or password; use S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY.');
  }
  if (!['http:', 'https:'].includes(url.protocol)) {
    throw new ConfigError(`S3_ENDPOINT must start with http:// or https://, got "${value}".`);
  }
  return value;
}

/** Normalises the prefix to folder names joined by '/', without leading or trailing slash. */
function parseS3Prefix(value: string | undefined): string {
  if (value === undefined) return '';
  const prefix = value.replace(/^\/+|\/+$/g, '');
  if (prefix === '') return '';
  const segments = prefix.split('/');
  if (segments.some((segment) => !/^[A-Za-z0-9._-]+$/.test(segment) || /^\.+$/.test(segment))) {
    throw new ConfigError(
      `S3_PREFIX must be folder names of letters, digits, '.', '_' or '-', separated by '/', for example inclusieplein/production; got "${value}".`,
    );
  }
  return prefix;
}

function parseWholeNumber(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${value}".`);
  }
  return number;
}

function parseSmtp(env: NodeJS.ProcessEnv): SmtpConfig | null {
  const url = readSetting(env, 'SMTP_URL');
  if (url !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError('SMTP_URL is not a valid URL; expected smtp://user:password@host:587 or smtps://host:465.');
    }
    if (!['smtp:', 'smtps:'].includes(parsed.protocol)) {
      throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, got "${parsed.protocol}//".`);
    }
    return { url };
  }
  const host = readSetting(env, 'SMTP_HOST');
  if (host === undefined) return null;
  const secure = parseBoolean('SMTP_SECURE', readSetting(env, 'SMTP_SECURE'), false);
  return {
    host,
    port: parsePort('SMTP_PORT', readSetting(env, 'SMTP_PORT'), secure ? 465 : 587),
    secure,
    user: readSetting(env, 'SMTP_USER') ?? null,
    password: env.SMTP_PASS && env.SMTP_PASS !== '' ? env.SMTP_PASS : null,
  };
}

function parsePublicUrl(value: string | undefined, port: number): string {
  if (value === undefined) return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`PUBLIC_URL is not a valid URL; expected for example https://inclusieplein.nl, got "${value}".`);
  }
  if (!['http:', 'https:'].includes(url.protocol)) {
    throw new ConfigError(`PUBLIC_URL must start with http:// or https://, got "${value}".`);
  }
  return value.replace(/\/+$/, '');
}

function parseTimeZone(value: string | undefined): string {
  const timeZone = value ?? 'Europe/Amsterdam';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new ConfigError(`MAIL_TIME_ZONE must be an IANA time zone such as Europe/Amsterdam, got "${timeZone}".`);
  }
  return timeZone;
}

function parseMail(env: NodeJS.ProcessEnv, port: number): MailConfig {
  return {
    smtp: parseSmtp(env),
    from: readSetting(env, 'MAIL_FROM') ?? 'Inclusieplein <noreply@localhost>',
    publicUrl: parsePublicUrl(readSetting(env, 'PUBLIC_URL'), port),
    timeZone: parseTimeZone(readSetting(env, 'MAIL_TIME_ZONE')),
    digestHour: parseWholeNumber('MAIL_DIGEST_HOUR', readSetting(env, 'MAIL_DIGEST_HOUR'), 7, 0, 23),
    digestWeekday: parseWholeNumber('MAIL_DIGEST_WEEKDAY', readSetting(env, 'MAIL_DIGEST_WEEKDAY'), 1, 1, 7),
    retryBaseMs: parseWholeNumber('MAIL_RETRY_BASE_MS', readSetting(env, 'MAIL_RETRY_BASE_MS'), 30_000, 10, 3_600_000),
    pollIntervalMs: parseWholeNumber('MAIL_POLL_INTERVAL_MS', readSetting(env, 'MAIL_POLL_INTERVAL_MS'), 5_000, 10, 600_000),
  };
}

function parseRateLimit(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const limit = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 10000) {
    throw new ConfigError(`${name} must be a whole number from 1 to 10000, got "${value}".`);
  }
  return limit;
}

/**
 * Reads and validates the settings; throws ConfigError with a message that names the variable and the fix.
 * `cwd` resolves a relative DATA_DIR and STORAGE_LOCAL_ROOT.
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

  const port = parsePort('PORT', env.PORT, 3000);
  return {
    port,
    host: env.HOST && env.HOST !== '' ? env.HOST : '0.0.0.0',
    databaseUrl,
    dataDir,
    demoMode: parseBoolean('DEMO_MODE', env.DEMO_MODE, databaseUrl === null),
    sessionSecret,
    cookieSecure: parseBoolean('COOKIE_SECURE', env.COOKIE_SECURE, false),
    logLevel,
    embeddedDatabasePort: parsePort('EMBEDDED_DATABASE_PORT', env.EMBEDDED_DATABASE_PORT, 54329),
    maxUploadBytes: parseMaxUploadBytes(readSetting(env, 'MAX_UPLOAD_BYTES')),
    storage: parseStorage(env, dataDir, cwd),
    rateLimits: {
      repliesPerMinute: parseRateLimit('RATE_LIMIT_REPLIES_PER_MINUTE', readSetting(env, 'RATE_LIMIT_REPLIES_PER_MINUTE'), 6),
      threadsPerHour: parseRateLimit('RATE_LIMIT_THREADS_PER_HOUR', readSetting(env, 'RATE_LIMIT_THREADS_PER_HOUR'), 5),
    },
    mail: parseMail(env, port),
  };
}

/** Reads the settings for a command-line entry point. Prints the problem and exits with 1 when one is invalid. */
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
