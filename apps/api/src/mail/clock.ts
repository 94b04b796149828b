import { Injectable } from '@nestjs/common';

/**
 * Current time for notifications, digests and the mail queue. Services ask this instead of
 * `new Date()` or SQL `now()`, so tests can replace `now` and move time forward.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
