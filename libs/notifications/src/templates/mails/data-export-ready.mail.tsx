// The member's export is built: two download links, valid for a week.
import { ButtonRow, MailButton } from '../components/mail-button.js';
import { Greeting, MailHeading, Paragraph } from '../components/typography.js';
import { deadline } from '../mail-formats.js';
import type { MailLanguage, MailT } from '../mail-texts.js';
import type { Mail } from '../render-mail.js';

interface DataExportReadyInput {
  name: string;
  dataUrl: string;
  calendarUrl: string;
  expiresAt: Date;
  language: MailLanguage;
}

export function dataExportReadyMail(input: DataExportReadyInput, t: MailT): Mail {
  const until = deadline(input.expiresAt, input.language);
  return {
    subject: t('dataExportReady.subject'),
    preview: t('dataExportReady.preview'),
    body: (
      <>
        <MailHeading>{t('dataExportReady.heading')}</MailHeading>
        <Greeting name={input.name} />
        <Paragraph>{t('dataExportReady.body', { until })}</Paragraph>
        <ButtonRow>
          <MailButton href={input.dataUrl}>{t('dataExportReady.data')}</MailButton>
          <MailButton href={input.calendarUrl} secondary>
            {t('dataExportReady.calendar')}
          </MailButton>
        </ButtonRow>
      </>
    ),
  };
}
