// Draws a mail, its HTML and its plain-text part, from one component tree. React escapes every value: nothing in a
// mail is escaped by hand.
import { type RenderedMail } from '@neuland/mail';
import { render } from '@react-email/render';
import type { ReactNode } from 'react';
import type { NotificationCategory } from '../notification-kinds.js';
import { type MailFrame, MailFrameProvider, type MailLinks, TEXT_BLOCK } from './components/mail-frame.js';
import { MailLayout } from './components/mail-layout.js';
import { type MailLanguage, mailTexts } from './mail-texts.js';

/** A mail of one kind for one reader, before it is drawn: what its file in mails/ returns. */
export interface Mail {
  subject: string;
  /** The line a mail client shows beside the subject in the inbox. */
  preview: string;
  body: ReactNode;
}

/** What the frame of a mail needs to know about its reader. */
export interface MailSetting {
  language: MailLanguage;
  appUrl: string;
  category: NotificationCategory | null;
  links: MailLinks;
}

/** The plain-text part: no wrapping (links stay whole), lists with "* ". */
const TEXT_PART_OPTIONS = {
  wordwrap: false as const,
  selectors: [
    {
      selector: `div.${TEXT_BLOCK}`,
      format: 'block',
      options: { leadingLineBreaks: 2, trailingLineBreaks: 2 },
    },
    { selector: 'ul', options: { itemPrefix: '* ' } },
  ],
};

/** Names and titles are typed by people: a subject stays one line whatever they contain. */
const oneLine = (value: string) =>
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

export async function renderMail(mail: Mail, setting: MailSetting): Promise<RenderedMail> {
  const subject = oneLine(mail.subject);
  const drawn = (medium: MailFrame['medium']) => (
    <MailFrameProvider frame={{ ...setting, t: mailTexts(setting.language), medium }}>
      <MailLayout title={subject} preview={mail.preview}>
        {mail.body}
      </MailLayout>
    </MailFrameProvider>
  );
  const [html, text] = await Promise.all([
    render(drawn('html')),
    render(drawn('text'), { plainText: true, htmlToTextOptions: TEXT_PART_OPTIONS }),
  ]);
  return { subject, html, text: `${text.trim()}\n` };
}
