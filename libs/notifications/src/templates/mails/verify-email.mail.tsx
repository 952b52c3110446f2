// Sent at sign-up, to the new address of an e-mail change, and when someone asks for the link again.
import { ButtonRow, LinkFallback, MailButton } from '../components/mail-button.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

export function verifyEmailMail({ name, verifyUrl }: { name: string; verifyUrl: string }, t: MailT): Mail {
  return {
    subject: t('verifyEmail.subject'),
    preview: t('verifyEmail.preview'),
    body: (
      <>
        <MailHeading>{t('verifyEmail.heading')}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('verifyEmail.body')}</Paragraph>
        <ButtonRow>
          <MailButton href={verifyUrl}>{t('verifyEmail.confirm')}</MailButton>
        </ButtonRow>
        <LinkFallback href={verifyUrl} />
        <Paragraph muted>{t('verifyEmail.notYou')}</Paragraph>
      </>
    ),
  };
}
