import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import connectPgSimple from 'connect-pg-simple';
import type { RequestHandler } from 'express';
import session from 'express-session';
import passport from 'passport';
import type { Pool } from 'pg';
import type { AppConfig } from '../config/config';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';

export const SESSION_COOKIE = 'inclusieplein.sid';
const SESSION_DAYS = 30;

/** The session data that passport keeps: the id of the signed-in account. */
export interface SessionData {
  passport?: { user?: string };
}

/** Uses SESSION_SECRET, or a random secret kept in `<dataDir>/session-secret` so sessions survive restarts. */
export function resolveSessionSecret(config: AppConfig): string {
  if (config.sessionSecret) return config.sessionSecret;
  const file = join(config.dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Cookie sessions stored in PostgreSQL's `session` table, which a migration creates. */
export function createSessionMiddleware(config: AppConfig, pool: Pool): RequestHandler {
  const PgStore = connectPgSimple(session);
  return session({
    name: SESSION_COOKIE,
    secret: resolveSessionSecret(config),
    store: new PgStore({ pool, tableName: 'session', createTableIfMissing: false, pruneSessionInterval: 60 * 15 }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.cookieSecure,
      maxAge: SESSION_DAYS * 24 * 60 * 60 * 1000,
      path: '/',
    },
  });
}

/**
 * Creates this application's own passport instance, which stores the account id in the session and
 * loads the account on each request. The shared `passport` singleton collects the deserializers of
 * every app in the process, so a second app (as in tests) would look accounts up in the first app's
 * database and treat its own sessions as signed out.
 */
export function configurePassport(users: UsersService): passport.Authenticator {
  const authenticator = new passport.Passport();
  authenticator.serializeUser((user, done) => done(null, (user as UserEntity).id));
  authenticator.deserializeUser((id: string, done) => {
    users.findById(id).then(
      (user) => done(null, user ?? false),
      (error: unknown) => done(error),
    );
  });
  return authenticator;
}
