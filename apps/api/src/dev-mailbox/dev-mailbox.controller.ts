// Development only: every mail Neuland "sent" while no SMTP_URL was set, so a new user can read them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@neuland/auth';
import type { AppConfig } from '@neuland/config';

interface MailSummary {
  id: string;
  to: string;
  subject: string;
  sentAt: string;
}

@ApiExcludeController()
@Public()
@Controller({ path: 'dev/mail' })
export class DevMailboxController {
  private readonly dir: string;

  constructor(config: ConfigService<AppConfig, true>) {
    this.dir = config.get('mail.devMailboxDir', { infer: true });
  }

  @Get()
  async list(): Promise<{ items: MailSummary[] }> {
    const files = await readdir(this.dir).catch(() => [] as string[]);
    const summaries = await Promise.all(
      files
        .filter((file) => file.endsWith('.json'))
        .map(async (file) => JSON.parse(await readFile(join(this.dir, file), 'utf8')) as MailSummary),
    );
    return { items: summaries.sort((a, b) => b.sentAt.localeCompare(a.sentAt)) };
  }

  @Get(':id')
  @Header('Content-Type', 'message/rfc822; charset=utf-8')
  async show(@Param('id') id: string): Promise<string> {
    if (!/^[\w-]+$/.test(id))
      throw new NotFoundException({ error: 'MAIL_NOT_FOUND', message: 'No such mail.' });
    return readFile(join(this.dir, `${id}.eml`), 'utf8').catch(() => {
      throw new NotFoundException({ error: 'MAIL_NOT_FOUND', message: 'No such mail.' });
    });
  }
}
