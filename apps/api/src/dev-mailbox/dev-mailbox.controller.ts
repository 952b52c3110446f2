// Development only: every mail Neuland "sent" while no SMTP_URL was set, as pages a new user can read and click.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Controller, Get, Header, Headers, NotFoundException, Param, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@neuland/auth';
import type { AppConfig } from '@neuland/config';
import type { FastifyReply } from 'fastify';
import { type MailSummary, mailHtml, mailListPage, mailPage } from './dev-mailbox-pages.js';

const notFound = () => new NotFoundException({ error: 'MAIL_NOT_FOUND', message: 'No such mail.' });

@ApiExcludeController()
@Public()
@Controller({ path: 'dev/mail' })
export class DevMailboxController {
  private readonly dir: string;

  constructor(config: ConfigService<AppConfig, true>) {
    this.dir = config.get('mail.devMailboxDir', { infer: true });
  }

  /** A page for people; the JSON list for scripts that ask for JSON only. */
  @Get()
  async list(
    @Headers('accept') accept = '',
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | { items: MailSummary[] }> {
    const files = await readdir(this.dir).catch(() => [] as string[]);
    const summaries = await Promise.all(
      files
        .filter((file) => file.endsWith('.json'))
        .map(async (file) => JSON.parse(await readFile(join(this.dir, file), 'utf8')) as MailSummary),
    );
    const items = summaries.sort((a, b) => b.sentAt.localeCompare(a.sentAt));
    if (accept.includes('application/json') && !accept.includes('text/html')) return { items };
    void reply.header('Content-Type', 'text/html; charset=utf-8');
    return mailListPage(items);
  }

  @Get(':id')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async show(@Param('id') id: string): Promise<string> {
    const summary = JSON.parse(await this.read(id, 'json')) as MailSummary;
    const text = await this.read(id, 'txt').catch(() => null);
    return mailPage(summary, text);
  }

  @Get(':id/html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async html(@Param('id') id: string): Promise<string> {
    return mailHtml(await this.read(id, 'html'));
  }

  @Get(':id/raw')
  @Header('Content-Type', 'message/rfc822; charset=utf-8')
  raw(@Param('id') id: string): Promise<string> {
    return this.read(id, 'eml');
  }

  private async read(id: string, extension: 'json' | 'txt' | 'html' | 'eml'): Promise<string> {
    if (!/^[\w-]+$/.test(id)) throw notFound();
    return readFile(join(this.dir, `${id}.${extension}`), 'utf8').catch(() => {
      throw notFound();
    });
  }
}
