// The frame of every mail: the name on top, the card with the mail's own content, and below it why the reader
// gets the mail, the way out of it where there is one, and the imprint and privacy links every mail carries.
import { Body } from '@react-email/body';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
import { Link } from '@react-email/link';
import { Preview } from '@react-email/preview';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { ReactNode } from 'react';
import { type MailFrame, TEXT_BLOCK, useMailFrame } from './mail-frame.js';
import { CLASSES, COLOURS, FONT, mutedText, STYLE_SHEET } from './theme.js';

interface MailLayoutProps {
  title: string;
  /** The line a mail client shows beside the subject in the inbox. */
  preview: string;
  children: ReactNode;
}

export function MailLayout({ title, preview, children }: MailLayoutProps) {
  const { medium, language, appUrl } = useMailFrame();
  if (medium === 'text') {
    return (
      <>
        {children}
        <Footer />
      </>
    );
  }
  return (
    <Html lang={language}>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{title}</title>
        <style>{STYLE_SHEET}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body className={CLASSES.page} style={{ backgroundColor: COLOURS.wash, margin: 0, padding: 0 }}>
        <Container style={{ maxWidth: '600px', padding: '24px 12px 32px' }}>
          <Text style={{ margin: '0 0 16px 4px' }}>
            <Link
              href={appUrl}
              className={CLASSES.link}
              style={{
                fontFamily: FONT,
                fontSize: '22px',
                lineHeight: '28px',
                fontWeight: 800,
                letterSpacing: '-0.02em',
                color: COLOURS.accent,
              }}
            >
              Neuland
            </Link>
          </Text>
          <Section
            className={CLASSES.card}
            style={{
              backgroundColor: COLOURS.paper,
              border: `1px solid ${COLOURS.line}`,
              borderRadius: '12px',
              padding: '32px 32px 24px',
            }}
          >
            {children}
          </Section>
          <Footer />
        </Container>
      </Body>
    </Html>
  );
}

/** Why the reader gets the mail and how to stop it; none for account mails, which always come. */
function wayOutOf({
  t,
  category,
  links,
}: MailFrame): { why: string; label: string; href: string } | undefined {
  if (links.neverInvitePageUrl)
    return { why: t('footer.invitedAddress'), label: t('neverInvite.title'), href: links.neverInvitePageUrl };
  if (links.circle)
    return {
      why: t('circleFooter.because', { circle: links.circle.name }),
      label: t('circleFooter.unsubscribe'),
      href: links.circle.pageUrl,
    };
  if (category && links.unsubscribePageUrl)
    return {
      why: t('footer.because', { what: t(`category.${category}.name`) }),
      label: t(`footer.unsubscribe.${category}`),
      href: links.unsubscribePageUrl,
    };
  return undefined;
}

function Footer() {
  const frame = useMailFrame();
  const { medium, t, appUrl } = frame;
  const wayOut = wayOutOf(frame);
  const legal = [
    { label: t('footer.imprint'), href: `${appUrl}/imprint` },
    { label: t('footer.privacy'), href: `${appUrl}/privacy` },
  ];

  if (medium === 'text') {
    const legalLines = legal.map((link) => <div key={link.href}>{`${link.label}: ${link.href}`}</div>);
    return (
      <>
        <div className={TEXT_BLOCK}>
          <div>--</div>
          {wayOut ? <div>{wayOut.why}</div> : legalLines}
          {wayOut && <div>{`${wayOut.label}: ${wayOut.href}`}</div>}
        </div>
        {wayOut && <div className={TEXT_BLOCK}>{legalLines}</div>}
      </>
    );
  }
  const small = { ...mutedText, fontSize: '13px', lineHeight: '20px', margin: '0 0 8px' };
  const link = { color: COLOURS.muted, textDecoration: 'underline' };
  return (
    <Section style={{ padding: '20px 4px 0' }}>
      {wayOut && (
        <>
          <Text className={CLASSES.muted} style={small}>
            {wayOut.why}
          </Text>
          <Text className={CLASSES.muted} style={small}>
            <Link href={wayOut.href} className={CLASSES.muted} style={link}>
              {wayOut.label}
            </Link>
          </Text>
          <Hr className={CLASSES.rule} style={{ borderColor: COLOURS.line, margin: '12px 0' }} />
        </>
      )}
      <Text className={CLASSES.muted} style={small}>
        {legal.map((each, index) => (
          <span key={each.href}>
            {index > 0 && ' · '}
            <Link href={each.href} className={CLASSES.muted} style={link}>
              {each.label}
            </Link>
          </span>
        ))}
      </Text>
    </Section>
  );
}
