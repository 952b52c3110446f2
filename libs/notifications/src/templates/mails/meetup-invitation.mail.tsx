// An invitation to a meetup, to a member or to an address: who invites, their message, the meetup, and both answers.
import type { InvitationFacts, MeetupFacts } from '../../delivery/mail-context.js';
import { ButtonRow, MailButton } from '../components/mail-button.js';
import { MeetupBlock } from '../components/meetup-block.js';
import { Greeting, MailHeading, Paragraph, Quote } from '../components/typography.js';
import { deadline } from '../mail-formats.js';
import type { MailLanguage, MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface MeetupInvitationInput {
  name: string;
  meetup: MeetupFacts;
  invitation: InvitationFacts;
  language: MailLanguage;
}

export function meetupInvitationMail(input: MeetupInvitationInput, t: MailT): Mail {
  const { name, meetup, invitation, language } = input;
  const inviter = invitation.inviterName;
  const until = deadline(invitation.expiresAt, language, meetup.timeZone);
  return {
    subject: t('meetupInvitation.subject', { inviter, title: meetup.title }),
    preview: t('meetupInvitation.preview', { inviter }),
    body: (
      <>
        <MailHeading>{t('meetupInvitation.heading', { inviter })}</MailHeading>
        <Greeting name={name} />
        <Paragraph>{t('meetupInvitation.invites', { inviter })}</Paragraph>
        {invitation.personalMessage && <Quote>{invitation.personalMessage}</Quote>}
        <MeetupBlock meetup={meetup} />
        <ButtonRow>
          <MailButton href={invitation.acceptUrl}>{t('meetupInvitation.accept')}</MailButton>
          <MailButton href={invitation.declineUrl} secondary>
            {t('meetupInvitation.decline')}
          </MailButton>
        </ButtonRow>
        <Paragraph muted>{t('meetupInvitation.validUntil', { until })}</Paragraph>
      </>
    ),
  };
}
