/** Router state that links to the accessibility statement pass, so the report form can fill in the previous page. */
export interface BarrierReportLocationState {
  /** Path and query of the page the person came from. */
  from: string;
}

/**
 * Returns the page the person came from, or an empty string when it is unknown
 * or when it was the accessibility statement itself.
 */
export function readReportOrigin(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('from' in state)) {
    return '';
  }
  const from = (state as { from: unknown }).from;
  if (typeof from !== 'string' || from.startsWith('/toegankelijkheid')) {
    return '';
  }
  return from;
}
