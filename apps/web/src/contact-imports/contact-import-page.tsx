// /settings/import — bring in the people I follow elsewhere from a network's export file, and my earlier imports.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, RateLimitedError } from '../api/api-error';
import { FormAlert } from '../forms/form-alert';
import { formattingLocale, retryTimeText } from '../i18n/i18n';
import { PageHeading } from '../ui/page-heading';
import {
  type ContactImport,
  useContactImports,
  useDeleteImport,
  useUploadContacts,
} from './contact-imports-api';
import { ImportSummary } from './import-summary';
import { EmptyState } from '../ui/empty-state';
import { Button } from '../ui/button';

const SOURCES = ['mastodon-csv', 'linkedin-csv', 'x-following-js', 'text-list'] as const;
type Source = (typeof SOURCES)[number];
const UPLOAD_ERRORS = [
  'IMPORT_TOO_LARGE',
  'IMPORT_TOO_MANY_ROWS',
  'UNRECOGNISED_IMPORT_FILE',
  'MALFORMED_IMPORT_FILE',
  'UPLOAD_REQUIRED',
  'EMAIL_NOT_VERIFIED',
];

function UploadForm({ onImported }: { onImported: (result: ContactImport) => void }) {
  const { t, i18n } = useTranslation();
  const upload = useUploadContacts();
  const [source, setSource] = useState<Source>('mastodon-csv');
  const [error, setError] = useState<string>();
  const [file, setFile] = useState<File>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    if (!file) {
      setError(t('contactImports.error_UPLOAD_REQUIRED'));
      return;
    }
    upload.mutate(file, {
      onSuccess: onImported,
      onError: (failure) => {
        if (failure instanceof RateLimitedError) {
          setError(
            t('contactImports.error_RATE_LIMITED', { time: retryTimeText(failure.retryAt, i18n.language) }),
          );
          return;
        }
        const code = failure instanceof ApiError ? failure.code : '';
        setError(UPLOAD_ERRORS.includes(code) ? t(`contactImports.error_${code}`) : t('form.failed'));
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset className="rounded-card border border-line px-4 py-2">
        <legend>{t('contactImports.source')}</legend>
        {SOURCES.map((choice) => (
          <label key={choice} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="source"
              value={choice}
              checked={source === choice}
              onChange={() => setSource(choice)}
            />{' '}
            {t(`contactImports.format_${choice}`)}
          </label>
        ))}
      </fieldset>
      <p className="m-0 text-sm text-ink-muted" id="import-how">
        {t(`contactImports.how_${source}`)}
      </p>
      <div className="mb-4 flex flex-col gap-1 [&>label]:font-semibold">
        <label htmlFor="import-file">{t('contactImports.file')}</label>
        <input
          id="import-file"
          onChange={(event) => setFile(event.target.files?.[0])}
          type="file"
          name="file"
          accept=".csv,.js,.txt,text/csv,text/plain,application/javascript"
          aria-describedby={error ? 'import-error import-how' : 'import-how'}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <p id="import-error" className="m-0 font-semibold text-danger-text" role="alert">
            {error}
          </p>
        )}
      </div>
      <p className="text-ink-muted">{t('contactImports.privacy')}</p>
      <Button type="submit" disabled={upload.isPending}>
        {upload.isPending ? t('form.sending') : t('contactImports.upload')}
      </Button>
    </form>
  );
}

function EarlierImports() {
  const { t, i18n } = useTranslation();
  const imports = useContactImports();
  const remove = useDeleteImport();
  const when = (iso: string) =>
    new Date(iso).toLocaleString(formattingLocale(i18n.language), {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  return (
    <section aria-labelledby="earlier-imports">
      <h2 id="earlier-imports">{t('contactImports.earlier')}</h2>
      {imports.isPending && <p role="status">{t('contactImports.loading')}</p>}
      {imports.isError && <p role="alert">{t('contactImports.loadFailed')}</p>}
      {imports.data?.length === 0 && <EmptyState>{t('contactImports.none')}</EmptyState>}
      <FormAlert message={remove.isError ? t('form.failed') : undefined} />
      {imports.data && imports.data.length > 0 && (
        <ul className="import-list m-0 mb-4 list-none divide-y divide-line p-0 [&>li]:py-3">
          {imports.data.map((earlier) => (
            <li key={earlier.id}>
              <span>
                {t(`contactImports.format_${earlier.format}`)} · {when(earlier.createdAt)}:{' '}
                {t('contactImports.line', { rows: earlier.rowsRead, matched: earlier.matchedNow })}
              </span>{' '}
              <Button
                type="button"
                variant="secondary"
                size="sm"
                disabled={remove.isPending}
                aria-label={t('contactImports.deleteFrom', { date: when(earlier.createdAt) })}
                onClick={() => remove.mutate(earlier.id)}
              >
                {t('contactImports.delete')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {imports.data && imports.data.length > 0 && (
        <p className="text-ink-muted">{t('contactImports.deleteHint')}</p>
      )}
    </section>
  );
}

export function ContactImportPage() {
  const { t } = useTranslation();
  const [latest, setLatest] = useState<ContactImport>();
  return (
    <section className="max-w-md">
      <PageHeading>{t('contactImports.title')}</PageHeading>
      <p className="text-lg text-ink-muted">{t('contactImports.intro')}</p>
      <UploadForm onImported={setLatest} />
      {latest && (
        <div role="status" className={latest.rejected > 0 ? 'notice' : 'notice notice--success'}>
          <ImportSummary result={latest} title={t('contactImports.summaryTitle')} />
        </div>
      )}
      <EarlierImports />
    </section>
  );
}
