import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPlatform, type PlatformServer } from '../../browser/support/platform-server';
import { startScreenReaderSession, type ScreenReaderSession } from './session';

export interface ScreenReaderFixture {
  platform: PlatformServer;
  session: ScreenReaderSession;
  /** Speech-log position at the start of the running test. */
  testStart: number;
}

/**
 * Registers jest hooks that start the platform and a screen-reader session once per test file,
 * write each test's transcript to `<runDir>/<test name>.txt`, and stop everything afterwards.
 * Read the fields inside tests and hooks only, after beforeAll has run.
 */
export function useScreenReader(): ScreenReaderFixture {
  const fixture = {} as ScreenReaderFixture;

  beforeAll(async () => {
    fixture.platform = await startPlatform();
    try {
      fixture.session = await startScreenReaderSession();
    } catch (error) {
      await fixture.platform.stop();
      throw error;
    }
  }, 180_000);

  afterAll(async () => {
    await fixture.session?.stop();
    await fixture.platform?.stop();
  }, 30_000);

  beforeEach(() => {
    fixture.testStart = fixture.session.speech.mark();
    fixture.session.note(`test: ${expect.getState().currentTestName}`);
  });

  afterEach(() => {
    const { session } = fixture;
    const name = (expect.getState().currentTestName ?? 'test').replace(/[^\w-]+/g, '-');
    const file = join(session.runDir, `${name}.txt`);
    writeFileSync(file, `${session.speech.transcript(fixture.testStart)}\n`);
    process.stdout.write(`transcript: ${file}\n`);
  });

  return fixture;
}
