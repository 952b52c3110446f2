// The reader's RSVP took a seat.
import type { MeetupFacts } from '../../delivery/mail-context.js';
import { MeetupBlock, MeetupButtons } from '../components/meetup-block.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

export function rsvpConfirmedMail({ name, meetup }: { name: string; meetup: MeetupFacts }, t: MailT): Mail {
  return {
    subject: t('rsvpConfirmed.subject', { title: meetup.title }),
    preview: t('rsvpConfirmed.preview'),
    body: (
      <>
        <MailHeading>{t('rsvpConfirmed.heading')}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('rsvpConfirmed.lead')}</Paragraph>
        <MeetupBlock meetup={meetup} />
        <MeetupButtons meetup={meetup} />
      </>
    ),
  };
}
