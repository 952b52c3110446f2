// Writes a file's contacts a batch at a time, inside the import's transaction: while one batch is being written,
// the next is read and keyed, so parsing a large file and writing it take the time of the longer, not of both.
import { BadRequestException } from '@nestjs/common';
import type { MatchingKey } from '@neuland/profiles';
import type { EntityManager } from 'typeorm';
import type { RowRejectionDto } from '../dto/contact-import.dto.js';
import { SocialGraphError } from '../social-graph-errors.js';
import type { ParsedRow } from './contact-file-formats.js';

export const MAX_IMPORT_ROWS = 100_000;
const KEPT_REJECTIONS = 100;

export interface ImportTally {
  rowsRead: number;
  rejected: number;
  /** The first rejected rows, by their number in the file. */
  rejections: RowRejectionDto[];
}

/** Writes every recognised key of the file once, or throws (the caller's transaction then writes nothing). */
export async function writeImportedContacts(
  manager: EntityManager,
  contactImport: { id: string; ownerId: string },
  batches: AsyncIterable<ParsedRow[]>,
  storedKey: (key: MatchingKey) => string,
): Promise<ImportTally> {
  const tally: ImportTally = { rowsRead: 0, rejected: 0, rejections: [] };
  // A file may name one account twice (a handle and its profile URL): each key is kept once.
  const seen = new Set<string>();
  let writing: Promise<unknown> = Promise.resolve();
  for await (const batch of batches) {
    const firstRow = tally.rowsRead + 1;
    tally.rowsRead += batch.length;
    // Read to the end all the same, so that the refusal can say how many rows the file has.
    if (tally.rowsRead > MAX_IMPORT_ROWS) continue;
    const platforms: string[] = [];
    const handles: string[] = [];
    batch.forEach((row, index) => {
      if ('rejected' in row) {
        tally.rejected += 1;
        if (tally.rejections.length < KEPT_REJECTIONS) {
          tally.rejections.push({ row: firstRow + index, reason: row.rejected });
        }
        return;
      }
      for (const key of row.keys) {
        const handle = storedKey(key);
        const spelled = `${key.platform} ${handle}`;
        if (seen.has(spelled)) continue;
        seen.add(spelled);
        platforms.push(key.platform);
        handles.push(handle);
      }
    });
    await writing;
    // Written in key order, the three indexes fill page after page instead of jumping about.
    writing = manager.query(
      `INSERT INTO imported_contact (import_id, owner_id, platform, handle)
       SELECT $1, $2, k.platform, k.handle FROM unnest($3::text[], $4::text[]) AS k(platform, handle)
        ORDER BY k.platform, k.handle`,
      [contactImport.id, contactImport.ownerId, platforms, handles],
    );
    // Awaited before the next batch is written, or below; until then a failure must not count as unhandled.
    writing.catch(() => undefined);
  }
  await writing;
  if (tally.rowsRead > MAX_IMPORT_ROWS) {
    throw new BadRequestException({
      error: SocialGraphError.IMPORT_TOO_MANY_ROWS,
      message: `A file may hold at most ${MAX_IMPORT_ROWS} rows; this one has ${tally.rowsRead}. Split it.`,
    });
  }
  return tally;
}
