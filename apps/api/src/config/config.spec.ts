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
