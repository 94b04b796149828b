import { Injectable } from '@nestjs/common';

const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60 * 1000;
/** Bounds memory: the oldest entries go first when this many keys are tracked. */
const MAX_TRACKED_KEYS = 10_000;

interface FailureWindow {
  count: number;
  startedAt: number;
}

/**
 * Counts failed logins per e-mail address and client address, and blocks a pair after
 * MAX_FAILURES failures within WINDOW_MS, so passwords cannot be guessed at speed.
 * NOTE: the counts live in this process. Several API instances would each count on their own.
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, FailureWindow>();

  isBlocked(email: string, clientAddress: string, now = Date.now()): boolean {
    const window = this.failures.get(this.key(email, clientAddress));
    if (!window) return false;
    if (now - window.startedAt > WINDOW_MS) {
      this.failures.delete(this.key(email, clientAddress));
      return false;
    }
    return window.count >= MAX_FAILURES;
  }

  recordFailure(email: string, clientAddress: string, now = Date.now()): void {
    const key = this.key(email, clientAddress);
    const window = this.failures.get(key);
    if (window && now - window.startedAt <= WINDOW_MS) {
      window.count++;
      return;
    }
    if (this.failures.size >= MAX_TRACKED_KEYS) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    this.failures.set(key, { count: 1, startedAt: now });
  }

  recordSuccess(email: string, clientAddress: string): void {
    this.failures.delete(this.key(email, clientAddress));
  }

  private key(email: string, clientAddress: string): string {
    return `${email.trim().toLowerCase()}|${clientAddress}`;
  }
}
