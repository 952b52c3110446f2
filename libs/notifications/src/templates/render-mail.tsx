// Draws a mail, its HTML and its plain-text part, from one component tree. React escapes every value: nothing in a
// mail is escaped by hand.
import { Writable } from 'node:stream';
import { type RenderedMail } from '@neuland/mail';
import { plainTextSelectors } from '@react-email/render';
import { compile } from 'html-to-text';
import { type ReactNode, Suspense } from 'react';
import ReactDOMServer from 'react-dom/server';
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

/**
 * The plain-text part: no wrapping (links stay whole), lists with "* ", after React Email's own rules (no images,
 * links without brackets). Compiled once: html-to-text's `convert` builds its selector tables anew on every call.
 */
const toPlainText = compile({
  wordwrap: false,
  selectors: [
    ...plainTextSelectors,
    {
      selector: `div.${TEXT_BLOCK}`,
      format: 'block',
      options: { leadingLineBreaks: 2, trailingLineBreaks: 2 },
    },
    { selector: 'ul', options: { itemPrefix: '* ' } },
  ],
});

/** What React Email's `render` puts before the document, which it draws without a doctype of its own. */
const XHTML_DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/**
 * Draws a tree as React Email's `render` does (React's streaming renderer, inside a Suspense boundary, all at
 * once), but without its cost per mail: it imports the renderer anew on every call and reads the result through a
 * web stream. (`renderToString` is no substitute: it leaves out the head's style sheet.)
 */
const draw = (node: ReactNode) =>
  new Promise<string>((resolve, reject) => {
    let markup = '';
    const collect = new Writable({
      decodeStrings: false,
      write(chunk: Buffer | string, _encoding, done) {
        markup += chunk.toString();
        done();
      },
    });
    collect.on('finish', () => resolve(markup));
    collect.on('error', reject);
    const stream = ReactDOMServer.renderToPipeableStream(<Suspense>{node}</Suspense>, {
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onAllReady: () => stream.pipe(collect),
      onShellError: reject,
      onError: reject,
    });
  });

/** Names and titles are typed by people: a subject stays one line whatever they contain. */
const oneLine = (value: string) =>
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

/** The subject as it is sent. */
export const subjectOf = (mail: Mail) => oneLine(mail.subject);

export async function renderMail(mail: Mail, setting: MailSetting): Promise<RenderedMail> {
  const subject = subjectOf(mail);
  const drawn = (medium: MailFrame['medium']) => (
    <MailFrameProvider frame={{ ...setting, t: mailTexts(setting.language), medium }}>
      <MailLayout title={subject} preview={mail.preview}>
        {mail.body}
      </MailLayout>
    </MailFrameProvider>
  );
  const [html, text] = await Promise.all([
    draw(drawn('html')).then((markup) => `${XHTML_DOCTYPE}${markup.replace(/<!DOCTYPE.*?>/, '')}`),
    draw(drawn('text')).then(toPlainText),
  ]);
  return { subject, html, text: `${text.trim()}\n` };
}
