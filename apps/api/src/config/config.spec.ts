import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';

const DATABASE_URL = 'postgres://inclusieplein:geheim@127.0.0.1:5432/inclusieplein';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env, '/srv/app');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig defaults', () => {
  it('listens on port 3000', () => {
    expect(loadConfig({}, '/srv/app').port).toBe(3000);
  });

  it('resolves ./data against the working folder', () => {
    expect(loadConfig({}, '/srv/app').dataDir).toBe(resolve('/srv/app', 'data'));
  });

  it('starts the embedded database without DATABASE_URL', () => {
    expect(loadConfig({}, '/srv/app').databaseUrl).toBeNull();
  });

  it('enables demo mode without DATABASE_URL', () => {
    expect(loadConfig({}, '/srv/app').demoMode).toBe(true);
  });

  it('disables demo mode with DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL }, '/srv/app').demoMode).toBe(false);
  });
});

describe('loadConfig settings', () => {
  it('reads PORT as a number', () => {
    expect(loadConfig({ PORT: '8080' }, '/srv/app').port).toBe(8080);
  });

  it('resolves a relative DATA_DIR', () => {
    expect(loadConfig({ DATA_DIR: 'opslag/db' }, '/srv/app').dataDir).toBe(resolve('/srv/app', 'opslag/db'));
  });

  it('keeps an absolute DATA_DIR', () => {
    expect(loadConfig({ DATA_DIR: '/var/lib/inclusieplein' }, '/srv/app').dataDir).toBe('/var/lib/inclusieplein');
  });

  it('keeps a postgresql:// DATABASE_URL', () => {
    const url = 'postgresql://user@db.internal:5433/inclusieplein';
    expect(loadConfig({ DATABASE_URL: url }, '/srv/app').databaseUrl).toBe(url);
  });

  it.each([
    ['false', false],
    ['0', false],
    ['no', false],
    ['TRUE', true],
    ['1', true],
  ])('reads DEMO_MODE=%s as %s', (value, expected) => {
    expect(loadConfig({ DEMO_MODE: value }, '/srv/app').demoMode).toBe(expected);
  });

  it('lets DEMO_MODE override the DATABASE_URL default', () => {
    expect(loadConfig({ DATABASE_URL, DEMO_MODE: 'true' }, '/srv/app').demoMode).toBe(true);
  });
});

describe('loadConfig errors', () => {
  it.each(['abc', '70000', '-1', '3.5', ' ', '0x50', '1e3'])('rejects PORT=%j', (value) => {
    const error = configError({ PORT: value });
    expect(error.message).toMatch(/^PORT /);
  });

  it('rejects a DATABASE_URL with another scheme', () => {
    const error = configError({ DATABASE_URL: 'mysql://root@127.0.0.1/inclusieplein' });
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).toContain('mysql:');
  });

  it('rejects a malformed DATABASE_URL', () => {
    expect(configError({ DATABASE_URL: 'localhost:5432' }).message).toContain('DATABASE_URL');
  });

  it('rejects an unknown DEMO_MODE value', () => {
    const error = configError({ DEMO_MODE: 'misschien' });
    expect(error.message).toContain('DEMO_MODE');
    expect(error.message).toContain('misschien');
  });

  it('rejects an unknown LOG_LEVEL', () => {
    expect(configError({ LOG_LEVEL: 'verbose' }).message).toContain('LOG_LEVEL');
  });

  it('rejects a short SESSION_SECRET', () => {
    expect(configError({ SESSION_SECRET: 'kort' }).message).toContain('SESSION_SECRET');
  });
});

const S3_ENV = {
  STORAGE_DRIVER: 's3',
  S3_BUCKET: 'inclusieplein-documents',
  S3_ACCESS_KEY_ID: 'test-access-key',
  S3_SECRET_ACCESS_KEY: 'test-secret-key',
};

describe('loadConfig MAX_UPLOAD_BYTES', () => {
  it('defaults to 50 MiB', () => {
    expect(loadConfig({}, '/srv/app').maxUploadBytes).toBe(52428800);
  });

  it.each([
    ['2048', 2048],
    ['1024', 1024],
    ['50MB', 50_000_000],
    ['50 MB', 50_000_000],
    ['50mb', 50_000_000],
    ['50MiB', 52428800],
    ['10mib', 10485760],
  ])('reads %j as %d bytes', (value, expected) => {
    expect(loadConfig({ MAX_UPLOAD_BYTES: value }, '/srv/app').maxUploadBytes).toBe(expected);
  });

  it.each(['abc', '1.5MB', '-2048', '50GB', '0x1000', '1e6', '99999999999999999999'])('rejects %j', (value) => {
    const error = configError({ MAX_UPLOAD_BYTES: value });
    expect(error.message).toMatch(/^MAX_UPLOAD_BYTES /);
    expect(error.message).toContain(value);
  });

  it('rejects less than 1024 bytes', () => {
    const error = configError({ MAX_UPLOAD_BYTES: '1023' });
    expect(error.message).toContain('MAX_UPLOAD_BYTES');
    expect(error.message).toContain('at least 1024');
  });
});

describe('loadConfig local storage', () => {
  it('stores files under DATA_DIR/files by default', () => {
    expect(loadConfig({}, '/srv/app').storage).toEqual({ driver: 'local', root: resolve('/srv/app', 'data', 'files') });
  });

  it('follows DATA_DIR', () => {
    const storage = loadConfig({ DATA_DIR: '/var/lib/inclusieplein' }, '/srv/app').storage;
    expect(storage).toEqual({ driver: 'local', root: '/var/lib/inclusieplein/files' });
  });

  it('resolves a relative STORAGE_LOCAL_ROOT', () => {
    const storage = loadConfig({ STORAGE_DRIVER: 'local', STORAGE_LOCAL_ROOT: 'uploads' }, '/srv/app').storage;
    expect(storage).toEqual({ driver: 'local', root: '/srv/app/uploads' });
  });

  it('keeps an absolute STORAGE_LOCAL_ROOT', () => {
    const storage = loadConfig({ STORAGE_LOCAL_ROOT: '/mnt/files' }, '/srv/app').storage;
    expect(storage).toEqual({ driver: 'local', root: '/mnt/files' });
  });

  it('rejects an unknown STORAGE_DRIVER', () => {
    const error = configError({ STORAGE_DRIVER: 'ftp' });
    expect(error.message).toContain('STORAGE_DRIVER');
    expect(error.message).toContain('ftp');
  });
});

describe('loadConfig s3 storage', () => {
  it('uses AWS defaults without S3_ENDPOINT', () => {
    expect(loadConfig(S3_ENV, '/srv/app').storage).toEqual({
      driver: 's3',
      endpoint: null,
      region: 'us-east-1',
      bucket: 'inclusieplein-documents',
      accessKeyId: 'test-access-key',
      secretAccessKey: 'test-secret-key',
      forcePathStyle: false,
      prefix: '',
      checksums: 'when_required',
    });
  });

  it('reads every S3 setting', () => {
    const env = {
      ...S3_ENV,
      S3_ENDPOINT: 'https://garage.example.org:3900',
      S3_REGION: 'garage',
      S3_FORCE_PATH_STYLE: 'false',
      S3_PREFIX: 'inclusieplein/production',
      S3_CHECKSUMS: 'when_supported',
    };
    expect(loadConfig(env, '/srv/app').storage).toEqual({
      driver: 's3',
      endpoint: 'https://garage.example.org:3900',
      region: 'garage',
      bucket: 'inclusieplein-documents',
      accessKeyId: 'test-access-key',
      secretAccessKey: 'test-secret-key',
      forcePathStyle: false,
      prefix: 'inclusieplein/production',
      checksums: 'when_supported',
    });
  });

  it('uses path-style requests with S3_ENDPOINT', () => {
    const storage = loadConfig({ ...S3_ENV, S3_ENDPOINT: 'http://127.0.0.1:9000' }, '/srv/app').storage;
    expect(storage).toMatchObject({ endpoint: 'http://127.0.0.1:9000', forcePathStyle: true });
  });

  it('reads S3_FORCE_PATH_STYLE without S3_ENDPOINT', () => {
    expect(loadConfig({ ...S3_ENV, S3_FORCE_PATH_STYLE: 'true' }, '/srv/app').storage).toMatchObject({
      forcePathStyle: true,
    });
  });

  it.each([
    ['/documents/', 'documents'],
    ['a/b//', 'a/b'],
    ['/', ''],
  ])('normalises S3_PREFIX=%j to %j', (value, expected) => {
    expect(loadConfig({ ...S3_ENV, S3_PREFIX: value }, '/srv/app').storage).toMatchObject({ prefix: expected });
  });

  it.each(['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])('requires %s', (name) => {
    const env: NodeJS.ProcessEnv = { ...S3_ENV, [name]: '' };
    const error = configError(env);
    expect(error.message).toMatch(new RegExp(`^${name} is required`));
  });

  it.each(['Documents', 'ab', 'bucket_name', '-bucket', 'bucket-'])('rejects S3_BUCKET=%j', (value) => {
    const error = configError({ ...S3_ENV, S3_BUCKET: value });
    expect(error.message).toMatch(/^S3_BUCKET /);
    expect(error.message).toContain(value);
  });

  it.each(['localhost:9000', 'ftp://127.0.0.1:9000', 'http://user:secret@127.0.0.1:9000'])(
    'rejects S3_ENDPOINT=%j',
    (value) => {
      expect(configError({ ...S3_ENV, S3_ENDPOINT: value }).message).toMatch(/^S3_ENDPOINT /);
    },
  );

  it('keeps the secret out of the S3_ENDPOINT message', () => {
    const error = configError({ ...S3_ENV, S3_ENDPOINT: 'http://user:secret@127.0.0.1:9000' });
    expect(error.message).not.toContain('secret');
  });

  it.each(['a/../b', 'a/./b', 'a b', 'a\\b'])('rejects S3_PREFIX=%j', (value) => {
    expect(configError({ ...S3_ENV, S3_PREFIX: value }).message).toMatch(/^S3_PREFIX /);
  });

  it('rejects an S3_REGION with spaces', () => {
    expect(configError({ ...S3_ENV, S3_REGION: 'eu west' }).message).toMatch(/^S3_REGION /);
  });

  it('rejects an unknown S3_CHECKSUMS', () => {
    expect(configError({ ...S3_ENV, S3_CHECKSUMS: 'always' }).message).toMatch(/^S3_CHECKSUMS /);
  });

  it('rejects an invalid S3_FORCE_PATH_STYLE', () => {
    expect(configError({ ...S3_ENV, S3_FORCE_PATH_STYLE: 'sometimes' }).message).toContain('S3_FORCE_PATH_STYLE');
  });

  it('ignores S3 settings for local storage', () => {
    expect(loadConfig({ S3_BUCKET: 'Invalid_Name' }, '/srv/app').storage.driver).toBe('local');
  });
});

describe('loadConfig mail', () => {
  it('has no SMTP server by default', () => {
    const mail = loadConfig({}, '/srv/app').mail;
    expect(mail.smtp).toBeNull();
    expect(mail.publicUrl).toBe('http://localhost:3000');
    expect(mail.timeZone).toBe('Europe/Amsterdam');
    expect(mail.digestHour).toBe(7);
    expect(mail.digestWeekday).toBe(1);
  });

  it('reads SMTP_URL', () => {
    expect(loadConfig({ SMTP_URL: 'smtp://mail.example.org:587' }, '/srv/app').mail.smtp).toEqual({
      url: 'smtp://mail.example.org:587',
    });
  });

  it('reads separate SMTP settings', () => {
    const env = { SMTP_HOST: 'mail.example.org', SMTP_SECURE: 'true', SMTP_USER: 'app', SMTP_PASS: 'geheim' };
    expect(loadConfig(env, '/srv/app').mail.smtp).toEqual({
      host: 'mail.example.org',
      port: 465,
      secure: true,
      user: 'app',
      password: 'geheim',
    });
  });

  it('drops a trailing slash from PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://inclusieplein.nl/' }, '/srv/app').mail.publicUrl).toBe('https://inclusieplein.nl');
  });

  it('rejects an SMTP_URL with another scheme', () => {
    expect(configError({ SMTP_URL: 'http://mail.example.org' }).message).toMatch(/SMTP_URL must start with smtp/);
  });

  it('rejects an unknown MAIL_TIME_ZONE', () => {
    expect(configError({ MAIL_TIME_ZONE: 'Mars/Olympus' }).message).toMatch(/MAIL_TIME_ZONE/);
  });

  it('rejects a MAIL_DIGEST_WEEKDAY outside 1 to 7', () => {
    expect(configError({ MAIL_DIGEST_WEEKDAY: '0' }).message).toMatch(/MAIL_DIGEST_WEEKDAY must be a whole number from 1 to 7/);
  });

  it('rejects a MAIL_DIGEST_HOUR of 24', () => {
    expect(configError({ MAIL_DIGEST_HOUR: '24' }).message).toMatch(/MAIL_DIGEST_HOUR/);
  });
});

describe('loadConfig rate limits', () => {
  it('allows 6 replies per minute and 5 threads per hour by default', () => {
    expect(loadConfig({}, '/srv/app').rateLimits).toEqual({ repliesPerMinute: 6, threadsPerHour: 5 });
  });

  it('reads both limits', () => {
    const env = { RATE_LIMIT_REPLIES_PER_MINUTE: '20', RATE_LIMIT_THREADS_PER_HOUR: '2' };
    expect(loadConfig(env, '/srv/app').rateLimits).toEqual({ repliesPerMinute: 20, threadsPerHour: 2 });
  });

  it.each(['0', '-1', '1.5', 'many', '10001'])('rejects RATE_LIMIT_REPLIES_PER_MINUTE=%s', (value) => {
    expect(configError({ RATE_LIMIT_REPLIES_PER_MINUTE: value }).message).toMatch(
      /RATE_LIMIT_REPLIES_PER_MINUTE must be a whole number from 1 to 10000/,
    );
  });

  it('rejects an invalid RATE_LIMIT_THREADS_PER_HOUR', () => {
    expect(configError({ RATE_LIMIT_THREADS_PER_HOUR: '0' }).message).toMatch(/RATE_LIMIT_THREADS_PER_HOUR/);
  });
});
