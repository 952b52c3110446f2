// Told to a member whose report an admin resolved: whether action was taken, never what or against whom.
import { ButtonRow, MailButton } from '../components/mail-button.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import type { MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface ReportResolvedInput {
  name: string;
  appUrl: string;
  subjectKind: string;
  actionTaken: boolean;
}

export function reportResolvedMail(input: ReportResolvedInput, t: MailT): Mail {
  const subject = t(`reportResolved.subjects.${input.subjectKind}`, {
    defaultValue: t('reportResolved.subjects.other'),
  });
  return {
    subject: t('reportResolved.subject'),
    preview: t('reportResolved.preview'),
    body: (
      <>
        <MailHeading>{t('reportResolved.heading')}</MailHeading>
        <Greeting name={input.name} />
        <Paragraph>{t('reportResolved.thanks', { subject })}</Paragraph>
        <Paragraph>
          {t(input.actionTaken ? 'reportResolved.actionTaken' : 'reportResolved.noAction')}
        </Paragraph>
        <Paragraph muted>{t('reportResolved.noDetails')}</Paragraph>
        <ButtonRow>
          <MailButton href={`${input.appUrl}/reports`}>{t('reportResolved.myReports')}</MailButton>
        </ButtonRow>
      </>
    ),
  };
}
