// To the owner of an address someone tried to sign up with (or to move another account to): the answer to that
// person said nothing about who is registered, so the owner hears of it here, and how to get in if it was them.
import { ButtonRow, MailButton } from '../components/mail-button.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

export function addressInUseMail({ name, appUrl }: { name: string; appUrl: string }, t: MailT): Mail {
  return {
    subject: t('addressInUse.subject'),
    preview: t('addressInUse.preview'),
    body: (
      <>
        <MailHeading>{t('addressInUse.heading')}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('addressInUse.what')}</Paragraph>
        <Paragraph>{t('addressInUse.ifYou')}</Paragraph>
        <ButtonRow>
          <MailButton href={`${appUrl}/login`}>{t('addressInUse.logIn')}</MailButton>
        </ButtonRow>
        <Paragraph>{t('addressInUse.forgot')}</Paragraph>
        <ButtonRow>
          <MailButton href={`${appUrl}/password-reset`} secondary>
            {t('addressInUse.reset')}
          </MailButton>
        </ButtonRow>
        <Paragraph muted>{t('addressInUse.notYou')}</Paragraph>
      </>
    ),
  };
}
