// A going member who cannot come offers the reader, waitlisted, their seat: take it in time, or it goes on.
import type { MeetupFacts, SeatOfferFacts } from '../../delivery/mail-context.js';
import { ButtonRow, MailButton } from '../components/mail-button.js';
import { MeetupBlock } from '../components/meetup-block.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import { deadline } from '../mail-formats.js';
import type { MailLanguage, MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface SeatOfferedInput {
  name: string;
  meetup: MeetupFacts;
  offer: SeatOfferFacts;
  language: MailLanguage;
}

export function seatOfferedMail({ name, meetup, offer, language }: SeatOfferedInput, t: MailT): Mail {
  const giver = offer.giverName;
  const until = deadline(offer.expiresAt, language, meetup.timeZone);
  return {
    subject: t('seatOffered.subject', { giver, title: meetup.title }),
    preview: t('seatOffered.preview', { giver }),
    body: (
      <>
        <MailHeading>{t('seatOffered.heading', { giver })}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('seatOffered.lead', { giver })}</Paragraph>
        <MeetupBlock meetup={meetup} />
        <ButtonRow>
          <MailButton href={offer.answerUrl}>{t('seatOffered.take')}</MailButton>
          <MailButton href={offer.answerUrl} secondary>
            {t('seatOffered.decline')}
          </MailButton>
        </ButtonRow>
        <Paragraph muted>{t('seatOffered.validUntil', { until })}</Paragraph>
      </>
    ),
  };
}
