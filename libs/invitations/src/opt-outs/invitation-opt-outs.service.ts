// "Never invite me to Neuland again": addresses of people not on Neuland that asked for no more invitations.
// Honoured when an invitation by e-mail is made (it is skipped) and right before its mail is sent (the mail gate).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '@neuland/auth';
import type { AppConfig } from '@neuland/config';
import { emailKey } from '@neuland/profiles';
import type { DataSource } from 'typeorm';
import {
  invitationOptOutPageUrl,
  invitationOptOutUrl,
  type OptOutLanguage,
  signInvitationOptOutToken,
} from './invitation-opt-out-token.js';
import { InvitationOptOut } from './invitation-opt-out.entity.js';

/** The two links of a mail to an address: one-click for the `List-Unsubscribe` header, the page for its body. */
export interface InvitationOptOutLinks {
  oneClickUrl: string;
  pageUrl: string;
}

@Injectable()
export class InvitationOptOuts {
  private readonly contactKeySecret: string;
  private readonly linkSecret: string;
  private readonly appUrl: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.contactKeySecret = config.get('socialGraph.contactKeySecret', { infer: true });
    this.linkSecret = config.get('notifications.unsubscribeSecret', { infer: true });
    this.appUrl = config.get('app.url', { infer: true });
  }

  linksFor(email: string, language: OptOutLanguage): InvitationOptOutLinks {
    const token = signInvitationOptOutToken(this.linkSecret, { addressKey: this.keyOf(email), language });
    return {
      oneClickUrl: invitationOptOutUrl(this.appUrl, token),
      pageUrl: invitationOptOutPageUrl(this.appUrl, token),
    };
  }

  /**
   * The addresses among `emails` (lower-cased) that no invitation may reach. An opt-out binds only an address no
   * member has verified: whoever verified it is on Neuland, and invitations to them follow their own settings
   * (acceptsInvitations, their mail preferences). An account that never verified the address does not count, or
   * anyone could lift someone else's opt-out by signing up with their address.
   */
  async refusedAmong(emails: string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const lowerCased = emails.map((email) => email.trim().toLowerCase());
    const rows: { email: string }[] = await this.db.query(
      `SELECT a.email FROM unnest($1::text[], $2::text[]) AS a(email, address_key)
         JOIN invitation_opt_out o ON o.address_key = a.address_key`,
      [lowerCased, lowerCased.map((email) => this.keyOf(email))],
    );
    if (rows.length === 0) return new Set();
    const verified = await this.users.verifiedAddressesAmong(rows.map((row) => row.email));
    return new Set(rows.map((row) => row.email).filter((email) => !verified.has(email)));
  }

  async refuses(email: string): Promise<boolean> {
    return (await this.refusedAmong([email])).size > 0;
  }

  async isOptedOut(addressKey: string): Promise<boolean> {
    return this.db.manager.existsBy(InvitationOptOut, { addressKey });
  }

  /** Opts the address out, or back in (undo); the same change twice changes nothing more. */
  async setOptedOut(addressKey: string, optedOut: boolean): Promise<void> {
    if (optedOut) {
      await this.db.manager
        .createQueryBuilder()
        .insert()
        .into(InvitationOptOut)
        .values({ addressKey })
        .orIgnore()
        .execute();
    } else {
      await this.db.manager.delete(InvitationOptOut, { addressKey });
    }
  }

  private keyOf(email: string): string {
    return emailKey(this.contactKeySecret, email);
  }
}
