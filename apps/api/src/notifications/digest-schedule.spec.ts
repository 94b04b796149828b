import { latestDigestTime } from './digest-schedule';

const times = { timeZone: 'Europe/Amsterdam', hour: 7, weekday: 1 };

describe('latestDigestTime', () => {
  it('returns today at the digest hour after that hour', () => {
    // Wednesday 10 December 2025, 10:00 in Amsterdam (UTC+1).
    const now = new Date('2025-12-10T09:00:00Z');
    expect(latestDigestTime(now, 'daily', times).toISOString()).toBe('2025-12-10T06:00:00.000Z');
  });

  it('returns yesterday before the digest hour', () => {
    const now = new Date('2025-12-10T05:59:00Z');
    expect(latestDigestTime(now, 'daily', times).toISOString()).toBe('2025-12-09T06:00:00.000Z');
  });

  it('returns the last Monday for weekly digests', () => {
    const now = new Date('2025-12-10T09:00:00Z');
    expect(latestDigestTime(now, 'weekly', times).toISOString()).toBe('2025-12-08T06:00:00.000Z');
  });

  it('returns the Monday before on a Monday before the hour', () => {
    const now = new Date('2025-12-08T05:00:00Z');
    expect(latestDigestTime(now, 'weekly', times).toISOString()).toBe('2025-12-01T06:00:00.000Z');
  });

  it('follows summer time', () => {
    // Wednesday 2 July 2025, 12:00 in Amsterdam (UTC+2).
    const now = new Date('2025-07-02T10:00:00Z');
    expect(latestDigestTime(now, 'daily', times).toISOString()).toBe('2025-07-02T05:00:00.000Z');
  });

  it('returns the exact time at the digest hour', () => {
    const now = new Date('2025-12-10T06:00:00Z');
    expect(latestDigestTime(now, 'daily', times).toISOString()).toBe('2025-12-10T06:00:00.000Z');
  });
});
