const RETURN_PARAM = 'terug';

/** Path of the login page that brings the person back to `returnTo` afterwards. */
export function loginPath(returnTo: string): string {
  return `/inloggen?${RETURN_PARAM}=${encodeURIComponent(returnTo)}`;
}

/** Path of the registration page that brings the person back to `returnTo` afterwards. */
export function registerPath(returnTo: string): string {
  return `/registreren?${RETURN_PARAM}=${encodeURIComponent(returnTo)}`;
}

/**
 * Reads the return path from a query string. Only paths on this site count,
 * so a crafted link cannot send people to another website after they log in.
 */
export function readReturnPath(search: string, fallback: string): string {
  const value = new URLSearchParams(search).get(RETURN_PARAM);
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  return value;
}
