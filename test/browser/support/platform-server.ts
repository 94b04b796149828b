import { ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const MAIN = join(ROOT, 'apps/api/dist/apps/api/src/main.js');

export interface PlatformServer {
  baseUrl: string;
  /** Everything the process printed, for failure messages. */
  output(): string;
  /** Sends Ctrl-C (SIGINT) and returns the exit code. */
  stop(): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The platform exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  throw new Error(`The platform did not become healthy within 45 s:\n${output()}`);
}

/**
 * Starts the built platform as `npm start` runs it: embedded PostgreSQL in a new DATA_DIR, demo
 * content on. Run `npm run build` first (`npm run test:browser` does).
 */
export async function startPlatform(): Promise<PlatformServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'inclusieplein-browser-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_DATABASE_PORT: String(await freePort()),
      DEMO_MODE: 'true',
      LOG_LEVEL: 'warn',
      // Test set-up posts far faster than a person does. The limits have their own API tests.
      RATE_LIMIT_REPLIES_PER_MINUTE: '10000',
      RATE_LIMIT_THREADS_PER_HOUR: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => printed);

  return {
    baseUrl,
    output: () => printed,
    stop: async () => {
      const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
      child.kill('SIGINT');
      const code = await exited;
      await rm(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
