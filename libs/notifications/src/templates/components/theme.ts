// The mails' look: the web app's palette (apps/web/src/styles.css), system fonts, and the dark-mode overrides
// for clients that honour `prefers-color-scheme`. Inline styles carry the light look, which every client shows;
// the classes only let the style sheet below override them.
import type { CSSProperties } from 'react';

export const COLOURS = {
  ink: '#1b1f24',
  muted: '#4a5260',
  wash: '#f3f5f8',
  paper: '#ffffff',
  line: '#d8dde4',
  accent: '#0b4f8a',
  accentWash: '#e8f0f8',
  accentInk: '#ffffff',
  mutual: '#14633a',
  mutualWash: '#e3f3e9',
  cancelled: '#a4161a',
  cancelledWash: '#fbe9ea',
} as const;

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** What a style sheet may change: classes named once here, used by the components. */
export const CLASSES = {
  page: 'nl-page',
  card: 'nl-card',
  text: 'nl-text',
  rule: 'nl-rule',
  muted: 'nl-muted',
  link: 'nl-link',
  button: 'nl-button',
  secondaryButton: 'nl-button-secondary',
  box: 'nl-box',
  tile: 'nl-tile',
  chip: 'nl-chip',
  mutualChip: 'nl-chip-mutual',
  cancelledChip: 'nl-chip-cancelled',
} as const;

/**
 * Dark mode where a client lets the mail choose (Apple Mail, iOS, Outlook for Mac, Thunderbird); clients that
 * invert colours themselves (Gmail's apps) get a light mail with enough contrast to invert well. And a narrower
 * card margin on phones.
 */
export const STYLE_SHEET = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .${CLASSES.page}, .${CLASSES.page} > table > tbody > tr > td { background-color: #0f1216 !important; }
  .${CLASSES.card} { background-color: #1b1f24 !important; border-color: #2e3540 !important; }
  .${CLASSES.text} { color: #e9edf2 !important; }
  .${CLASSES.muted} { color: #aab3bf !important; }
  .${CLASSES.link} { color: #8cc4ff !important; }
  .${CLASSES.button} { background-color: #8cc4ff !important; border-color: #8cc4ff !important; color: #0b1a2b !important; }
  .${CLASSES.secondaryButton} { background-color: transparent !important; color: #8cc4ff !important; border-color: #8cc4ff !important; }
  .${CLASSES.rule} { border-color: #2e3540 !important; }
  .${CLASSES.box} { background-color: #242a32 !important; border-color: #2e3540 !important; }
  .${CLASSES.tile} { background-color: #0f1216 !important; border-color: #2e3540 !important; }
  .${CLASSES.chip} { background-color: #2e3540 !important; color: #e9edf2 !important; }
  .${CLASSES.mutualChip} { background-color: #17382a !important; color: #9fe0b9 !important; }
  .${CLASSES.cancelledChip} { background-color: #4a1517 !important; color: #ffb3b5 !important; }
}
@media only screen and (max-width: 480px) {
  .${CLASSES.card} { padding: 24px 20px 16px !important; }
  .${CLASSES.box} { padding: 16px !important; }
  .${CLASSES.button}, .${CLASSES.secondaryButton} { display: block !important; margin-right: 0 !important; }
}
`;

export const text: CSSProperties = {
  fontFamily: FONT,
  fontSize: '16px',
  lineHeight: '24px',
  color: COLOURS.ink,
  margin: '0 0 16px',
  // A name or title of 200 letters without a space wraps instead of widening the mail past a phone's screen.
  overflowWrap: 'anywhere',
  wordBreak: 'break-word',
};

export const mutedText: CSSProperties = {
  ...text,
  fontSize: '14px',
  lineHeight: '20px',
  color: COLOURS.muted,
};
