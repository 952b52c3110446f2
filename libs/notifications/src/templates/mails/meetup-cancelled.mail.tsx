// The meetup will not take place, with the hosts' message if they wrote one. No calendar link: nothing to add.
import type { MeetupFacts } from '../../delivery/mail-context.js';
import { MeetupBlock, MeetupButtons } from '../components/meetup-block.js';
import { Greeting, MailHeading, Paragraph, Quote } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface MeetupCancelledInput {
  name: string;
  meetup: MeetupFacts;
  message?: string;
}

export function meetupCancelledMail({ name, meetup, message }: MeetupCancelledInput, t: MailT): Mail {
  return {
    subject: t('meetupCancelled.subject', { title: meetup.title }),
    preview: t('meetupCancelled.preview'),
    body: (
      <>
        <MailHeading>{t('meetupCancelled.heading')}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('meetupCancelled.lead')}</Paragraph>
        {message && <Quote label={t('meetupCancelled.message')}>{message}</Quote>}
        <MeetupBlock meetup={meetup} cancelled />
        <MeetupButtons meetup={meetup} calendar={false} />
      </>
    ),
  };
}
