import { describe, expect, it } from '@jest/globals';
import { lastWeekStarts } from './admin-overview.service.js';

describe('the weeks of the admin overview', () => {
  it('ends with the Monday of this week, in UTC', () => {
    expect(lastWeekStarts(new Date('2026-11-29T23:30:00Z'), 3)).toEqual([
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
  });

  it('counts a Monday as the first day of its own week', () => {
    expect(lastWeekStarts(new Date('2026-11-30T00:00:00Z'), 1)).toEqual(['2026-11-30']);
  });
});
