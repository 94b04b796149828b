import { QueryFailedError } from 'typeorm';

/** PostgreSQL's SQLSTATE for a unique index violation. */
const UNIQUE_VIOLATION = '23505';

/**
 * Returns whether a query failed because a unique index already contains the row, as when two equal
 * requests race.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION;
}
