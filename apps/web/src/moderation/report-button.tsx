// "Report…" on a profile, a meetup or an invitation: a small form with the reason, then a thank-you.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../api/error-text';
import { FormAlert } from '../forms/form-alert';
import { TextAreaField } from '../ui/form-field';
import { type ReportSubject, useFileReport } from './moderation-api';

export function ReportButton({ subject, subjectId }: { subject: ReportSubject; subjectId: string }) {
  const { t } = useTranslation();
  const file = useFileReport(subject, subjectId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');

  if (file.isSuccess) {
    return (
      <p role="status" className="notice">
        {t('moderation.sent')} <Link to="/reports">{t('moderation.myReportsLink')}</Link>
      </p>
    );
  }
  if (!open) {
    return (
      <p>
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t('moderation.report')}
        </button>
      </p>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    file.mutate(reason);
  };
  return (
    <form className="notice" aria-labelledby="report-title" onSubmit={onSubmit}>
      <h2 id="report-title">{t('moderation.reportTitle')}</h2>
      <p>{t('moderation.reportIntro')}</p>
      <FormAlert message={errorText(file.error, t)} />
      <TextAreaField
        label={t('moderation.reason')}
        hint={t('moderation.reasonHint')}
        name="reason"
        required
        maxLength={1000}
        rows={4}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={file.isPending || !reason.trim()}>
          {t('moderation.send')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t('moderation.cancel')}
        </button>
      </p>
    </form>
  );
}
