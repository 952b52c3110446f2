// Reads the files people download from their networks into matching keys, one result per row.
import { BadRequestException } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
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

export interface ParsedContactFile {
  format: ImportFormat;
  rows: ParsedRow[];
}

const MAX_LINE_LENGTH = 2000;

/** Detects the format by its content, never by the file name. */
export function parseContactFile(content: Buffer): ParsedContactFile {
  const text = decodeText(content);
  if (/^\s*window\.YTD\.following\.part\d+\s*=/.test(text))
    return { format: 'x-following-js', rows: xFollowing(text) };
  const lines = text.split(/\r?\n/);
  const firstLine = lines.find((line) => line.trim() !== '') ?? '';
  if (/^"?account address"?\s*(,|$)/i.test(firstLine))
    return { format: 'mastodon-csv', rows: mastodonCsv(text) };
  const linkedInHeader = lines.slice(0, 20).findIndex((line) => /^"?first name"?,"?last name"?,/i.test(line));
  if (linkedInHeader >= 0) {
    return { format: 'linkedin-csv', rows: linkedInCsv(lines.slice(linkedInHeader).join('\n')) };
  }
  return { format: 'text-list', rows: textList(lines) };
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

/** A CSV file's rows as arrays, and a way to read a named cell: objects per row cost a quarter of the parse. */
interface CsvTable {
  columns: Set<string>;
  rows: string[][];
  /** The cell's position by its header, or -1: the last of two columns with one name, as the file is read. */
  column: (name: string) => number;
}

function readCsv(text: string): CsvTable {
  let records: string[][];
  try {
    records = parse(text, {
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      max_record_size: 64 * 1024,
    });
  } catch (error) {
    throw new BadRequestException({
      error: SocialGraphError.MALFORMED_IMPORT_FILE,
      message: `The CSV file cannot be read: ${(error as Error).message.split('\n')[0]}`,
    });
  }
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  return {
    columns: new Set(header),
    rows: records.slice(1),
    column: (name) => header.lastIndexOf(name),
  };
}

function mastodonCsv(text: string): ParsedRow[] {
  const csv = readCsv(text);
  const address = csv.column('account address');
  return csv.rows.map((cells) => accountRow('mastodon', cells[address] ?? ''));
}

/** One followed account as a row: a CSV cell, or an account a connected Mastodon or Bluesky account follows. */
export function accountRow(platform: 'mastodon' | 'bluesky', address: string): ParsedRow {
  if (looksLikeFormula(address)) return { rejected: 'FORMULA_CELL' };
  const handle = normaliseHandle(platform, address);
  return handle ? { keys: [{ platform, handle }] } : { rejected: 'NOT_A_HANDLE' };
}

/** Names and companies are read past, never kept: only the profile URL and the e-mail address can match. */
function linkedInCsv(text: string): ParsedRow[] {
  const csv = readCsv(text);
  if (csv.rows.length > 0 && !csv.columns.has('url') && !csv.columns.has('email address')) {
    throw unrecognisedFile('This Connections.csv has neither a URL nor an Email Address column.');
  }
  const urlColumn = csv.column('url');
  const emailColumn = csv.column('email address');
  return csv.rows.map((cells) => {
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

function xFollowing(text: string): ParsedRow[] {
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
  return entries.map((entry: XFollowingEntry) => {
    const { accountId, userLink } = entry?.following ?? {};
    const keys: MatchingKey[] = [];
    const byId = typeof accountId === 'string' ? normaliseHandle('x', `id:${accountId}`) : null;
    if (byId) keys.push({ platform: 'x', handle: byId });
    const byLink = typeof userLink === 'string' ? normaliseHandle('x', userLink) : null;
    if (byLink && byLink !== byId) keys.push({ platform: 'x', handle: byLink });
    return keys.length > 0 ? { keys } : { rejected: 'NOT_A_HANDLE' };
  });
}

function textList(lines: string[]): ParsedRow[] {
  const rows: ParsedRow[] = lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      if (line.length > MAX_LINE_LENGTH) return { rejected: 'ROW_TOO_LONG' };
      const key = recogniseHandle(line);
      return 'rejected' in key ? key : { keys: [key] };
    });
  // A list where not one of the first lines is a handle is some other file (a CSV with another header, junk).
  if (!rows.slice(0, 20).some((row) => 'keys' in row)) {
    throw unrecognisedFile('This file is not in a format Neuland can read.');
  }
  return rows;
}
