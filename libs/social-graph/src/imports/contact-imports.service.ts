import { createHash } from 'node:crypto';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import type { DataSource } from 'typeorm';
import type { ContactImportDto, RowRejectionDto } from '../dto/contact-import.dto.js';
import { emailKey } from '@neuland/profiles';
import { parseContactFile } from './contact-file-formats.js';
import { membersFoundBy } from './found-members.js';
import { SocialGraphError } from '../social-graph-errors.js';

export const MAX_IMPORT_ROWS = 100_000;
const KEPT_REJECTIONS = 100;

// A connected account's contacts hang from an import row of its own: it is shown and removed as a connection.
const FROM_FILES = `format NOT IN ('mastodon-account', 'bluesky-account')`;

const IMPORT_COLUMNS = `id, format, rows_read AS "rowsRead", recognised, matched_at_import AS "matchedNow",
  rejected, rejections, created_at AS "createdAt"`;

/** Imported contacts: private to their owner, matched against members' accounts at every query, not once. */
@Injectable()
export class ContactImportsService {
  private readonly contactKeySecret: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    config: ConfigService<AppConfig, true>,
  ) {
    this.contactKeySecret = config.get('socialGraph.contactKeySecret', { infer: true });
  }

  /** Imports a file; the same file again returns the first import (`created: false`). */
  async import(ownerId: string, content: Buffer): Promise<{ created: boolean; summary: ContactImportDto }> {
    const fingerprint = createHash('sha256').update(content).digest('hex');
    const earlier = await this.findByFingerprint(ownerId, fingerprint);
    if (earlier) return { created: false, summary: earlier };

    const { format, rows } = parseContactFile(content);
    if (rows.length > MAX_IMPORT_ROWS) {
      throw new BadRequestException({
        error: SocialGraphError.IMPORT_TOO_MANY_ROWS,
        message: `A file may hold at most ${MAX_IMPORT_ROWS} rows; this one has ${rows.length}. Split it.`,
      });
    }
    const platforms: string[] = [];
    const handles: string[] = [];
    const rejections: RowRejectionDto[] = [];
    rows.forEach((row, index) => {
      if ('rejected' in row) {
        rejections.push({ row: index + 1, reason: row.rejected });
        return;
      }
      for (const key of row.keys) {
        platforms.push(key.platform);
        handles.push(key.platform === 'email' ? emailKey(this.contactKeySecret, key.handle) : key.handle);
      }
    });

    // An import and all of its contacts are written together or not at all.
    const created = await this.db.transaction(async (transaction) => {
      // Only public identities count: a count of matched e-mail addresses would answer "is this address a member's?"
      // for any list of addresses. They are matched all the same (knowsOnline), just never counted.
      const [{ matched }] = await transaction.query(
        `SELECT count(DISTINCT (k.platform, k.handle))::int AS matched
           FROM unnest($1::text[], $2::text[]) AS k(platform, handle)
           JOIN member_social_account sa ON sa.platform = k.platform AND sa.handle = k.handle
          WHERE sa.user_id <> $3 AND k.platform <> 'email'`,
        [platforms, handles, ownerId],
      );
      const inserted: { id: string }[] = await transaction.query(
        `INSERT INTO contact_import (owner_id, format, fingerprint, rows_read, recognised, matched_at_import, rejected, rejections)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (owner_id, fingerprint) DO NOTHING RETURNING id`,
        [
          ownerId,
          format,
          fingerprint,
          rows.length,
          rows.length - rejections.length,
          matched,
          rejections.length,
          JSON.stringify(rejections.slice(0, KEPT_REJECTIONS)),
        ],
      );
      if (inserted.length === 0) return false;
      await transaction.query(
        `INSERT INTO imported_contact (import_id, owner_id, platform, handle)
         SELECT $1, $2, platform, handle FROM unnest($3::text[], $4::text[]) AS k(platform, handle)
         ON CONFLICT DO NOTHING`,
        [inserted[0].id, ownerId, platforms, handles],
      );
      return true;
    });
    // Two uploads of one file at once: the loser of the race returns the winner's import.
    return { created, summary: (await this.findByFingerprint(ownerId, fingerprint))! };
  }

  private async findByFingerprint(
    ownerId: string,
    fingerprint: string,
  ): Promise<ContactImportDto | undefined> {
    const [row] = await this.db.query(
      `SELECT ${IMPORT_COLUMNS} FROM contact_import WHERE owner_id = $1 AND fingerprint = $2`,
      [ownerId, fingerprint],
    );
    return row ? this.withFound(ownerId, row) : undefined;
  }

  private async withFound(ownerId: string, row: ImportRow): Promise<ContactImportDto> {
    return {
      ...row,
      createdAt: new Date(row.createdAt).toISOString(),
      found: await membersFoundBy(this.db.manager, row.id, ownerId),
    };
  }

  async list(ownerId: string): Promise<ContactImportDto[]> {
    const rows = await this.db.query(
      `SELECT ${IMPORT_COLUMNS} FROM contact_import WHERE owner_id = $1 AND ${FROM_FILES} ORDER BY created_at DESC, id`,
      [ownerId],
    );
    return Promise.all(rows.map((row: ImportRow) => this.withFound(ownerId, row)));
  }

  async get(ownerId: string, importId: string): Promise<ContactImportDto> {
    const [row] = await this.db.query(
      `SELECT ${IMPORT_COLUMNS} FROM contact_import WHERE id = $1 AND owner_id = $2 AND ${FROM_FILES}`,
      [importId, ownerId],
    );
    if (!row) throw importNotFound();
    return this.withFound(ownerId, row);
  }

  /** Deletes an import; its contacts go with it (foreign key cascade), and with them what they made known. */
  async delete(ownerId: string, importId: string): Promise<void> {
    const [, deleted] = await this.db.query(
      `DELETE FROM contact_import WHERE id = $1 AND owner_id = $2 AND ${FROM_FILES}`,
      [importId, ownerId],
    );
    if (deleted === 0) throw importNotFound();
  }
}

const importNotFound = () =>
  new NotFoundException({
    error: SocialGraphError.IMPORT_NOT_FOUND,
    message: 'You have no import with this id.',
  });

type ImportRow = Omit<ContactImportDto, 'createdAt' | 'found'> & { createdAt: Date | string };
