// What one import found: rows read, recognised, members found by handle or profile URL, and the rejected rows.
import { useTranslation } from 'react-i18next';
import { formattingLocale } from '../i18n/i18n';
import type { ContactImport } from './contact-imports-api';
import { FoundMembers } from './found-members';

export function ImportSummary({ result, title }: { result: ContactImport; title: string }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="import-summary" aria-labelledby={`import-${result.id}`}>
      <h2 id={`import-${result.id}`}>{title}</h2>
      <p className="text-ink-muted">
        {t(`contactImports.format_${result.format}`)} ·{' '}
        {new Date(result.createdAt).toLocaleString(formattingLocale(i18n.language), {
          dateStyle: 'medium',
          timeStyle: 'short',
        })}
      </p>
      <dl className="my-4 grid grid-cols-[repeat(auto-fit,minmax(8rem,1fr))] gap-3 [&_dt]:text-sm [&_dt]:text-ink-muted [&_dd]:m-0 [&_dd]:text-2xl [&_dd]:font-bold">
        <div>
          <dt>{t('contactImports.rowsRead')}</dt>
          <dd>{result.rowsRead}</dd>
        </div>
        <div>
          <dt>{t('contactImports.recognised')}</dt>
          <dd>{result.recognised}</dd>
        </div>
        <div>
          <dt>{t('contactImports.matched')}</dt>
          <dd data-count="matched">{result.matchedNow}</dd>
        </div>
        <div>
          <dt>{t('contactImports.rejected')}</dt>
          <dd>{result.rejected}</dd>
        </div>
      </dl>
      <FoundMembers result={result} />
      {result.recognised > result.matchedNow && (
        <p className="text-ink-muted">{t('contactImports.unmatchedLater')}</p>
      )}
      {/* The API never says how many addresses belong to members (an import is no way to ask), so neither does this. */}
      <p className="text-ink-muted">{t('contactImports.addresses')}</p>
      {result.rejections.length > 0 && (
        <>
          <h3>{t('contactImports.rejectedRows')}</h3>
          <ul className="m-0 mb-4 list-none p-0">
            {result.rejections.map((rejection) => (
              <li key={rejection.row}>
                {t('contactImports.row', { row: rejection.row })}:{' '}
                {t(`contactImports.reason_${rejection.reason}`, { defaultValue: rejection.reason })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
