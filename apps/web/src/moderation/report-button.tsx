// "Report…" on a profile, a meetup or an invitation: a small form with the reason, then a thank-you.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../api/error-text';
import { FormAlert } from '../forms/form-alert';
import { TextAreaField } from '../ui/form-field';
import { type ReportSubject, useFileReport } from './moderation-api';
import { Notice } from '../ui/notice';
import { Button } from '../ui/button';

export function ReportButton({ subject, subjectId }: { subject: ReportSubject; subjectId: string }) {
  const { t } = useTranslation();
  const file = useFileReport(subject, subjectId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');

  if (file.isSuccess) {
    return (
      <Notice tone="warning" role="status">
        {t('moderation.sent')} <Link to="/reports">{t('moderation.myReportsLink')}</Link>
      </Notice>
    );
  }
  if (!open) {
    return (
      <p>
        <Button type="button" variant="ghost" size="sm" onClick={() => setOpen(true)}>
          {t('moderation.report')}
        </Button>
      </p>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    file.mutate(reason);
  };
  return (
    <form
      className="my-4 rounded-card border border-line bg-surface-muted p-4"
      aria-labelledby="report-title"
      onSubmit={onSubmit}
    >
      <h2 id="report-title" className="mt-0">
        {t('moderation.reportTitle')}
      </h2>
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
      <p className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={file.isPending || !reason.trim()}>
          {t('moderation.send')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          {t('moderation.cancel')}
        </Button>
      </p>
    </form>
  );
}
