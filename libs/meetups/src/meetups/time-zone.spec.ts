import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { toZonedIso } from './time-zone.js';

const luxonIso = (instant: Date, zone: string) =>
  DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true });

describe('toZonedIso', () => {
  it('writes the local time with its offset', () => {
    expect(toZonedIso(new Date('2026-12-03T17:30:00Z'), 'Europe/Berlin')).toBe('2026-12-03T18:30:00+01:00');
    expect(toZonedIso(new Date('2026-07-03T17:30:00Z'), 'Europe/Berlin')).toBe('2026-07-03T19:30:00+02:00');
    expect(toZonedIso(new Date('2026-12-03T17:30:00Z'), 'UTC')).toBe('2026-12-03T17:30:00Z');
  });

  it('keeps milliseconds only when there are some', () => {
    expect(toZonedIso(new Date('2026-12-03T17:30:00.250Z'), 'Europe/Berlin')).toBe(
      '2026-12-03T18:30:00.250+01:00',
    );
  });

  it('writes what luxon writes, across transitions and in zones with odd offsets', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'America/St_Johns',
      'Africa/Casablanca',
      'Pacific/Apia',
      'UTC',
    ];
    const start = Date.UTC(2026, 0, 1);
    const step = 3 * 3_600_000;
    const different: string[] = [];
    const same = (epoch: number, zone: string) => {
      const instant = new Date(epoch);
      const written = toZonedIso(instant, zone);
      if (written !== luxonIso(instant, zone)) different.push(`${zone} ${instant.toISOString()}: ${written}`);
    };
    for (const zone of zones) {
      // Every three hours for a year, and every minute (plus a second either side) of a window with a transition.
      for (let epoch = start; epoch < start + 366 * 86_400_000; epoch += step) {
        same(epoch, zone);
        const offset = (at: number) => DateTime.fromMillis(at, { zone }).offset;
        if (offset(epoch) === offset(epoch + step)) continue;
        for (let minute = epoch; minute < epoch + step; minute += 60_000) {
          same(minute - 1000, zone);
          same(minute, zone);
        }
      }
    }
    expect(different).toEqual([]);
  });

  it('refuses an unknown zone', () => {
    expect(() => toZonedIso(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});
