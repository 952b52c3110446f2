// Reads the files people download from their networks into matching keys, one result per row.
import { Readable } from 'node:stream';
import { BadRequestException } from '@nestjs/common';
import { parse } from 'csv-parse';
import { parse as parseLine } from 'csv-parse/sync';
import {
  looksLikeFormula,
  type MatchingKey,
  normaliseHandle,
  recogniseHandle,
  type RowRejection,
  isEmailAddress,
} from '@neuland/profiles';
import { SocialGraphError } from '../social-graph-errors.js';

export const IMPORT_FORMATS = ['mastodon-csv', 'linkedin-csv', 'x-following-js', 'text-list'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const ACCEPTED_FORMATS_MESSAGE =
  "Upload Mastodon's following_accounts.csv, LinkedIn's Connections.csv, following.js from an X archive, " +
  'or a plain text list with one handle or profile URL per line.';

export type ParsedRow = { keys: MatchingKey[] } | { rejected: RowRejection };

export interface ContactFile {
  format: ImportFormat;
  /**
   * The file's rows in order, a batch at a time: a CSV file is read while the batches before are being written.
   * A row that cannot be read throws MALFORMED_IMPORT_FILE from here, after the batches before it.
   */
  batches: AsyncIterable<ParsedRow[]>;
}

const MAX_LINE_LENGTH = 2000;
const BATCH_ROWS = 5_000;
const SLICE_BYTES = 64 * 1024;

/** Detects the format by its content, never by the file name; a file of no known format throws here. */
export function openContactFile(content: Buffer): ContactFile {
  const text = decodeText(content);
  if (/^\s*window\.YTD\.following\.part\d+\s*=/.test(text))
    return { format: 'x-following-js', batches: inBatches(xFollowing(text), xFollowingRow) };
  const lines = text.split(/\r?\n/);
  const header = lines.findIndex((line) => line.trim() !== '');
  if (/^"?account address"?\s*(,|$)/i.test(lines[header] ?? ''))
    return { format: 'mastodon-csv', batches: mastodonCsv(lines, header) };
  const linkedInHeader = lines.slice(0, 20).findIndex((line) => /^"?first name"?,"?last name"?,/i.test(line));
  if (linkedInHeader >= 0) return { format: 'linkedin-csv', batches: linkedInCsv(lines, linkedInHeader) };
  return { format: 'text-list', batches: inBatches(textList(lines), textListRow) };
}

/** Items read whole, made rows a batch at a time: the next batch is made while the one before is written. */
async function* inBatches<T>(items: T[], toRow: (item: T) => ParsedRow): AsyncGenerator<ParsedRow[]> {
  for (let start = 0; start < items.length; start += BATCH_ROWS) {
    yield items.slice(start, start + BATCH_ROWS).map(toRow);
  }
}

export function unrecognisedFile(reason: string): BadRequestException {
  return new BadRequestException({
    error: SocialGraphError.UNRECOGNISED_IMPORT_FILE,
    message: `${reason} ${ACCEPTED_FORMATS_MESSAGE}`,
  });
}

function decodeText(content: Buffer): string {
  if (content.length === 0) throw unrecognisedFile('The file is empty.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw unrecognisedFile('The file is not text.');
  }
  // Control characters other than line breaks and tabs do not occur in any export: this is binary data.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw unrecognisedFile('The file is not text.');
  return text.replace(/^\uFEFF/, '');
}

const CSV_OPTIONS = {
  skip_empty_lines: true,
  relax_column_count: true,
  relax_quotes: true,
  trim: true,
  max_record_size: 64 * 1024,
};

const malformedCsv = (error: unknown) =>
  new BadRequestException({
    error: SocialGraphError.MALFORMED_IMPORT_FILE,
    message: `The CSV file cannot be read: ${(error as Error).message.split('\n')[0]}`,
  });

/** A CSV header line's column names; a cell is then found by its name, whatever the order of the columns. */
class CsvHeader {
  private readonly names: string[];

  constructor(line: string) {
    let cells: string[];
    try {
      [cells = []] = parseLine(line, CSV_OPTIONS);
    } catch (error) {
      throw malformedCsv(error);
    }
    this.names = cells.map((name) => name.trim().toLowerCase());
  }

  has(name: string): boolean {
    return this.names.includes(name);
  }

  /** The cell's position, or -1: the last of two columns with one name, as a row is read. */
  column(name: string): number {
    return this.names.lastIndexOf(name);
  }
}

/** The text in slices: one string would be parsed whole before its first record was handed on. */
function* slicesOf(text: string): Generator<Buffer> {
  const bytes = Buffer.from(text);
  for (let start = 0; start < bytes.length; start += SLICE_BYTES)
    yield bytes.subarray(start, start + SLICE_BYTES);
}

/** The records after the header line, as rows of cells (an object per row would cost a quarter of the parse). */
async function* csvBatches(
  lines: string[],
  header: number,
  toRow: (cells: string[]) => ParsedRow,
): AsyncGenerator<ParsedRow[]> {
  const records = Readable.from(slicesOf(lines.slice(header + 1).join('\n'))).pipe(parse(CSV_OPTIONS));
  let batch: ParsedRow[] = [];
  try {
    for await (const cells of records as AsyncIterable<string[]>) {
      batch.push(toRow(cells));
      if (batch.length < BATCH_ROWS) continue;
      yield batch;
      batch = [];
    }
  } catch (error) {
    throw malformedCsv(error);
  }
  if (batch.length > 0) yield batch;
}

function mastodonCsv(lines: string[], header: number): AsyncIterable<ParsedRow[]> {
  const address = new CsvHeader(lines[header]).column('account address');
  return csvBatches(lines, header, (cells) => accountRow('mastodon', cells[address] ?? ''));
}

/** One followed account as a row: a CSV cell, or an account a connected Mastodon or Bluesky account follows. */
export function accountRow(platform: 'mastodon' | 'bluesky', address: string): ParsedRow {
  if (looksLikeFormula(address)) return { rejected: 'FORMULA_CELL' };
  const handle = normaliseHandle(platform, address);
  return handle ? { keys: [{ platform, handle }] } : { rejected: 'NOT_A_HANDLE' };
}

/** Names and companies are read past, never kept: only the profile URL and the e-mail address can match. */
function linkedInCsv(lines: string[], header: number): AsyncIterable<ParsedRow[]> {
  const columns = new CsvHeader(lines[header]);
  if (!columns.has('url') && !columns.has('email address')) {
    throw unrecognisedFile('This Connections.csv has neither a URL nor an Email Address column.');
  }
  const urlColumn = columns.column('url');
  const emailColumn = columns.column('email address');
  return csvBatches(lines, header, (cells) => {
    const url = cells[urlColumn] ?? '';
    const email = cells[emailColumn] ?? '';
    if (looksLikeFormula(url) || looksLikeFormula(email)) return { rejected: 'FORMULA_CELL' };
    const keys: MatchingKey[] = [];
    const slug = url ? normaliseHandle('linkedin', url) : null;
    if (slug) keys.push({ platform: 'linkedin', handle: slug });
    if (email && isEmailAddress(email)) keys.push({ platform: 'email', handle: email });
    return keys.length > 0 ? { keys } : { rejected: 'NO_ACCOUNT_IN_ROW' };
  });
}

interface XFollowingEntry {
  following?: { accountId?: unknown; userLink?: unknown };
}

function xFollowing(text: string): XFollowingEntry[] {
  let entries: unknown;
  try {
    entries = JSON.parse(
      text
        .slice(text.indexOf('=') + 1)
        .trim()
        .replace(/;$/, ''),
    );
  } catch {
    throw new BadRequestException({
      error: SocialGraphError.MALFORMED_IMPORT_FILE,
      message: 'This following.js does not hold the list an X archive has.',
    });
  }
  if (!Array.isArray(entries)) throw unrecognisedFile('This following.js does not hold a list.');
  return entries as XFollowingEntry[];
}

function xFollowingRow(entry: XFollowingEntry): ParsedRow {
  const { accountId, userLink } = entry?.following ?? {};
  const keys: MatchingKey[] = [];
  const byId = typeof accountId === 'string' ? normaliseHandle('x', `id:${accountId}`) : null;
  if (byId) keys.push({ platform: 'x', handle: byId });
  const byLink = typeof userLink === 'string' ? normaliseHandle('x', userLink) : null;
  if (byLink && byLink !== byId) keys.push({ platform: 'x', handle: byLink });
  return keys.length > 0 ? { keys } : { rejected: 'NOT_A_HANDLE' };
}

/** The list's lines that are not blank; a file where none of the first is a handle is refused here. */
function textList(lines: string[]): string[] {
  const filled = lines.map((line) => line.trim()).filter((line) => line !== '');
  // A list where not one of the first lines is a handle is some other file (a CSV with another header, junk).
  if (!filled.slice(0, 20).some((line) => 'keys' in textListRow(line))) {
    throw unrecognisedFile('This file is not in a format Neuland can read.');
  }
  return filled;
}

function textListRow(line: string): ParsedRow {
  if (line.length > MAX_LINE_LENGTH) return { rejected: 'ROW_TOO_LONG' };
  const key = recogniseHandle(line);
  return 'rejected' in key ? key : { keys: [key] };
}
