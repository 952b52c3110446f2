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
      <fieldset className="import-sources">
        <legend>{t('contactImports.source')}</legend>
        {SOURCES.map((choice) => (
          <label key={choice} className="import-sources__choice">
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
      <p className="field__hint" id="import-how">
        {t(`contactImports.how_${source}`)}
      </p>
      <div className={error ? 'field field--invalid' : 'field'}>
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
          <p id="import-error" className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
      <p className="muted">{t('contactImports.privacy')}</p>
      <button type="submit" className="button" disabled={upload.isPending}>
        {upload.isPending ? t('form.sending') : t('contactImports.upload')}
      </button>
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
      {imports.data?.length === 0 && <p className="empty-state">{t('contactImports.none')}</p>}
      <FormAlert message={remove.isError ? t('form.failed') : undefined} />
      {imports.data && imports.data.length > 0 && (
        <ul className="import-list">
          {imports.data.map((earlier) => (
            <li key={earlier.id}>
              <span>
                {t(`contactImports.format_${earlier.format}`)} · {when(earlier.createdAt)}:{' '}
                {t('contactImports.line', { rows: earlier.rowsRead, matched: earlier.matchedNow })}
              </span>{' '}
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={remove.isPending}
                aria-label={t('contactImports.deleteFrom', { date: when(earlier.createdAt) })}
                onClick={() => remove.mutate(earlier.id)}
              >
                {t('contactImports.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {imports.data && imports.data.length > 0 && <p className="muted">{t('contactImports.deleteHint')}</p>}
    </section>
  );
}

export function ContactImportPage() {
  const { t } = useTranslation();
  const [latest, setLatest] = useState<ContactImport>();
  return (
    <section className="narrow">
      <PageHeading>{t('contactImports.title')}</PageHeading>
      <p className="lead">{t('contactImports.intro')}</p>
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
