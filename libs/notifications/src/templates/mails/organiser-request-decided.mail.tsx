// Tells a member how admins decided on their request to organise meetups; approved, the role counts at once.
import { ButtonRow, MailButton } from '../components/mail-button.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface OrganiserRequestDecidedInput {
  name: string;
  approved: boolean;
  appUrl: string;
}

export function organiserRequestDecidedMail(input: OrganiserRequestDecidedInput, t: MailT): Mail {
  const key = input.approved ? 'approved' : 'declined';
  return {
    subject: t(`organiserRequest.${key}.subject`),
    preview: t(`organiserRequest.${key}.preview`),
    body: (
      <>
        <MailHeading>{t(`organiserRequest.${key}.heading`)}</MailHeading>
        <Greeting name={input.name} />
        <Paragraph>{t(`organiserRequest.${key}.body`)}</Paragraph>
        <ButtonRow>
          {input.approved ? (
            <MailButton href={`${input.appUrl}/meetups/new`}>
              {t('organiserRequest.approved.create')}
            </MailButton>
          ) : (
            <MailButton href={`${input.appUrl}/`}>{t('organiserRequest.declined.browse')}</MailButton>
          )}
        </ButtonRow>
      </>
    ),
  };
}
