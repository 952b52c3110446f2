// The mails' look: the web app's design tokens (apps/web/src/styles.css, docs/design.md), system fonts, and the dark-mode overrides
// for clients that honour `prefers-color-scheme`. Inline styles carry the light look, which every client shows;
// the classes only let the style sheet below override them.
import type { CSSProperties } from 'react';

export const COLOURS = {
  ink: '#1b1a2b',
  muted: '#545569',
  wash: '#f7f7fb',
  paper: '#ffffff',
  line: '#dedfea',
  accent: '#5a45e0',
  accentWash: '#f1f0ff',
  accentInk: '#ffffff',
  mutual: '#166534',
  mutualWash: '#e4f5e9',
  cancelled: '#a3201a',
  cancelledWash: '#fdeceb',
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
  .${CLASSES.page}, .${CLASSES.page} > table > tbody > tr > td { background-color: #121219 !important; }
  .${CLASSES.card} { background-color: #1b1b26 !important; border-color: #33344a !important; }
  .${CLASSES.text} { color: #ececf4 !important; }
  .${CLASSES.muted} { color: #a9aabd !important; }
  .${CLASSES.link} { color: #aaa3ff !important; }
  .${CLASSES.button} { background-color: #aaa3ff !important; border-color: #aaa3ff !important; color: #14102e !important; }
  .${CLASSES.secondaryButton} { background-color: transparent !important; color: #aaa3ff !important; border-color: #aaa3ff !important; }
  .${CLASSES.rule} { border-color: #33344a !important; }
  .${CLASSES.box} { background-color: #252533 !important; border-color: #33344a !important; }
  .${CLASSES.tile} { background-color: #121219 !important; border-color: #33344a !important; }
  .${CLASSES.chip} { background-color: #33344a !important; color: #ececf4 !important; }
  .${CLASSES.mutualChip} { background-color: #15301f !important; color: #7ddc98 !important; }
  .${CLASSES.cancelledChip} { background-color: #3b1d1c !important; color: #ff9d94 !important; }
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
