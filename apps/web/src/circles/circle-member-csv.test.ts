import { describe, expect, it } from '@jest/globals';
import { circleMemberCsv } from './circle-member-csv';

describe('the circle member CSV', () => {
  it('keeps a name that starts like a formula as text, and quotes commas and quotes', () => {
    const csv = circleMemberCsv([
      {
        displayName: '=HYPERLINK("x")',
        handle: 'eve',
        role: 'member',
        joinedAt: '2026-11-29',
        attendanceCount: 2,
      },
      {
        displayName: 'Müller, Anna',
        handle: 'anna',
        role: 'owner',
        joinedAt: '2026-11-28',
        attendanceCount: 0,
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'name,handle,role,joined at,meetups',
      `"'=HYPERLINK(""x"")",eve,member,2026-11-29,2`,
      '"Müller, Anna",anna,owner,2026-11-28,0',
      '',
    ]);
  });
});
