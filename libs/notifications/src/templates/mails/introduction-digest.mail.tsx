// Before a meetup: the people going whom the reader already knows online (each told about once, by told_about).
import type { IntroducedPerson, MeetupFacts } from '../../delivery/mail-context.js';
import { MeetupBlock, MeetupButtons } from '../components/meetup-block.js';
import { People, PersonRow } from '../components/person-row.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface IntroductionDigestInput {
  name: string;
  meetup: MeetupFacts;
  people: IntroducedPerson[];
}

export function introductionDigestMail({ name, meetup, people }: IntroductionDigestInput, t: MailT): Mail {
  return {
    subject: t('introductionDigest.subject', { title: meetup.title }),
    preview: t('introductionDigest.preview'),
    body: (
      <>
        <MailHeading>{t('introductionDigest.heading')}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('introductionDigest.intro')}</Paragraph>
        <People>
          {people.map((person) => (
            <PersonRow key={person.handle} person={person} />
          ))}
        </People>
        <MeetupBlock meetup={meetup} />
        <MeetupButtons meetup={meetup} />
      </>
    ),
  };
}
