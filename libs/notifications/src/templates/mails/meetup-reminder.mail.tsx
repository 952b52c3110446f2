// Shortly before a meetup the reader is going to: when and where, and the code that checks them in at the door.
import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { MeetupFacts } from '../../delivery/mail-context.js';
import { TEXT_BLOCK, useMailFrame } from '../components/mail-frame.js';
import { MeetupBlock, MeetupButtons, meetupPageUrl } from '../components/meetup-block.js';
import { CLASSES, COLOURS, mutedText, text } from '../components/theme.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface MeetupReminderInput {
  name: string;
  meetup: MeetupFacts;
  checkInCode?: string;
}

export function meetupReminderMail({ name, meetup, checkInCode }: MeetupReminderInput, t: MailT): Mail {
  return {
    subject: t('meetupReminder.subject', { title: meetup.title }),
    preview: t('meetupReminder.preview'),
    body: (
      <>
        <MailHeading>{t('meetupReminder.heading')}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('meetupReminder.lead')}</Paragraph>
        <MeetupBlock meetup={meetup} />
        {checkInCode && <CheckInCode meetup={meetup} code={checkInCode} />}
        <MeetupButtons meetup={meetup} />
      </>
    ),
  };
}

function CheckInCode({ meetup, code }: { meetup: MeetupFacts; code: string }) {
  const { medium, t, appUrl } = useMailFrame();
  const qrUrl = `${meetupPageUrl(appUrl, meetup)}/check-in-code`;
  if (medium === 'text') {
    return (
      <div className={TEXT_BLOCK}>
        <div>{`${t('meetup.checkIn')}: ${code}`}</div>
        <div>{`${t('meetup.checkInQr')}: ${qrUrl}`}</div>
      </div>
    );
  }
  return (
    <Section
      className={CLASSES.box}
      style={{
        border: `2px dashed ${COLOURS.line}`,
        borderRadius: '12px',
        padding: '16px 20px',
        margin: '0 0 24px',
        textAlign: 'center',
      }}
    >
      <Text className={CLASSES.muted} style={{ ...mutedText, margin: '0 0 4px' }}>
        {t('meetup.checkIn')}
      </Text>
      <Text
        className={CLASSES.text}
        style={{
          ...text,
          fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
          fontSize: '28px',
          lineHeight: '36px',
          fontWeight: 700,
          letterSpacing: '0.12em',
          margin: '0 0 4px',
        }}
      >
        {code}
      </Text>
      <Text className={CLASSES.muted} style={{ ...mutedText, margin: 0 }}>
        <Link href={qrUrl} className={CLASSES.link} style={{ color: COLOURS.accent }}>
          {t('meetup.checkInQr')}
        </Link>
      </Text>
    </Section>
  );
}
