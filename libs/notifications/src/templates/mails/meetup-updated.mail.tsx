// The time or place of a meetup the reader is going to changed: how it looks now.
import type { MeetupFacts } from '../../delivery/mail-context.js';
import { MeetupBlock, MeetupButtons } from '../components/meetup-block.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

export function meetupUpdatedMail({ name, meetup }: { name: string; meetup: MeetupFacts }, t: MailT): Mail {
  return {
    subject: t('meetupUpdated.subject', { title: meetup.title }),
    preview: t('meetupUpdated.preview'),
    body: (
      <>
        <MailHeading>{t('meetupUpdated.heading')}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('meetupUpdated.lead')}</Paragraph>
        <MeetupBlock meetup={meetup} />
        <MeetupButtons meetup={meetup} />
      </>
    ),
  };
}
