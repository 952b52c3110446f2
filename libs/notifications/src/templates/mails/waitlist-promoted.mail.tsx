// A seat opened up and went to the reader, first on the waitlist.
import type { MeetupFacts } from '../../delivery/mail-context.js';
import { MeetupBlock, MeetupButtons } from '../components/meetup-block.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

export function waitlistPromotedMail(
  { name, meetup }: { name: string; meetup: MeetupFacts },
  t: MailT,
): Mail {
  return {
    subject: t('waitlistPromoted.subject', { title: meetup.title }),
    preview: t('waitlistPromoted.preview'),
    body: (
      <>
        <MailHeading>{t('waitlistPromoted.heading')}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('waitlistPromoted.lead')}</Paragraph>
        <MeetupBlock meetup={meetup} />
        <MeetupButtons meetup={meetup} />
      </>
    ),
  };
}
