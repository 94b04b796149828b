import type { Transporter } from 'nodemailer';
import { createTransport } from 'nodemailer';
import type { SmtpConfig } from '../config/config';

/** Injection token of the nodemailer transport, or null when no SMTP server is configured. */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** Time to wait for the SMTP server at each step before the attempt counts as failed, in milliseconds. */
const SMTP_TIMEOUT_MS = 30_000;

export function createMailTransport(smtp: SmtpConfig | null): Transporter | null {
  if (smtp === null) return null;
  const timeouts = { connectionTimeout: SMTP_TIMEOUT_MS, greetingTimeout: SMTP_TIMEOUT_MS, socketTimeout: SMTP_TIMEOUT_MS };
  if ('url' in smtp) {
    const url = new URL(smtp.url);
    const secure = url.protocol === 'smtps:';
    const defaultPort = secure ? 465 : 587;
    const port = url.port === '' ? defaultPort : Number(url.port);
    return createTransport({
      host: url.hostname,
      port,
      secure,
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      ...timeouts,
    });
  }
  return createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    ...timeouts,
  });
}
