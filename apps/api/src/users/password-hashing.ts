import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * Hashes a password with argon2id at the library's defaults (19 MiB memory, 2 passes,
 * 1 lane: the OWASP minimum for argon2id). The prebuilt binary ships in an npm package,
 * so no install script or compiler is needed.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id });
}

/** Checks a password against a stored hash. The parameters are read from the hash itself. */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}
