// Told to a member whose unverified claim gave way to someone who proved the account is theirs.
import { ButtonRow, MailButton } from '../components/mail-button.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface SocialClaimDroppedInput {
  name: string;
  platform: string;
  handle: string;
  appUrl: string;
}

export function socialClaimDroppedMail(input: SocialClaimDroppedInput, t: MailT): Mail {
  const account = `${input.platform}: ${input.handle}`;
  return {
    subject: t('socialClaimDropped.subject'),
    preview: t('socialClaimDropped.preview'),
    body: (
      <>
        <MailHeading>{t('socialClaimDropped.heading')}</MailHeading>
        <Greeting name={input.name} />
        <Paragraph>{t('socialClaimDropped.body', { account })}</Paragraph>
        <Paragraph>{t('socialClaimDropped.ifYours')}</Paragraph>
        <ButtonRow>
          <MailButton href={`${input.appUrl}/settings/profile`}>{t('socialClaimDropped.profile')}</MailButton>
        </ButtonRow>
      </>
    ),
  };
}
