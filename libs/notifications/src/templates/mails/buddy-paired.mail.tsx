// Before a meetup: the buddy the worker paired the reader with, to say hello to (or to be welcomed by).
import type { BuddyRole, IntroducedPerson, MeetupFacts } from '../../delivery/mail-context.js';
import { MeetupBlock, MeetupButtons } from '../components/meetup-block.js';
import { People, PersonRow } from '../components/person-row.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface BuddyPairedInput {
  name: string;
  meetup: MeetupFacts;
  buddy: IntroducedPerson;
  role: BuddyRole;
}

export function buddyPairedMail({ name, meetup, buddy, role }: BuddyPairedInput, t: MailT): Mail {
  const buddyName = buddy.displayName;
  return {
    subject: t('buddyPaired.subject', { buddy: buddyName, title: meetup.title }),
    preview: t(`buddyPaired.preview.${role}`, { buddy: buddyName }),
    body: (
      <>
        <MailHeading>{t('buddyPaired.heading')}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t(`buddyPaired.intro.${role}`, { buddy: buddyName })}</Paragraph>
        <People>
          <PersonRow person={buddy} how={t(`buddyPaired.how.${role}`)} />
        </People>
        <Paragraph muted>{t('buddyPaired.tip')}</Paragraph>
        <MeetupBlock meetup={meetup} />
        <MeetupButtons meetup={meetup} />
      </>
    ),
  };
}
