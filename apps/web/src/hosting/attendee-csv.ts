// The attendee list as a CSV file a spreadsheet opens safely: RFC 4180 quoting, and no cell read as a formula.

export interface AttendeeRow {
  displayName: string;
  handle?: string | null;
  status: string;
  waitlistPosition?: number | null;
  checkedInAt?: string | null;
}

export const ATTENDEE_CSV_HEADER = ['name', 'handle', 'status', 'waitlist position', 'checked in at'];

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection); a leading ' keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Header and one line per attendee, lines ended by CRLF as RFC 4180 asks. */
export function attendeeCsv(attendees: AttendeeRow[]): string {
  const rows = [
    ATTENDEE_CSV_HEADER,
    ...attendees.map((attendee) => [
      attendee.displayName,
      attendee.handle ?? '',
      attendee.status,
      attendee.waitlistPosition ?? '',
      attendee.checkedInAt ?? '',
    ]),
  ];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
