// A link that looks like a button (the mail's next step), and a row of them. In the text part: "Label: URL".
import { Button } from '@react-email/button';
import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import type { ReactNode } from 'react';
import { TEXT_BLOCK, useMailFrame } from './mail-frame.js';
import { CLASSES, COLOURS, FONT, mutedText } from './theme.js';

interface MailButtonProps {
  href: string;
  children: string;
  /** The quieter one beside the main step (decline, add to calendar). */
  secondary?: boolean;
}

export function MailButton({ href, children, secondary = false }: MailButtonProps) {
  const { medium } = useMailFrame();
  if (medium === 'text') return <div>{`${children}: ${href}`}</div>;
  return (
    <Button
      href={href}
      className={secondary ? CLASSES.secondaryButton : CLASSES.button}
      style={{
        fontFamily: FONT,
        fontSize: '16px',
        lineHeight: '24px',
        fontWeight: 600,
        textDecoration: 'none',
        textAlign: 'center',
        borderRadius: '8px',
        padding: '12px 22px',
        margin: '0 8px 8px 0',
        border: `2px solid ${COLOURS.accent}`,
        backgroundColor: secondary ? COLOURS.paper : COLOURS.accent,
        color: secondary ? COLOURS.accent : COLOURS.accentInk,
      }}
    >
      {children}
    </Button>
  );
}

/** The buttons of one step, side by side where there is room and below each other on a phone. */
export function ButtonRow({ children }: { children: ReactNode }) {
  const { medium } = useMailFrame();
  if (medium === 'text') return <div className={TEXT_BLOCK}>{children}</div>;
  return <Section style={{ margin: '8px 0 12px' }}>{children}</Section>;
}

/** Under a button whose link carries a token: the link itself, for clients that break buttons. HTML only. */
export function LinkFallback({ href }: { href: string }) {
  const { medium, t } = useMailFrame();
  if (medium === 'text') return null;
  return (
    <Section style={{ margin: '0 0 16px' }}>
      <Link
        href={href}
        className={CLASSES.muted}
        style={{ ...mutedText, fontSize: '13px', margin: 0, display: 'block', color: COLOURS.muted }}
      >
        <span>{t('linkFallback')}</span>
        <br />
        <span className={CLASSES.link} style={{ color: COLOURS.accent, textDecoration: 'underline' }}>
          {href}
        </span>
      </Link>
    </Section>
  );
}
