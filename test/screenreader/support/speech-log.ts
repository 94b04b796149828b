import { readFileSync } from 'node:fs';

/** One line of the Orca hook's log: what Orca sent to speech, or a cancel of the current utterance. */
export interface SpeechLine {
  /** Seconds since the session started. */
  seconds: number;
  kind: 'SPEAK' | 'STOP' | 'NOTE';
  text: string;
}

const POLL_MS = 100;

/**
 * Reads the speech log that the Orca hook in test/screenreader/orca writes. Positions in the
 * log are line indexes: take one with `mark()` before an action and look only at what came after.
 */
export class SpeechLog {
  constructor(readonly path: string) {}

  lines(): SpeechLine[] {
    let content = '';
    try {
      content = readFileSync(this.path, 'utf8');
    } catch {
      return [];
    }
    return content
      .split('\n')
      .filter((line) => line.includes('\t'))
      .map((line) => {
        const [seconds, kind, ...text] = line.split('\t');
        return { seconds: Number(seconds), kind: kind as SpeechLine['kind'], text: text.join('\t') };
      });
  }

  mark(): number {
    return this.lines().length;
  }

  since(mark: number): SpeechLine[] {
    return this.lines().slice(mark);
  }

  /** Returns the utterances after `mark` that match `pattern`, one per SPEAK line. */
  said(pattern: RegExp, mark = 0): SpeechLine[] {
    return this.since(mark).filter((line) => line.kind === 'SPEAK' && pattern.test(line.text));
  }

  count(pattern: RegExp, mark = 0): number {
    return this.said(pattern, mark).length;
  }

  /** Waits until Orca speaks something matching `pattern` after `mark`, and returns that line. */
  async waitFor(pattern: RegExp, options: { since?: number; timeoutMs?: number } = {}): Promise<SpeechLine> {
    const since = options.since ?? 0;
    const timeoutMs = options.timeoutMs ?? 10_000;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [match] = this.said(pattern, since);
      if (match) {
        return match;
      }
      if (Date.now() > deadline) {
        throw new Error(`Orca did not say ${pattern} within ${timeoutMs} ms.\n${this.transcript(since)}`);
      }
      await sleep(POLL_MS);
    }
  }

  /** Waits until Orca has spoken nothing for `quietMs`, or `timeoutMs` has passed. */
  async settle(quietMs = 700, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let count = this.mark();
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      await sleep(POLL_MS);
      const next = this.mark();
      if (next !== count) {
        count = next;
        quietSince = Date.now();
      } else if (Date.now() - quietSince >= quietMs) {
        return;
      }
    }
  }

  expectSaid(pattern: RegExp, mark = 0): void {
    if (this.count(pattern, mark) === 0) {
      throw new Error(`Orca did not say ${pattern}.\n${this.transcript(mark)}`);
    }
  }

  expectNotSaid(pattern: RegExp, mark = 0): void {
    const found = this.said(pattern, mark);
    if (found.length > 0) {
      throw new Error(`Orca said ${pattern} but should not have: "${found[0].text}".\n${this.transcript(mark)}`);
    }
  }

  expectSaidTimes(pattern: RegExp, times: number, mark = 0): void {
    const found = this.count(pattern, mark);
    if (found !== times) {
      throw new Error(`Orca said ${pattern} ${found} times; expected ${times}.\n${this.transcript(mark)}`);
    }
  }

  /** Formats the log from `mark` on, one line each, for failure messages and transcript files. */
  transcript(mark = 0): string {
    const lines = this.since(mark).map((line) => `${line.seconds.toFixed(2).padStart(7)}  ${line.kind.padEnd(5)}  ${line.text}`);
    return `Transcript (${lines.length} lines):\n${lines.join('\n')}`;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}
