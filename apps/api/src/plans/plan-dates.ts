/** Time zone of the platform's people. "Today" for deadlines is the calendar date there. */
const PLATFORM_TIME_ZONE = 'Europe/Amsterdam';

// The en-CA locale formats dates as YYYY-MM-DD, the same form as a deadline.
const calendarDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: PLATFORM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Returns the calendar date in Europe/Amsterdam at `now`, as `YYYY-MM-DD`. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return calendarDate.format(now);
}

/** Returns whether `value` is a date that exists in the calendar, written as `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Returns whether an action is overdue: its deadline lies before `today` and it is still open or in progress. */
export function isActionOverdue(action: { deadline: string | null; status: string }, today: string): boolean {
  if (action.deadline === null) return false;
  if (action.status !== 'open' && action.status !== 'in_progress') return false;
  return action.deadline < today;
}
