// Both marked each other "I'd like to meet you": now each may know. A one-sided wish never causes a mail.
import type { IntroducedPerson, MeetupFacts } from '../../delivery/mail-context.js';
import { MeetupBlock, MeetupButtons } from '../components/meetup-block.js';
import { People, PersonRow } from '../components/person-row.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface MeetingWishMutualInput {
  name: string;
  meetup: MeetupFacts;
  person: IntroducedPerson;
}

export function meetingWishMutualMail({ name, meetup, person }: MeetingWishMutualInput, t: MailT): Mail {
  const other = person.displayName;
  return {
    subject: t('meetingWishMutual.subject', { other }),
    preview: t('meetingWishMutual.preview', { other, title: meetup.title }),
    body: (
      <>
        <MailHeading>{t('meetingWishMutual.heading')}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('meetingWishMutual.intro', { other, title: meetup.title })}</Paragraph>
        <People>
          <PersonRow person={person} how={t('meetingWishMutual.how')} />
        </People>
        <MeetupBlock meetup={meetup} />
        <MeetupButtons meetup={meetup} />
      </>
    ),
  };
}
