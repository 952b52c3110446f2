// The text of a mail: its heading, paragraphs, the greeting, and a quoted message from a person.
import { Heading } from '@react-email/heading';
import { Text } from '@react-email/text';
import type { ReactNode } from 'react';
import { useMailFrame } from './mail-frame.js';
import { CLASSES, COLOURS, FONT, mutedText, text } from './theme.js';

/** The mail's one big line. Left out of the text part, where the subject says it already. */
export function MailHeading({ children }: { children: string }) {
  const { medium } = useMailFrame();
  if (medium === 'text') return null;
  return (
    <Heading
      as="h1"
      className={CLASSES.text}
      style={{
        fontFamily: FONT,
        fontSize: '26px',
        lineHeight: '32px',
        fontWeight: 700,
        letterSpacing: '-0.01em',
        color: COLOURS.ink,
        margin: '0 0 20px',
        overflowWrap: 'anywhere',
      }}
    >
      {children}
    </Heading>
  );
}

export function Paragraph({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  const { medium } = useMailFrame();
  if (medium === 'text') return <p>{children}</p>;
  return (
    <Text className={muted ? CLASSES.muted : CLASSES.text} style={muted ? mutedText : text}>
      {children}
    </Text>
  );
}

/** "Hallo Ada," — or "Hallo," to an address whose owner has no name on Neuland. */
export function Greeting({ name }: { name: string }) {
  const { t } = useMailFrame();
  return <Paragraph>{name ? t('hello', { name }) : t('helloWithoutName')}</Paragraph>;
}

/** Lines a person wrote (an invitation's message, a trip's note, why a meetup was cancelled), as they wrote them. */
export function Quote({ children, label }: { children: string; label?: string }) {
  const { medium } = useMailFrame();
  const lines = children.split(/\r\n|\r|\n/);
  const withBreaks = lines.flatMap((line, index) => (index === 0 ? [line] : [<br key={index} />, line]));
  if (medium === 'text') {
    return (
      <>
        {label && <p>{label}</p>}
        <blockquote>
          <p>{withBreaks}</p>
        </blockquote>
      </>
    );
  }
  return (
    <>
      {label && <Paragraph muted>{label}</Paragraph>}
      <Text
        className={CLASSES.text}
        style={{
          ...text,
          fontSize: '17px',
          lineHeight: '26px',
          margin: '0 0 24px',
          padding: '4px 0 4px 16px',
          borderLeft: `4px solid ${COLOURS.accent}`,
        }}
      >
        {withBreaks}
      </Text>
    </>
  );
}
