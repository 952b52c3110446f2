import { createHash } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import type { DataSource } from 'typeorm';
import type { ContactImportDto } from '../dto/contact-import.dto.js';
import { emailKey, type MatchingKey } from '@neuland/profiles';
import { openContactFile } from './contact-file-formats.js';
import { writeImportedContacts } from './imported-contacts-writer.js';
import { membersFoundBy } from './found-members.js';
import { SocialGraphError } from '../social-graph-errors.js';

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

    const file = openContactFile(content);
    const storedKey = (key: MatchingKey) =>
      key.platform === 'email' ? emailKey(this.contactKeySecret, key.handle) : key.handle;
    // An import and all of its contacts, or nothing: a file refused halfway leaves no import behind.
    const created = await this.db.transaction(async (manager) => {
      const [contactImport]: { id: string }[] = await manager.query(
        `INSERT INTO contact_import (owner_id, format, fingerprint, rows_read, recognised, matched_at_import, rejected)
         VALUES ($1, $2, $3, 0, 0, 0, 0)
         ON CONFLICT (owner_id, fingerprint) DO NOTHING RETURNING id`,
        [ownerId, file.format, fingerprint],
      );
      // Two uploads of one file at once: the loser of the race returns the winner's import.
      if (!contactImport) return false;
      const tally = await writeImportedContacts(
        manager,
        { id: contactImport.id, ownerId },
        file.batches,
        storedKey,
      );
      // Only public identities count as matched: a count of matched e-mail addresses would answer "is this address
      // a member's?" for any list of addresses. They are matched all the same (knowsOnline), just never counted.
      await manager.query(
        `UPDATE contact_import SET rows_read = $3, recognised = $4, rejected = $5, rejections = $6,
                matched_at_import = (
                  SELECT count(*) FROM imported_contact ic
                   WHERE ic.import_id = $1 AND ic.platform <> 'email' AND EXISTS (
                         SELECT 1 FROM member_social_account sa
                          WHERE sa.platform = ic.platform AND sa.handle = ic.handle AND sa.user_id <> $2))
          WHERE id = $1`,
        [
          contactImport.id,
          ownerId,
          tally.rowsRead,
          tally.rowsRead - tally.rejected,
          tally.rejected,
          JSON.stringify(tally.rejections),
        ],
      );
      return true;
    });
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
