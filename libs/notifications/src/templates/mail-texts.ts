// The mails' texts in German and English: the catalogues in locales/, which the web app loads too (its `mail`
// namespace), so a sentence a mail and a page share is written once.
import i18next, { type i18n, type TFunction } from 'i18next';
import de from '../../../../locales/de/mail.json' with { type: 'json' };
import en from '../../../../locales/en/mail.json' with { type: 'json' };

export const MAIL_LANGUAGES = ['de', 'en'] as const;
/** The languages Neuland writes mails in. */
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

declare module 'i18next' {
  interface ResourceNamespaceMap {
    mail: typeof en;
  }
}

export const MAIL_CATALOGUES = { de, en } as const;

export type MailT = TFunction<'mail'>;

function instanceFor(language: MailLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    // A key missing in one language shows up as the key itself, and the catalogue test names it.
    fallbackLng: false,
    ns: ['mail'],
    defaultNS: 'mail',
    resources: { de: { mail: de }, en: { mail: en } },
    // React escapes every value in HTML; subjects are headers, which nodemailer encodes.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

const TEXTS: Record<MailLanguage, MailT> = {
  de: instanceFor('de').getFixedT('de', 'mail'),
  en: instanceFor('en').getFixedT('en', 'mail'),
};

export const mailTexts = (language: MailLanguage): MailT => TEXTS[language];
