import { describe, expect, it } from '@jest/globals';
import { isoToWallTime, wallTimeToIso } from './zoned-time';

describe('wallTimeToIso', () => {
  it('gives a winter evening in Berlin the +01:00 offset', () => {
    expect(wallTimeToIso('2026-12-03T18:30', 'Europe/Berlin')).toBe('2026-12-03T18:30:00+01:00');
  });

  it('gives a summer evening in Berlin the +02:00 offset', () => {
    expect(wallTimeToIso('2026-07-03T18:30', 'Europe/Berlin')).toBe('2026-07-03T18:30:00+02:00');
  });

  it('handles zones behind UTC and half-hour zones', () => {
    expect(wallTimeToIso('2026-12-03T09:05', 'America/New_York')).toBe('2026-12-03T09:05:00-05:00');
    expect(wallTimeToIso('2026-12-03T09:05', 'Asia/Kolkata')).toBe('2026-12-03T09:05:00+05:30');
  });

  it('picks the summer offset right after the clocks went forward', () => {
    expect(wallTimeToIso('2026-03-29T03:30', 'Europe/Berlin')).toBe('2026-03-29T03:30:00+02:00');
  });
});

describe('isoToWallTime', () => {
  it("shows an instant on the meetup zone's clock", () => {
    expect(isoToWallTime('2026-12-03T17:30:00Z', 'Europe/Berlin')).toBe('2026-12-03T18:30');
    expect(isoToWallTime('2026-12-03T18:30:00+01:00', 'America/New_York')).toBe('2026-12-03T12:30');
  });

  it('round-trips with wallTimeToIso', () => {
    const iso = wallTimeToIso('2026-10-25T19:00', 'Europe/Lisbon');
    expect(isoToWallTime(iso, 'Europe/Lisbon')).toBe('2026-10-25T19:00');
  });
});
