import { ChildProcess, execFile, spawn } from 'node:child_process';
import { appendFileSync, closeSync, copyFileSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { sleep, SpeechLog } from './speech-log';

const run = promisify(execFile);
const ORCA_PREFS = resolve(__dirname, '../orca');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A virtual desktop with Orca speaking Dutch and Chromium open, for one test file. */
export interface ScreenReaderSession {
  page: Page;
  context: BrowserContext;
  speech: SpeechLog;
  /** Folder with the speech log, transcripts and the logs of every process. */
  runDir: string;
  /** Presses keys through the X server, so Orca hears them as a person's keys. */
  press(...keys: string[]): Promise<void>;
  /** Types text through the X server. Do this only in focus mode, or Orca takes the letters as commands. */
  type(text: string): Promise<void>;
  /** Writes a line into the speech log, for the transcript. */
  note(text: string): void;
  stop(): Promise<void>;
}

interface Started {
  name: string;
  pid: number;
}

/**
 * Starts Xvfb, a D-Bus session bus, speech-dispatcher with audio to a file, Orca in a Dutch
 * locale with the preferences and speech hook in test/screenreader/orca, and Chromium through
 * playwright-core. Every process runs with a private HOME under a new temporary folder.
 * Stops what it started if a later step fails.
 */
export async function startScreenReaderSession(): Promise<ScreenReaderSession> {
  const runDir = await mkdtemp(join(tmpdir(), 'inclusieplein-screenreader-'));
  const started: Started[] = [];
  let context: BrowserContext | undefined;

  const stop = async () => {
    await context?.close().catch(() => undefined);
    for (const process_ of [...started].reverse()) {
      await stopProcess(process_);
    }
  };

  try {
    const env = isolatedEnvironment(runDir);
    prepareSpeechDispatcher(runDir, env);
    const orcaDir = prepareOrcaPreferences(runDir);
    const speechPath = join(runDir, 'speech.log');
    writeFileSync(speechPath, '');
    const t0 = Date.now() / 1000;

    env.DISPLAY = await startXvfb(runDir, env, started);
    env.DBUS_SESSION_BUS_ADDRESS = await startSessionBus(env, started);
    started.push({ name: 'speech-dispatcher', pid: spawnLogged('speech-dispatcher', ['-s', '-t', '0'], env, join(runDir, 'speechd.log')) });

    await waitForOtherOrcaToEnd();
    const orcaEnv = {
      ...env,
      ...(await dutchLocale()),
      ORCA_SPEECH_LOG: speechPath,
      ORCA_SPEECH_T0: String(t0),
    };
    started.push({
      name: 'orca',
      pid: spawnLogged('orca', ['-u', orcaDir, '--debug-file', join(runDir, 'orca-debug.log')], orcaEnv, join(runDir, 'orca.log')),
    });
    const speech = new SpeechLog(speechPath);
    // Orca speaks "Schermlezer aan" once it runs and speech works.
    const orcaPid = started[started.length - 1].pid;
    for (let waited = 0; speech.count(/Schermlezer aan/) === 0; waited += 100) {
      if (!isRunning(orcaPid)) {
        throw new Error(`Orca exited at start: ${readFileSync(join(runDir, 'orca.log'), 'utf8').trim()}`);
      }
      if (waited > 30_000) {
        throw new Error('Orca did not say "Schermlezer aan" within 30 s; see orca.log and speechd.log');
      }
      await sleep(100);
    }

    const profileDir = join(runDir, 'chromium');
    mkdirSync(join(profileDir, 'Default'), { recursive: true });
    // Chromium's translate and save-password prompts would be read out as alerts.
    writeFileSync(
      join(profileDir, 'Default', 'Preferences'),
      JSON.stringify({
        translate: { enabled: false },
        browser: { has_seen_welcome_page: true },
        credentials_enable_service: false,
        profile: { password_manager_enabled: false },
      }),
    );
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: false,
      viewport: null,
      env,
      args: [
        '--force-renderer-accessibility',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-features=Translate,MediaRouter,OptimizationHints',
        // Every host but this machine is unresolvable, so no test traffic leaves localhost.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
        '--window-position=0,0',
        '--window-size=1280,1000',
      ],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
    const window = await findChromiumWindow(env);
    // Keyboard focus starts in the address bar, and Playwright's page.goto leaves it there. A click
    // on the empty page moves it into the web content, where Orca's browse mode works.
    await run('xdotool', ['mousemove', '--sync', '640', '600', 'click', '1'], { env });

    const note = (text: string) => appendFileSync(speechPath, `${(Date.now() / 1000 - t0).toFixed(3)}\tNOTE\t${text}\n`);
    const xdotool = async (args: string[]) => {
      // Keys go as XTEST input to the active window, as a real keyboard's would, and Orca
      // receives them as it does a person's keys.
      await run('xdotool', ['windowactivate', '--sync', window], { env }).catch(() => undefined);
      await run('xdotool', args, { env });
    };

    return {
      page,
      context,
      speech,
      runDir,
      note,
      press: async (...keys) => {
        note(`key ${keys.join(' ')}`);
        await xdotool(['key', '--delay', '80', ...keys]);
      },
      type: async (text) => {
        note(`type ${text}`);
        await xdotool(['type', '--delay', '40', text]);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw new Error(`The screen-reader session failed to start; logs are in ${runDir}: ${String(error)}`);
  }
}

function isolatedEnvironment(runDir: string): NodeJS.ProcessEnv {
  const home = join(runDir, 'home');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_RUNTIME_DIR: join(home, 'run'),
    LANG: 'C.UTF-8',
    GTK_MODULES: 'gail:atk-bridge',
    ACCESSIBILITY_ENABLED: '1',
    NO_AT_BRIDGE: '0',
  };
  for (const key of ['XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_RUNTIME_DIR'] as const) {
    mkdirSync(env[key]!, { recursive: true, mode: 0o700 });
  }
  return env;
}

/**
 * Speech-dispatcher's default output is PulseAudio, which a CI machine lacks, so audio goes
 * through ALSA to a file plugin over the null device instead.
 */
function prepareSpeechDispatcher(runDir: string, env: NodeJS.ProcessEnv): void {
  const configDir = join(env.XDG_CONFIG_HOME!, 'speech-dispatcher');
  cpSync('/etc/speech-dispatcher', configDir, { recursive: true });
  const config = join(configDir, 'speechd.conf');
  writeFileSync(
    config,
    `${readFileSync(config, 'utf8')}\nAudioOutputMethod "alsa"\nAudioALSADevice "default"\nDefaultModule espeak-ng\nAddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\n`,
  );
  writeFileSync(
    join(env.HOME!, '.asoundrc'),
    `pcm.!default { type file; slave.pcm "null"; file "${join(runDir, 'tts-audio.raw')}"; format "raw" }\n`,
  );
}

function prepareOrcaPreferences(runDir: string): string {
  const orcaDir = join(runDir, 'orca');
  mkdirSync(orcaDir);
  for (const file of ['orca-customizations.py', 'user-settings.conf']) {
    copyFileSync(join(ORCA_PREFS, file), join(orcaDir, file));
  }
  writeFileSync(join(orcaDir, '__init__.py'), '');
  return orcaDir;
}

/**
 * Orca 43 does not switch language on `lang="nl"`, so it runs in a Dutch locale. Debian images
 * often lack nl_NL, so the locale is built once into a private LOCPATH.
 */
async function dutchLocale(): Promise<NodeJS.ProcessEnv> {
  const localeDir = join(tmpdir(), 'inclusieplein-screenreader-locale');
  if (!existsSync(join(localeDir, 'nl_NL.UTF-8'))) {
    mkdirSync(localeDir, { recursive: true });
    await run('localedef', ['-i', 'nl_NL', '-f', 'UTF-8', join(localeDir, 'nl_NL.UTF-8')]).catch((error: { code?: number }) => {
      // localedef(1) exits with 1 when it warns but has still written the locale.
      if (!existsSync(join(localeDir, 'nl_NL.UTF-8'))) {
        throw error;
      }
    });
  }
  return { LOCPATH: localeDir, LANG: 'nl_NL.UTF-8', LANGUAGE: 'nl' };
}

async function startXvfb(runDir: string, env: NodeJS.ProcessEnv, started: Started[]): Promise<string> {
  const displayFile = join(runDir, 'display');
  const displayFd = openSync(displayFile, 'w');
  const log = openSync(join(runDir, 'xvfb.log'), 'w');
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    env,
    stdio: ['ignore', log, log, displayFd],
    detached: true,
  });
  closeSync(displayFd);
  closeSync(log);
  started.push({ name: 'Xvfb', pid: child.pid! });
  for (let attempt = 0; attempt < 100; attempt++) {
    const display = readFileSync(displayFile, 'utf8').trim();
    if (display) {
      return `:${display}`;
    }
    await sleep(100);
  }
  throw new Error('Xvfb printed no display number within 10 s');
}

async function startSessionBus(env: NodeJS.ProcessEnv, started: Started[]): Promise<string> {
  const { stdout } = await run(
    'dbus-daemon',
    ['--session', '--fork', '--print-address=1', '--print-pid=1', `--address=unix:path=${join(env.XDG_RUNTIME_DIR!, 'bus')}`],
    { env },
  );
  const [address, pid] = stdout.trim().split('\n');
  started.push({ name: 'dbus-daemon', pid: Number(pid) });
  return address;
}

function spawnLogged(command: string, args: string[], env: NodeJS.ProcessEnv, logPath: string): number {
  const log = openSync(logPath, 'w');
  const child: ChildProcess = spawn(command, args, { env, stdio: ['ignore', log, log], detached: true });
  closeSync(log);
  return child.pid!;
}

async function findChromiumWindow(env: NodeJS.ProcessEnv): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { stdout } = await run('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env }).catch(() => ({ stdout: '' }));
    const windows = stdout.trim().split('\n').filter(Boolean);
    if (windows.length > 0) {
      return windows[windows.length - 1];
    }
    await sleep(100);
  }
  throw new Error('No visible Chromium window appeared on the virtual display within 10 s');
}

/**
 * Orca 43 does not start while another Orca of the same user runs anywhere on the machine,
 * whatever its display or bus (otherOrcas() in /usr/bin/orca runs `pgrep -u UID -x orca`).
 * Waits up to 2 minutes for such a run to end, and never replaces it.
 */
async function waitForOtherOrcaToEnd(): Promise<void> {
  const uid = String(process.getuid?.() ?? 0);
  for (let waited = 0; waited < 120_000; waited += 1_000) {
    const { stdout } = await run('pgrep', ['-u', uid, '-x', 'orca']).catch(() => ({ stdout: '' }));
    if (!stdout.trim()) {
      return;
    }
    await sleep(1_000);
  }
  throw new Error('Another Orca process of this user is still running after 2 minutes; Orca 43 allows only one per user');
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie process still accepts signal 0, so its state in /proc is checked as well.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Sends SIGTERM to one process by pid, and SIGKILL if it still runs after 3 s. */
async function stopProcess({ pid }: Started): Promise<void> {
  if (!isRunning(pid)) {
    return;
  }
  process.kill(pid, 'SIGTERM');
  for (let attempt = 0; attempt < 30 && isRunning(pid); attempt++) {
    await sleep(100);
  }
  if (isRunning(pid)) {
    process.kill(pid, 'SIGKILL');
  }
}
