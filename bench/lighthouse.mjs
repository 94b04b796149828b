// Records Lighthouse 12.2.3 accessibility scores of the main pages; a recording, not a test.
// Usage after `npm run build`: node bench/lighthouse.mjs
// It starts the built platform with its own embedded database and demo content on free ports,
// runs Lighthouse in Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and writes
// docs/accessibility/lighthouse.json plus the `lighthouse` entry of docs/accessibility/results.json.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = promisify(execFile);

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(baseUrl) {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  throw new Error('The platform did not become healthy within 40 s.');
}

async function lighthouse(url) {
  const output = join(tmpdir(), `lighthouse-${Date.now()}.json`);
  await run(
    'npx',
    [
      '--yes',
      'lighthouse@12.2.3',
      url,
      '--only-categories=accessibility',
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    ],
    { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 1 << 26 },
  );
  const report = JSON.parse(await readFile(output, 'utf8'));
  await rm(output, { force: true });
  const failed = Object.values(report.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
    .map((audit) => audit.id);
  return { score: Math.round(report.categories.accessibility.score * 100), failedAudits: failed };
}

const dataDir = await mkdtemp(join(tmpdir(), 'inclusieplein-lighthouse-'));
await chmod(dataDir, 0o755);
const port = await freePort();
const server = spawn(process.execPath, [join(root, 'apps/api/dist/apps/api/src/main.js')], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: '',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EMBEDDED_DATABASE_PORT: String(await freePort()),
    DEMO_MODE: 'true',
    LOG_LEVEL: 'warn',
  },
  stdio: 'ignore',
});

try {
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl);
  const threads = await (await fetch(`${baseUrl}/api/networks/toegankelijke-openbare-ruimte/threads`)).json();
  const pages = [
    // `name` is a key that the accessibility statement translates.
    { name: 'start', path: '/' },
    { name: 'networks', path: '/netwerken' },
    { name: 'network', path: '/netwerken/toegankelijke-openbare-ruimte' },
    { name: 'thread', path: `/netwerken/toegankelijke-openbare-ruimte/onderwerpen/${threads[0].id}` },
  ];

  const results = [];
  for (const page of pages) {
    const result = await lighthouse(`${baseUrl}${page.path}`);
    results.push({ page: page.name, path: page.path.replace(/[0-9a-f-]{36}$/, ':threadId'), ...result });
    console.log(`${page.name}: ${result.score}${result.failedAudits.length ? ` (failed: ${result.failedAudits.join(', ')})` : ''}`);
  }

  const recording = { tool: 'Lighthouse 12.2.3', recordedAt: new Date().toISOString(), node: process.version, results };
  await writeFile(join(root, 'docs/accessibility/lighthouse.json'), `${JSON.stringify(recording, null, 2)}\n`);

  const resultsFile = join(root, 'docs/accessibility/results.json');
  const summary = JSON.parse(await readFile(resultsFile, 'utf8').catch(() => '{}'));
  summary.lighthouse = results.map(({ page, path, score }) => ({ page, path, score, recordedAt: recording.recordedAt }));
  await writeFile(resultsFile, `${JSON.stringify(summary, null, 2)}\n`);
} finally {
  server.kill('SIGINT');
  await new Promise((resolveExit) => server.once('exit', resolveExit));
  await rm(dataDir, { recursive: true, force: true });
}
