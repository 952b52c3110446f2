// The link that sets a new password; it works once, for an hour.
import { ButtonRow, LinkFallback, MailButton } from '../components/mail-button.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

export function passwordResetMail({ name, resetUrl }: { name: string; resetUrl: string }, t: MailT): Mail {
  return {
    subject: t('passwordReset.subject'),
    preview: t('passwordReset.preview'),
    body: (
      <>
        <MailHeading>{t('passwordReset.heading')}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('passwordReset.body')}</Paragraph>
        <ButtonRow>
          <MailButton href={resetUrl}>{t('passwordReset.reset')}</MailButton>
        </ButtonRow>
        <LinkFallback href={resetUrl} />
        <Paragraph muted>{t('passwordReset.notYou')}</Paragraph>
      </>
    ),
  };
}
