import { createHash, randomBytes } from 'node:crypto';

export type AccountTokenPurpose = 'verify_email' | 'reset_password';

/** Creates a random token of 256 bits, for the link in a mail. */
export function createAccountToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Hashes the token with SHA-256, as hex. The database stores only this, so a leaked table gives no working links. */
export function hashAccountToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
