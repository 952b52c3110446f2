import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { localStarts, parseRule } from './recurrence.js';

const local = (starts: DateTime[]) => starts.map((start) => start.toFormat('yyyy-LL-dd ccc HH:mm ZZ'));

describe('recurrence', () => {
  it('keeps 19:00 local across the autumn change in Berlin', () => {
    const starts = localStarts(
      {
        rule: parseRule('FREQ=WEEKLY;BYDAY=TU'),
        firstStartLocal: '2027-10-19T19:00:00',
        timeZone: 'Europe/Berlin',
      },
      DateTime.fromISO('2027-10-18T00:00:00Z'),
      DateTime.fromISO('2027-11-03T00:00:00Z'),
    );
    expect(local(starts)).toEqual([
      '2027-10-19 Tue 19:00 +02:00',
      '2027-10-26 Tue 19:00 +02:00',
      '2027-11-02 Tue 19:00 +01:00',
    ]);
  });

  it('finds the last Thursday of each month and every 2nd Tuesday', () => {
    const lastThursdays = localStarts(
      {
        rule: parseRule('FREQ=MONTHLY;BYDAY=-1TH'),
        firstStartLocal: '2027-01-28T19:00:00',
        timeZone: 'Europe/Berlin',
      },
      DateTime.fromISO('2027-01-01T00:00:00Z'),
      DateTime.fromISO('2027-04-01T00:00:00Z'),
    );
    expect(local(lastThursdays).map((text) => text.slice(0, 10))).toEqual([
      '2027-01-28',
      '2027-02-25',
      '2027-03-25',
    ]);
    const everyOther = localStarts(
      {
        rule: parseRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'),
        firstStartLocal: '2027-01-05T19:00:00',
        timeZone: 'Europe/Berlin',
      },
      DateTime.fromISO('2027-01-01T00:00:00Z'),
      DateTime.fromISO('2027-02-01T00:00:00Z'),
    );
    expect(local(everyOther).map((text) => text.slice(0, 10))).toEqual(['2027-01-05', '2027-01-19']);
  });
});
