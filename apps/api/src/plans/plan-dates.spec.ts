import { isActionOverdue, isCalendarDate, todayInAmsterdam } from './plan-dates';

describe('todayInAmsterdam', () => {
  it('uses the Amsterdam date just after midnight there', () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Amsterdam (UTC+1 in winter).
    expect(todayInAmsterdam(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('uses summer time', () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July in Amsterdam (UTC+2 in summer).
    expect(todayInAmsterdam(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInAmsterdam(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});

describe('isCalendarDate', () => {
  it.each(['2026-01-31', '2024-02-29', '2026-12-01'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-5', '31-12-2026', '2026-12-01T00:00:00Z', '', '0000-01-01'])(
    'rejects %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );
});

describe('isActionOverdue', () => {
  const today = '2026-05-10';

  it('marks an open action with a past deadline', () => {
    expect(isActionOverdue({ deadline: '2026-05-09', status: 'open' }, today)).toBe(true);
    expect(isActionOverdue({ deadline: '2026-05-09', status: 'in_progress' }, today)).toBe(true);
  });

  it('does not mark a deadline of today', () => {
    expect(isActionOverdue({ deadline: today, status: 'open' }, today)).toBe(false);
  });

  it('does not mark finished actions', () => {
    expect(isActionOverdue({ deadline: '2020-01-01', status: 'done' }, today)).toBe(false);
    expect(isActionOverdue({ deadline: '2020-01-01', status: 'cancelled' }, today)).toBe(false);
  });

  it('does not mark actions without deadline', () => {
    expect(isActionOverdue({ deadline: null, status: 'open' }, today)).toBe(false);
  });
});
