import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  const address = '127.0.0.1';

  it('blocks after ten failures', () => {
    const throttle = new LoginThrottle();
    for (let attempt = 0; attempt < 9; attempt++) throttle.recordFailure('a@example.org', address, 1000);
    expect(throttle.isBlocked('a@example.org', address, 1000)).toBe(false);
    throttle.recordFailure('A@example.org', address, 1000);
    expect(throttle.isBlocked('a@example.org', address, 1000)).toBe(true);
  });

  it('keeps other addresses unblocked', () => {
    const throttle = new LoginThrottle();
    for (let attempt = 0; attempt < 10; attempt++) throttle.recordFailure('a@example.org', address, 1000);
    expect(throttle.isBlocked('b@example.org', address, 1000)).toBe(false);
    expect(throttle.isBlocked('a@example.org', '10.1.1.1', 1000)).toBe(false);
  });

  it('unblocks after fifteen minutes', () => {
    const throttle = new LoginThrottle();
    for (let attempt = 0; attempt < 10; attempt++) throttle.recordFailure('a@example.org', address, 1000);
    expect(throttle.isBlocked('a@example.org', address, 1000 + 15 * 60 * 1000 + 1)).toBe(false);
  });

  it('resets after a successful login', () => {
    const throttle = new LoginThrottle();
    for (let attempt = 0; attempt < 10; attempt++) throttle.recordFailure('a@example.org', address, 1000);
    throttle.recordSuccess('a@example.org', address);
    expect(throttle.isBlocked('a@example.org', address, 1000)).toBe(false);
  });
});
