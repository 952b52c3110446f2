// What every part of a mail may ask while it is drawn: the reader's language and texts, the app's address, why
// the reader gets the mail and the ways out of it, and whether it is drawn as HTML or as the plain-text part.
import { createContext, type ReactNode, useContext } from 'react';
import type { NotificationCategory } from '../../notification-kinds.js';
import type { MailLanguage, MailT } from '../mail-texts.js';

/** A mail's ways out (see NotificationSender): the header's one-click URL and the page its body links to. */
export interface MailLinks {
  oneClickUrl?: string;
  /** A member's: turns the mail's category off. */
  unsubscribePageUrl?: string;
  /** An address's (someone not on Neuland): never invite me to Neuland again. */
  neverInvitePageUrl?: string;
  /** A circle's announcement: the circle's page, where its member changes how they hear of its meetups. */
  circle?: { name: string; pageUrl: string };
}

/**
 * Each mail is drawn twice from one tree: as HTML, and as plain HTML that becomes the text part. The shared
 * components choose their form; a mail's own file does not need to know.
 */
export type MailMedium = 'html' | 'text';

export interface MailFrame {
  language: MailLanguage;
  t: MailT;
  appUrl: string;
  medium: MailMedium;
  /** The preference that lets the reader turn this mail off; null for account mails, which always come. */
  category: NotificationCategory | null;
  links: MailLinks;
}

const MailFrameContext = createContext<MailFrame | null>(null);

export function MailFrameProvider({ frame, children }: { frame: MailFrame; children: ReactNode }) {
  return <MailFrameContext.Provider value={frame}>{children}</MailFrameContext.Provider>;
}

export function useMailFrame(): MailFrame {
  const frame = useContext(MailFrameContext);
  if (!frame) throw new Error('a mail component was drawn outside renderMail');
  return frame;
}

/** In the text part: a block of lines with a blank line before and after (see TEXT_PART_OPTIONS). */
export const TEXT_BLOCK = 'text-block';
