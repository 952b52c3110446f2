// Sends one ledger row's mail and records the outcome: the heart of "never lost, never twice".
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountSuspensions } from '@neuland/auth';
import type { AppConfig } from '@neuland/config';
import { InvitationOptOuts } from '@neuland/invitations';
import { MailTransport, type OutgoingMail } from '@neuland/mail';
import { Metrics } from '@neuland/metrics';
import { type PreparedStatement, runPrepared } from '@neuland/database';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@neuland/config';
import {
  type NotificationData,
  type NotificationStatus,
  DATA_WITHOUT_SECRETS,
} from '../ledger/notification.entity.js';
import { categoryOf, isNotificationKind, type NotificationKind } from '../notification-kinds.js';
import type { MailLinks } from '../templates/render-notification.js';
import {
  circleUnsubscribeUrl,
  signCircleUnsubscribeToken,
  signUnsubscribeToken,
  unsubscribePageUrl,
  unsubscribeUrl,
} from '../unsubscribe/unsubscribe-token.js';
import { CircleMailContexts, isCircleMailKind } from './circle-mail-context.js';
import { type MailContext, MeetupMailContexts } from './mail-context.js';
import { InvitationMailContexts, isInvitationMailKind } from './invitation-mail-context.js';
import { isNetworkingMailKind, NetworkingMailContexts } from './networking-mail-context.js';
import { type Recipient, Recipients } from './recipients.js';
import { describeSmtpFailure, isPermanentSmtpFailure } from './smtp-failure.js';

export type DeliveryOutcome =
  | { type: 'sent'; messageId: string }
  | { type: 'already-done'; status: NotificationStatus }
  | { type: 'skipped'; reason: string }
  | { type: 'not-due'; inMs: number }
  | { type: 'busy' }
  | { type: 'missing' }
  | { type: 'transient-failure'; error: unknown }
  | { type: 'permanent-failure'; error: unknown };

class SendAbandoned extends Error {}

interface LedgerRow {
  id: string;
  kind: string;
  recipient_id: string | null;
  recipient_email: string | null;
  subject_id: string;
  occurrence: string;
  data: NotificationData;
  due_at: Date;
  status: NotificationStatus;
}

// Asked for every mail, so parsed and planned once per connection.
const LEDGER_ROW: PreparedStatement = {
  name: 'ledger-row',
  text: `SELECT id, kind, recipient_id, recipient_email, subject_id, occurrence, data, due_at, status
           FROM notification WHERE id = $1`,
};
const LOCK_LEDGER_ROW: PreparedStatement = {
  name: 'lock-ledger-row',
  text: `SELECT status FROM notification WHERE id = $1 FOR UPDATE SKIP LOCKED`,
};
const MARK_SENT: PreparedStatement = {
  name: 'mark-ledger-row-sent',
  text: `UPDATE notification SET status = 'sent', sent_at = now(), attempts = attempts + 1, message_id = $2,
                last_error = NULL, data = ${DATA_WITHOUT_SECRETS} WHERE id = $1`,
};

@Injectable()
export class NotificationSender {
  private readonly appUrl: string;
  private readonly unsubscribeSecret: string;
  private abandon?: (reason: Error) => void;
  private readonly abandoned = new Promise<never>((_, reject) => (this.abandon = reject));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    private readonly invitationContexts: InvitationMailContexts,
    private readonly meetupContexts: MeetupMailContexts,
    private readonly networkingContexts: NetworkingMailContexts,
    private readonly circleContexts: CircleMailContexts,
    private readonly recipients: Recipients,
    private readonly invitationOptOuts: InvitationOptOuts,
    private readonly metrics: Metrics,
    private readonly suspensions: AccountSuspensions,
    config: ConfigService<AppConfig, true>,
  ) {
    this.appUrl = config.get('app.url', { infer: true });
    this.unsubscribeSecret = config.get('notifications.unsubscribeSecret', { infer: true });
  }

  /**
   * Shutdown after the grace period: sends still waiting for the SMTP server are given up. Their
   * transactions roll back (nothing recorded, the ledger lock freed) and the rows are sent again later.
   */
  abandonSendsInFlight(): void {
    this.abandoned.catch(() => undefined); // nobody may be waiting: not an unhandled rejection
    this.abandon?.(new SendAbandoned('worker stopped while the SMTP server had not answered'));
  }

  async sendNotification(notificationId: string): Promise<DeliveryOutcome> {
    // Who the mail goes to, whether it still applies and the mail itself are read and drawn before the row is
    // locked, from a row read without a lock: the lock is then held only while the SMTP server answers, and a
    // transaction never waits on the pool for a lookup, so many mails can be on their way at once.
    const [row] = await runPrepared<LedgerRow>(this.dataSource, LEDGER_ROW, [notificationId]);
    if (!row) return { type: 'missing' };
    if (row.status !== 'pending') return { type: 'already-done', status: row.status };
    const inMs = new Date(row.due_at).getTime() - this.clock.now().getTime();
    if (inMs > 0) return { type: 'not-due', inMs };
    const prepared = await this.prepare(row);
    // Invariant: the ledger row stays locked from "is it still pending?" to "sent", so two jobs for one
    // mail (a stalled job run twice, the sweeper's copy) never both send it. A crash rolls the transaction
    // back and frees the lock; the row is still pending and is sent again.
    return this.dataSource.transaction(async (manager) => {
      const [locked] = await runPrepared<Pick<LedgerRow, 'status'>>(manager, LOCK_LEDGER_ROW, [
        notificationId,
      ]);
      if (!locked)
        return (await this.exists(manager, notificationId)) ? { type: 'busy' } : { type: 'missing' };
      if (locked.status !== 'pending') return { type: 'already-done', status: locked.status };
      if ('skip' in prepared) return this.skip(manager, row.id, prepared.skip);
      return this.deliver(manager, row, prepared.mail);
    });
  }

  /** The mail as it goes out, or why it no longer applies. */
  private async prepare(row: LedgerRow): Promise<{ skip: string } | { mail: OutgoingMail }> {
    if (!isNotificationKind(row.kind)) return { skip: `unknown kind ${row.kind}` };
    // Whether the member is suspended is asked beside who they are (an address's mail goes to its verifier,
    // whose suspension is asked once they are known).
    const [recipient, suspendedMember] = await Promise.all([
      this.recipientOf(row),
      row.recipient_id ? this.suspensions.isSuspended(row.recipient_id) : false,
    ]);
    if (!recipient) return { skip: 'recipient is gone' };
    const suspended =
      recipient.id === row.recipient_id
        ? suspendedMember
        : !!recipient.id && (await this.suspensions.isSuspended(recipient.id));
    if (suspended) return { skip: 'recipient is suspended' };
    const category = categoryOf(row.kind);
    if (category && !recipient.wants[category]) return { skip: `${category} turned off` };

    const context = isInvitationMailKind(row.kind)
      ? await this.invitationContexts.load(row.kind, row)
      : isNetworkingMailKind(row.kind)
        ? await this.networkingContexts.load(row.kind, row)
        : isCircleMailKind(row.kind)
          ? await this.circleContexts.load(row.kind, row)
          : await this.meetupContexts.load(row.kind, row);
    if ('obsolete' in context) return { skip: context.obsolete };
    const links = this.linksOf(row.kind, recipient, row.data, context);
    const { mailDrafts } = await loadTemplates();
    const rendered = await mailDrafts.render(row.kind, recipient, row.data, context, this.appUrl, links);
    // A link confirming a new address goes to that address, which the account does not hold yet.
    const address = typeof row.data.deliverTo === 'string' ? row.data.deliverTo : recipient.email;
    return {
      // Not { ...rendered, to }: Node 20 builds such a literal the slow way (docs/architecture.md).
      mail: Object.assign(rendered, {
        to: { address, name: recipient.displayName },
        unsubscribeUrl: links.oneClickUrl,
        // The same ledger row always carries the same Message-ID, so a mail client can fold the rare duplicate.
        messageId: `<notification-${row.id}@neuland>`,
      }),
    };
  }

  private async deliver(
    manager: EntityManager,
    row: LedgerRow,
    mail: OutgoingMail,
  ): Promise<DeliveryOutcome> {
    const sending = this.transport.deliver(mail);
    let messageId: string;
    try {
      ({ messageId } = await Promise.race([sending, this.abandoned]));
    } catch (error) {
      // Abandoned at shutdown: throw out of the transaction, so it rolls back and nothing is recorded.
      if (error instanceof SendAbandoned) throw error;
      const permanent = isPermanentSmtpFailure(error);
      await manager.query(
        `UPDATE notification SET attempts = attempts + 1, last_error = $2,
                status = CASE WHEN $3 THEN 'failed'::notification_status ELSE status END,
                data = CASE WHEN $3 THEN ${DATA_WITHOUT_SECRETS} ELSE data END
          WHERE id = $1`,
        [row.id, describeSmtpFailure(error), permanent],
      );
      this.metrics.mailDelivered(row.kind, permanent ? 'failed' : 'deferred');
      return permanent ? { type: 'permanent-failure', error } : { type: 'transient-failure', error };
    }
    // The crash window: the SMTP server has accepted the mail, and this UPDATE + COMMIT is what remains.
    // A crash in these few milliseconds leaves the row pending and the mail is sent a second time. The
    // opposite order (mark sent, then send) would lose the mail instead; a duplicate is the lesser harm.
    await runPrepared(manager, MARK_SENT, [row.id, messageId]);
    this.metrics.mailDelivered(row.kind, 'sent');
    return { type: 'sent', messageId };
  }

  /** A mail to an address goes to the member who verified it, if one has; else to the address as it stands. */
  private async recipientOf(row: LedgerRow): Promise<Recipient | undefined> {
    if (row.recipient_id) return this.recipients.member(row.recipient_id);
    if (!row.recipient_email) return undefined;
    return (
      (await this.recipients.memberWhoVerified(row.recipient_email)) ??
      (await this.recipients.byEmail(
        row.recipient_email,
        typeof row.data.inviterId === 'string' ? row.data.inviterId : undefined,
      ))
    );
  }

  /**
   * The way out of a mail: a member turns off its category; an address of someone not on Neuland asks never to
   * be invited again (an address only gets invitations, and word of a move or cancellation of a meetup it was
   * invited to). Each as a one-click URL for the `List-Unsubscribe` header and a page for the mail's body.
   */
  private linksOf(
    kind: NotificationKind,
    recipient: Recipient,
    data: NotificationData,
    context: MailContext,
  ): MailLinks {
    const category = categoryOf(kind);
    // A circle's announcement: the one-click link turns off that circle only; the body leads to its page.
    if (recipient.id && context.circle) {
      const token = signCircleUnsubscribeToken(this.unsubscribeSecret, {
        userId: recipient.id,
        circleId: context.circle.id,
      });
      return {
        oneClickUrl: circleUnsubscribeUrl(this.appUrl, token),
        circle: { name: context.circle.name, pageUrl: context.circle.pageUrl },
      };
    }
    if (recipient.id && category) {
      const token = signUnsubscribeToken(this.unsubscribeSecret, { userId: recipient.id, category });
      return {
        oneClickUrl: unsubscribeUrl(this.appUrl, token),
        unsubscribePageUrl: unsubscribePageUrl(this.appUrl, token),
      };
    }
    if (!recipient.id && (kind === 'meetup-invitation' || data.invited === true)) {
      const { oneClickUrl, pageUrl } = this.invitationOptOuts.linksFor(recipient.email, recipient.language);
      return { oneClickUrl, neverInvitePageUrl: pageUrl };
    }
    return {};
  }

  private async skip(manager: EntityManager, id: string, reason: string): Promise<DeliveryOutcome> {
    await manager.query(
      `UPDATE notification SET status = 'skipped', last_error = $2, data = ${DATA_WITHOUT_SECRETS} WHERE id = $1`,
      [id, reason],
    );
    return { type: 'skipped', reason };
  }

  private async exists(manager: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM notification WHERE id = $1`, [id]);
    return rows.length > 0;
  }
}

/*
 * React and the mail templates load on the first mail, not at start: the API shares this module with the worker
 * but never sends, and loading them cost it seconds of start and tens of MB for nothing.
 */
let templates: Promise<typeof import('../templates/mail-drafts.js')> | undefined;
const loadTemplates = () => (templates ??= import('../templates/mail-drafts.js'));
