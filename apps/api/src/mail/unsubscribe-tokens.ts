import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { resolveSessionSecret } from '../auth/session';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/config';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Signed tokens for the unsubscribe link in every notification mail: `<user id>.<HMAC-SHA256>`.
 * The key is derived from the session secret, so no extra setting is needed. Changing that secret
 * makes the links in mails that were already sent invalid. The tokens do not expire, because
 * people open old mails to unsubscribe.
 */
@Injectable()
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', resolveSessionSecret(config)).update('inclusieplein mail unsubscribe').digest();
  }

  create(userId: string): string {
    return `${userId}.${this.sign(userId)}`;
  }

  /** Returns the user id of a valid token, or null for a malformed or forged one. */
  verify(token: string): string | null {
    const [userId, signature, ...rest] = token.split('.');
    if (rest.length > 0 || !userId || !signature || !UUID.test(userId)) return null;
    const expected = Buffer.from(this.sign(userId));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return userId.toLowerCase();
  }

  private sign(userId: string): string {
    return createHmac('sha256', this.key).update(userId.toLowerCase()).digest('base64url');
  }
}
