// The member list as a CSV file a spreadsheet opens safely, as the attendee list's is.
import { csvCell } from '../hosting/attendee-csv';

export interface CircleMemberRow {
  displayName: string;
  handle: string;
  role: string;
  joinedAt: string;
  attendanceCount: number;
}

export const CIRCLE_MEMBER_CSV_HEADER = ['name', 'handle', 'role', 'joined at', 'meetups'];

/** Header and one line per member, lines ended by CRLF as RFC 4180 asks. */
export function circleMemberCsv(members: CircleMemberRow[]): string {
  const rows = [
    CIRCLE_MEMBER_CSV_HEADER,
    ...members.map((member) => [
      member.displayName,
      member.handle,
      member.role,
      member.joinedAt,
      member.attendanceCount,
    ]),
  ];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
