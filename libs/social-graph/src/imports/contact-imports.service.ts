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
    // A file may name one account twice (a handle and its profile URL): each key is kept once.
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if ('rejected' in row) {
        rejections.push({ row: index + 1, reason: row.rejected });
        return;
      }
      for (const key of row.keys) {
        const handle = key.platform === 'email' ? emailKey(this.contactKeySecret, key.handle) : key.handle;
        const spelled = `${key.platform} ${handle}`;
        if (seen.has(spelled)) continue;
        seen.add(spelled);
        platforms.push(key.platform);
        handles.push(handle);
      }
    });

    // One statement writes an import and all of its contacts, or nothing: the keys travel and are unnested once.
    // Only public identities count as matched: a count of matched e-mail addresses would answer "is this address a
    // member's?" for any list of addresses. They are matched all the same (knowsOnline), just never counted.
    // The import row is new in this statement, so its contacts need no ON CONFLICT; a second upload of the same
    // file (the same fingerprint) writes nothing. Written in key order, the three indexes fill page after page instead
    // of jumping about: about 5 % of a large import.
    const [{ created }]: { created: boolean }[] = await this.db.query(
      `WITH keys AS MATERIALIZED (
         SELECT platform, handle FROM unnest($8::text[], $9::text[]) AS k(platform, handle)),
       matched AS (
         SELECT count(*)::int AS matched FROM keys k
          WHERE k.platform <> 'email' AND EXISTS (
                SELECT 1 FROM member_social_account sa
                 WHERE sa.platform = k.platform AND sa.handle = k.handle AND sa.user_id <> $1)),
       created_import AS (
         INSERT INTO contact_import (owner_id, format, fingerprint, rows_read, recognised, matched_at_import,
                                     rejected, rejections)
         VALUES ($1, $2, $3, $4, $5, (SELECT matched FROM matched), $6, $7)
         ON CONFLICT (owner_id, fingerprint) DO NOTHING RETURNING id),
       contacts AS (
         INSERT INTO imported_contact (import_id, owner_id, platform, handle)
         SELECT i.id, $1, k.platform, k.handle FROM created_import i, keys k ORDER BY k.platform, k.handle)
       SELECT EXISTS (SELECT 1 FROM created_import) AS created`,
      [
        ownerId,
        format,
        fingerprint,
        rows.length,
        rows.length - rejections.length,
        rejections.length,
        JSON.stringify(rejections.slice(0, KEPT_REJECTIONS)),
        platforms,
        handles,
      ],
    );
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
