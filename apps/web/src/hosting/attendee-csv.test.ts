import { describe, expect, it } from '@jest/globals';
import { attendeeCsv, csvCell } from './attendee-csv';

describe('the attendee CSV', () => {
  it('has a header and one CRLF-ended line per attendee, empty cells for what is missing', () => {
    const csv = attendeeCsv([
      { displayName: 'Anna', handle: 'anna', status: 'going', waitlistPosition: null, checkedInAt: null },
      { displayName: 'Ben', handle: null, status: 'waitlisted', waitlistPosition: 1 },
    ]);
    expect(csv).toBe(
      'name,handle,status,waitlist position,checked in at\r\n' +
        'Anna,anna,going,,\r\n' +
        'Ben,,waitlisted,1,\r\n',
    );
  });

  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('Müller, Anna')).toBe('"Müller, Anna"');
    expect(csvCell('Anna "die Erste"')).toBe('"Anna ""die Erste"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps a cell that a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csvCell('+49 40 123')).toBe("'+49 40 123");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tTab')).toBe("'\tTab");
    expect(csvCell('\rReturn')).toBe(`"'\rReturn"`);
    expect(csvCell('Anna=Ben')).toBe('Anna=Ben');
  });
});
