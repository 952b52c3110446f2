// The morning after a meetup: everyone the reader met in person (both confirmed), with their handles to follow back.
import type { IntroducedPerson, MeetupFacts } from '../../delivery/mail-context.js';
import { ButtonRow, MailButton } from '../components/mail-button.js';
import { People, PersonRow } from '../components/person-row.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface MetInPersonInput {
  name: string;
  meetup: MeetupFacts;
  people: IntroducedPerson[];
  followAllUrl: string;
}

export function metInPersonMail({ name, meetup, people, followAllUrl }: MetInPersonInput, t: MailT): Mail {
  return {
    subject: t('metInPerson.subject', { title: meetup.title }),
    preview: t('metInPerson.preview'),
    body: (
      <>
        <MailHeading>{t('metInPerson.heading')}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('metInPerson.intro', { title: meetup.title })}</Paragraph>
        <People>
          {people.map((person) => (
            <PersonRow key={person.handle} person={person} how={t('metInPerson.how')} />
          ))}
        </People>
        <ButtonRow>
          <MailButton href={followAllUrl}>{t('metInPerson.followAll')}</MailButton>
        </ButtonRow>
      </>
    ),
  };
}
