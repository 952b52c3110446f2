import { Injectable } from '@nestjs/common';

/** The time every expiry in accounts is measured against; tests move it forward instead of waiting an hour. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
