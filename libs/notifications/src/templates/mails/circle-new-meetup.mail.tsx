// A circle the reader belongs to has a new meetup (or, folded into the day's one mail, several).
import type { CircleFacts, MeetupFacts } from '../../delivery/mail-context.js';
import { MeetupBlock, MeetupButtons } from '../components/meetup-block.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface CircleMeetupsInput {
  name: string;
  circle: CircleFacts;
  meetups: MeetupFacts[];
}

export function circleNewMeetupMail({ name, circle, meetups }: CircleMeetupsInput, t: MailT): Mail {
  const [first] = meetups;
  return {
    subject: t('circleNewMeetup.subject', { circle: circle.name, title: first.title }),
    preview: t('circleNewMeetup.preview', { circle: circle.name }),
    body: (
      <>
        <MailHeading>{t('circleNewMeetup.heading', { circle: circle.name })}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('circleNewMeetup.lead', { circle: circle.name, count: meetups.length })}</Paragraph>
        {meetups.map((meetup) => (
          <div key={meetup.id}>
            <MeetupBlock meetup={meetup} />
            <MeetupButtons meetup={meetup} />
          </div>
        ))}
      </>
    ),
  };
}

/** The week's new meetups of one circle, in one mail. */
export function circleWeeklyDigestMail({ name, circle, meetups }: CircleMeetupsInput, t: MailT): Mail {
  return {
    subject: t('circleWeeklyDigest.subject', { circle: circle.name, count: meetups.length }),
    preview: t('circleWeeklyDigest.preview', { circle: circle.name }),
    body: (
      <>
        <MailHeading>{t('circleWeeklyDigest.heading', { circle: circle.name })}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('circleWeeklyDigest.lead', { circle: circle.name, count: meetups.length })}</Paragraph>
        {meetups.map((meetup) => (
          <div key={meetup.id}>
            <MeetupBlock meetup={meetup} />
            <MeetupButtons meetup={meetup} />
          </div>
        ))}
      </>
    ),
  };
}
