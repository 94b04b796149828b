export type DigestFrequency = 'daily' | 'weekly';

export interface DigestTimes {
  timeZone: string;
  /** Hour of the day, 0 to 23, in `timeZone`. */
  hour: number;
  /** ISO weekday of the weekly digest: 1 is Monday, 7 is Sunday. */
  weekday: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  weekday: number;
}

function localParts(instant: Date, timeZone: string): LocalParts {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
    weekday: 'short',
  });
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    weekday: WEEKDAYS[parts.weekday],
  };
}

/** Milliseconds that `timeZone` is ahead of UTC at `instant`. */
function zoneOffset(instant: Date, timeZone: string): number {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** Returns the instant at which the clock in `timeZone` shows `hour`:00 on the given calendar day. */
function localHourToInstant(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour);
  const first = guess - zoneOffset(new Date(guess), timeZone);
  // Near a daylight saving change the offset at the result can differ from the offset at the guess.
  return new Date(guess - zoneOffset(new Date(first), timeZone));
}

/**
 * Returns the latest scheduled digest time at or before `now`: the digest hour of today or
 * yesterday for daily digests, and of the digest weekday of this or last week for weekly ones.
 * A digest sent for this time covers the notifications created up to it.
 */
export function latestDigestTime(now: Date, frequency: DigestFrequency, times: DigestTimes): Date {
  const local = localParts(now, times.timeZone);
  // Noon UTC of the local calendar day, so stepping whole days never crosses a date boundary by accident.
  let day = Date.UTC(local.year, local.month - 1, local.day, 12);
  let weekday = local.weekday;
  const stepBack = () => {
    day -= DAY_MS;
    weekday = weekday === 1 ? 7 : weekday - 1;
  };

  if (local.hour < times.hour) stepBack();
  if (frequency === 'weekly') {
    while (weekday !== times.weekday) stepBack();
  }
  const date = new Date(day);
  return localHourToInstant(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), times.hour, times.timeZone);
}
