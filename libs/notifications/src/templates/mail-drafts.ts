// A mail that many readers get alike (a circle's announcement, the welcome) is drawn once per kind, language and
// content, with the reader's name and personal links left open, and filled in for each reader: drawing a mail costs
// milliseconds, filling one in microseconds. Read before use: a draft is used only where it was proven to give the
// very mail a full drawing gives.
import type { RenderedMail } from '@neuland/mail';
import type { MailContext } from '../delivery/mail-context.js';
import type { Recipient } from '../delivery/recipients.js';
import type { NotificationData } from '../ledger/notification.entity.js';
import type { NotificationKind } from '../notification-kinds.js';
import type { MailLinks } from './components/mail-frame.js';
import { mailOf, renderNotification } from './render-notification.js';
import { subjectOf } from './render-mail.js';

/** What differs between readers of one draft. */
interface Personal {
  name: string;
  oneClickUrl?: string;
  unsubscribePageUrl?: string;
}

/** Where a draft leaves the reader's own values open. Plain words and URLs: nothing escapes or reflows them. */
const SLOTS: Required<Personal> = {
  name: 'Qx7slotname',
  oneClickUrl: 'https://slot.invalid/one-click-q7x',
  unsubscribePageUrl: 'https://slot.invalid/page-q7x',
};

/**
 * A second reader whose full drawing must equal its filled-in draft: another length (a preview padded to its
 * length, a name cut short), a space (a name split into first and last), what HTML escapes, a letter beyond ASCII.
 */
const PROBE: Required<Personal> = {
  name: "Ännie O'Brien-Smith & Co",
  oneClickUrl: 'https://probe.invalid/one-click?a=1&b=2',
  unsubscribePageUrl: 'https://probe.invalid/unsubscribe/page?a=1&b=2',
};

/**
 * Names filled into a draft: words of letters and digits with single spaces, hyphens, apostrophes or a dot between
 * them. Anything else (line breaks, runs of spaces, markup) is drawn in full, as html-to-text may reflow it.
 */
const PLAIN_NAME = /^[\p{L}\p{M}\p{N}]+(?:(?:[ '’-]|\. ?)[\p{L}\p{M}\p{N}]+)*\.?$/u;
const MAX_NAME_LENGTH = 80;

/** Kinds and contents remembered, newest last; a key seen once is drawn in full, only a repeat earns a draft. */
const REMEMBERED = 200;

/** React's escaping of text and attribute values (react-dom-server's escapeTextForBrowser). */
const HTML_ESCAPES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#x27;',
  '<': '&lt;',
  '>': '&gt;',
};
const escapeAsReact = (value: string) => value.replace(/["&'<>]/g, (char) => HTML_ESCAPES[char]);

type Draft = { html: string; text: string } | 'draw-in-full';

/** Values drawn into the mail in place of the reader's own: those a draft leaves open, or the probe's. */
const personalOf = (recipient: Recipient, links: MailLinks): Personal => ({
  name: recipient.displayName,
  oneClickUrl: links.oneClickUrl,
  unsubscribePageUrl: links.unsubscribePageUrl,
});

/** The links with the reader's own URLs put in place of those that are there. */
const linksWith = (links: MailLinks, personal: Required<Personal>): MailLinks => ({
  ...links,
  ...(links.oneClickUrl === undefined ? {} : { oneClickUrl: personal.oneClickUrl }),
  ...(links.unsubscribePageUrl === undefined ? {} : { unsubscribePageUrl: personal.unsubscribePageUrl }),
});

function fillIn(drawn: string, personal: Personal, escape: (value: string) => string): string {
  let filled = drawn.split(SLOTS.name).join(escape(personal.name));
  if (personal.oneClickUrl) filled = filled.split(SLOTS.oneClickUrl).join(escape(personal.oneClickUrl));
  if (personal.unsubscribePageUrl)
    filled = filled.split(SLOTS.unsubscribePageUrl).join(escape(personal.unsubscribePageUrl));
  return filled;
}

const fillsIn = (personal: Personal) =>
  personal.name.length <= MAX_NAME_LENGTH &&
  PLAIN_NAME.test(personal.name) &&
  Object.values(SLOTS).every((slot) => !Object.values(personal).some((value) => value?.includes(slot)));

export class MailDrafts {
  private readonly drafts = new Map<string, Draft | 'seen-once'>();

  constructor(private readonly draw: typeof renderNotification = renderNotification) {}

  async render(
    kind: NotificationKind,
    recipient: Recipient,
    data: NotificationData,
    context: MailContext,
    appUrl: string,
    links: MailLinks = {},
  ): Promise<RenderedMail> {
    const personal = personalOf(recipient, links);
    if (links.neverInvitePageUrl || !fillsIn(personal))
      return this.draw(kind, recipient, data, context, appUrl, links);
    // Everything drawn but the reader's own values; their URLs only by whether they are there.
    const key = JSON.stringify([kind, recipient.language, appUrl, data, context, linksWith(links, SLOTS)]);
    const known = this.drafts.get(key);
    if (known === undefined || known === 'draw-in-full')
      return this.drawInFull(key, known, kind, recipient, data, context, appUrl, links);
    if (known === 'seen-once') {
      this.remember(key, await this.draft(kind, recipient, data, context, appUrl, links));
      return this.render(kind, recipient, data, context, appUrl, links);
    }
    // The subject is a line of text, cheap to make anew; the drawn parts come from the draft.
    return {
      subject: subjectOf(mailOf(kind, recipient, data, context, appUrl)),
      html: fillIn(known.html, personal, escapeAsReact),
      text: fillIn(known.text, personal, (value) => value),
    };
  }

  private drawInFull(
    key: string,
    known: 'draw-in-full' | undefined,
    ...args: Parameters<typeof renderNotification>
  ): Promise<RenderedMail> {
    // A mail of its own (a link, a check-in code) is seen once: only a repeat is worth a draft.
    this.remember(key, known ?? 'seen-once');
    return this.draw(...args);
  }

  /** Draws the draft, and a probe reader in full; the draft is used only if filling it in gives the probe's mail. */
  private async draft(
    kind: NotificationKind,
    recipient: Recipient,
    data: NotificationData,
    context: MailContext,
    appUrl: string,
    links: MailLinks,
  ): Promise<Draft> {
    const as = (personal: Required<Personal>) =>
      this.draw(
        kind,
        { ...recipient, displayName: personal.name },
        data,
        context,
        appUrl,
        linksWith(links, personal),
      );
    const [slotted, probe] = await Promise.all([as(SLOTS), as(PROBE)]);
    const probeValues = personalOf({ ...recipient, displayName: PROBE.name }, linksWith(links, PROBE));
    const agree =
      fillIn(slotted.html, probeValues, escapeAsReact) === probe.html &&
      fillIn(slotted.text, probeValues, (value) => value) === probe.text;
    return agree ? { html: slotted.html, text: slotted.text } : 'draw-in-full';
  }

  private remember(key: string, draft: Draft | 'seen-once'): void {
    this.drafts.delete(key);
    this.drafts.set(key, draft);
    if (this.drafts.size > REMEMBERED) this.drafts.delete(this.drafts.keys().next().value!);
  }
}

/** One per process: a draft depends only on what it was drawn from, so no process need hear of another's. */
export const mailDrafts = new MailDrafts();
