// Sends a rendered mail: over SMTP when SMTP_URL is set, else into the development mailbox (var/mail: the .eml
// with its summary and its rendered parts, shown at /dev/mail).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import nodemailer, { type Transporter } from 'nodemailer';
import type { RenderedMail } from './rendered-mail.js';

export interface MailRecipient {
  address: string;
  name?: string;
}

export interface OutgoingMail extends RenderedMail {
  to: MailRecipient;
  unsubscribeUrl?: string;
  /** `<id@host>`; a deterministic one lets receivers fold a duplicate sent after a crash. */
  messageId?: string;
}

/** A display name can never break out of its header: line breaks and control characters become spaces. */
export const safeDisplayName = (name: string | undefined) =>
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  (name ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

/**
 * Pooled connections (one TLS handshake serves many mails), and bounded waits: the worker holds a ledger
 * row locked while the server answers, so a server that stops answering must not hold it for minutes.
 * Settings in SMTP_URL's query string win over these.
 */
export const SMTP_CONNECTION_OPTIONS = {
  pool: true,
  maxConnections: 8,
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
} as const;

@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly transporter: Transporter;
  private readonly devMailboxDir?: string;
  private readonly from: string;

  constructor(config: ConfigService<AppConfig, true>) {
    const mail = config.get('mail', { infer: true });
    this.from = mail.from;
    if (mail.smtpUrl) {
      this.transporter = nodemailer.createTransport({ url: mail.smtpUrl, ...SMTP_CONNECTION_OPTIONS });
    } else {
      this.devMailboxDir = mail.devMailboxDir;
      this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
  }

  get usesDevMailbox(): boolean {
    return this.devMailboxDir !== undefined;
  }

  async deliver(mail: OutgoingMail): Promise<{ messageId: string }> {
    const headers: Record<string, string> = {};
    if (mail.unsubscribeUrl) {
      headers['List-Unsubscribe'] = `<${mail.unsubscribeUrl}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    const info = await this.transporter.sendMail({
      from: this.from,
      to: { name: safeDisplayName(mail.to.name), address: mail.to.address },
      subject: mail.subject.replace(/[\r\n]+/g, ' '),
      text: mail.text,
      html: mail.html,
      headers,
      ...(mail.messageId ? { messageId: mail.messageId } : {}),
    });
    if (this.devMailboxDir) await this.writeToDevMailbox(info.messageId, info.message as Buffer, mail);
    return { messageId: info.messageId };
  }

  private async writeToDevMailbox(messageId: string, raw: Buffer, mail: OutgoingMail): Promise<void> {
    await mkdir(this.devMailboxDir!, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^a-zA-Z0-9]/g, '')}`;
    await writeFile(join(this.devMailboxDir!, `${name}.eml`), raw);
    // The parts as rendered, beside the encoded message: the mailbox page shows them with working links.
    await writeFile(join(this.devMailboxDir!, `${name}.html`), mail.html);
    await writeFile(join(this.devMailboxDir!, `${name}.txt`), mail.text);
    const summary = {
      id: name,
      to: mail.to.address,
      subject: mail.subject,
      sentAt: new Date().toISOString(),
    };
    await writeFile(join(this.devMailboxDir!, `${name}.json`), JSON.stringify(summary));
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
