// After sign-up: what Neuland does for the new member, and the way in.
import { MailButton, ButtonRow } from '../components/mail-button.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

export function welcomeMail({ name, appUrl }: { name: string; appUrl: string }, t: MailT): Mail {
  return {
    subject: t('welcome.subject'),
    preview: t('welcome.preview'),
    body: (
      <>
        <MailHeading>{t('welcome.heading')}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('welcome.body')}</Paragraph>
        <ButtonRow>
          <MailButton href={appUrl}>{t('welcome.open')}</MailButton>
        </ButtonRow>
      </>
    ),
  };
}
