// Someone the reader knows online is coming to their city and offers to meet for a coffee.
import type { CoffeeOfferFacts } from '../../delivery/mail-context.js';
import { ButtonRow, MailButton } from '../components/mail-button.js';
import { Greeting, MailHeading, Paragraph, Quote } from '../components/typography.js';
import { calendarDate } from '../mail-formats.js';
import type { MailLanguage, MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface CoffeeOfferInput {
  name: string;
  offer: CoffeeOfferFacts;
  language: MailLanguage;
}

/** "am Montag, 7. Dezember 2026" or "vom … bis …". */
function datesOf(offer: CoffeeOfferFacts, language: MailLanguage, t: MailT): string {
  const from = calendarDate(offer.startsOn, language);
  if (offer.startsOn === offer.endsOn) return t('coffeeOffer.oneDay', { day: from });
  return t('coffeeOffer.days', { from, to: calendarDate(offer.endsOn, language) });
}

export function coffeeOfferMail({ name, offer, language }: CoffeeOfferInput, t: MailT): Mail {
  const traveller = offer.travellerName;
  const dates = datesOf(offer, language, t);
  return {
    subject: t('coffeeOffer.subject', { traveller, city: offer.city }),
    preview: t('coffeeOffer.preview', { traveller }),
    body: (
      <>
        <MailHeading>{t('coffeeOffer.heading', { traveller })}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('coffeeOffer.visits', { traveller, city: offer.city, dates })}</Paragraph>
        {offer.note && <Quote>{offer.note}</Quote>}
        <ButtonRow>
          <MailButton href={offer.tripUrl}>{t('coffeeOffer.imIn')}</MailButton>
        </ButtonRow>
      </>
    ),
  };
}
