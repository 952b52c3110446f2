import { ApiProperty } from '@nestjs/swagger';
import { ProfileSummaryDto } from '@neuland/profiles';
import { IMPORT_FORMATS, type ImportFormat } from '../imports/contact-file-formats.js';

const ROW_REJECTIONS = [
  'NOT_A_HANDLE',
  'AMBIGUOUS_HANDLE',
  'FORMULA_CELL',
  'ROW_TOO_LONG',
  'NO_ACCOUNT_IN_ROW',
];

export class RowRejectionDto {
  @ApiProperty({ description: 'The data row, counted from 1 (header and blank lines not counted).' })
  row: number;

  @ApiProperty({ enum: ROW_REJECTIONS })
  reason: string;
}

export class FoundMemberDto extends ProfileSummaryDto {
  @ApiProperty({ description: 'Found only through an account the member has not proved to be theirs.' })
  claimed: boolean;

  @ApiProperty({ description: 'You follow them already.' })
  following: boolean;
}

export class ContactImportDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: IMPORT_FORMATS })
  format: ImportFormat;

  @ApiProperty({ description: 'Data rows in the file.' })
  rowsRead: number;

  @ApiProperty({ description: 'Rows with at least one handle, profile URL or e-mail address.' })
  recognised: number;

  @ApiProperty({
    description:
      'Recognised handles and profile URLs that belonged to a member when the file was imported. E-mail addresses ' +
      "are never counted, so that an import cannot tell whether an address is a member's: they are matched all " +
      "the same, and we'll tell you when people you know join, at the meetups you both go to.",
  })
  matchedNow: number;

  @ApiProperty()
  rejected: number;

  @ApiProperty({ type: [RowRejectionDto], description: 'The first 100 rejected rows.' })
  rejections: RowRejectionDto[];

  @ApiProperty()
  createdAt: string;

  @ApiProperty({
    type: [FoundMemberDto],
    description:
      'Members this import found by handle or profile URL (never by e-mail address) whose profiles you may see, ' +
      'at most 100, by name.',
  })
  found: FoundMemberDto[];
}

export class ContactImportFileDto {
  @ApiProperty({ type: 'string', format: 'binary' })
  file: unknown;
}
