// The time every expiry and every due decision reads: one clock per process. Production runs on the system clock;
// tests move it forward (`clock.advance(2 * HOUR)`) instead of sleeping for hours.
import { Injectable } from '@nestjs/common';

@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Tests only: moves this process's notion of "now" forward. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
