import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail that the test SMTP server received, parsed. */
export interface ReceivedMail {
  parsed: ParsedMail;
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
}

/**
 * An SMTP server on 127.0.0.1 for tests. It accepts every mail without login or TLS and keeps
 * the parsed messages. `stop` and `start` simulate an outage. The port stays the same.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  /** Recipients that the server rejects with 550, as a mailbox that does not exist. */
  readonly rejectedRecipients = new Set<string>();
  port = 0;
  private server: SMTPServer | null = null;
  private waiters: Array<{ count: number; resolve: () => void }> = [];

  /** Starts listening, on a free port the first time and on the same port after `stop`. Does nothing while running. */
  async start(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!this.rejectedRecipients.has(address.address.toLowerCase())) return callback();
        const error = Object.assign(new Error('Mailbox does not exist'), { responseCode: 550 });
        callback(error);
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream).then(
          (parsed) => {
            this.record(parsed);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops accepting connections, so the app's next send fails with a connection error. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Settings for startTestApp's env. */
  env(): NodeJS.ProcessEnv {
    return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(this.port), SMTP_SECURE: 'false', MAIL_FROM: 'Inclusieplein <noreply@example.org>' };
  }

  /** Mails to one address. */
  mailsTo(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.toLowerCase() === address.toLowerCase());
  }

  /** Resolves once `count` mails in total have arrived, or rejects after `timeoutMs`. */
  waitForCount(count: number, timeoutMs = 10_000): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((entry) => entry !== waiter);
        reject(new Error(`expected ${count} mails within ${timeoutMs} ms, got ${this.received.length}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Resolves with the first mail to `address` that matches, waiting up to `timeoutMs`. */
  async waitForMail(address: string, matches: (mail: ReceivedMail) => boolean = () => true, timeoutMs = 10_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mail = this.mailsTo(address).find(matches);
      if (mail) return mail;
      if (Date.now() > deadline) throw new Error(`no matching mail to ${address} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private record(parsed: ParsedMail): void {
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    this.received.push({
      parsed,
      messageId: parsed.messageId ?? '',
      to: to?.value[0]?.address ?? '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      headers: parsed.headers as Map<string, unknown>,
    });
    for (const waiter of this.waiters.filter((entry) => this.received.length >= entry.count)) waiter.resolve();
    this.waiters = this.waiters.filter((entry) => this.received.length < entry.count);
  }
}

/** Extracts the first link in a mail's text that contains `path`. */
export function linkIn(mail: ReceivedMail, path: string): URL {
  const match = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(path));
  if (!match) throw new Error(`no link with ${path} in mail "${mail.subject}"`);
  return new URL(match);
}
