// /admin/audit — who did what to whom, newest first, filtered by actor, target and time.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/form-field';
import { PageHeading } from '../ui/page-heading';
import { type AuditFilter, type AuditRecord, useAuditLog } from './admin-api';

/** A datetime-local value (the browser's time) as an instant the API accepts. */
const instantOf = (local: string) => (local ? new Date(local).toISOString() : undefined);

export function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = useAuditLog(filter);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    setFilter({
      actorId: text('actorId') || undefined,
      targetId: text('targetId') || undefined,
      from: instantOf(text('from')),
      to: instantOf(text('to')),
    });
  };

  return (
    <section>
      <PageHeading>{t('admin.nav.audit')}</PageHeading>
      <form className="audit-filter" onSubmit={onSubmit} noValidate>
        <TextField label={t('admin.audit.actor')} name="actorId" hint={t('admin.audit.idHint')} />
        <TextField label={t('admin.audit.target')} name="targetId" hint={t('admin.audit.idHint')} />
        <TextField label={t('admin.audit.from')} name="from" type="datetime-local" />
        <TextField label={t('admin.audit.to')} name="to" type="datetime-local" />
        <button type="submit" className="button button--small">
          {t('admin.audit.filter')}
        </button>
      </form>
      {log.isError && <p role="alert">{t('admin.audit.badFilter')}</p>}
      {log.data && log.data.items.length === 0 && <p>{t('admin.nothingFound')}</p>}
      <ol className="admin-list">
        {log.data?.items.map((record) => (
          <AuditRow key={record.id} record={record} />
        ))}
      </ol>
    </section>
  );
}

function AuditRow({ record }: { record: AuditRecord }) {
  const { t, i18n } = useTranslation();
  const at = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(record.at),
  );
  return (
    <li className="admin-list__item admin-list__item--stacked audit-record">
      <p>
        <strong>{record.action}</strong> <span className="muted">{at}</span>
      </p>
      <dl className="audit-record__facts">
        <dt>{t('admin.audit.actor')}</dt>
        <dd>{record.actorId ?? t('admin.audit.system')}</dd>
        <dt>{t('admin.audit.target')}</dt>
        <dd>
          {record.targetKind} {record.targetId ?? ''}
        </dd>
        {record.changes.before && (
          <>
            <dt>{t('admin.audit.before')}</dt>
            <dd>
              <code>{JSON.stringify(record.changes.before)}</code>
            </dd>
          </>
        )}
        {record.changes.after && (
          <>
            <dt>{t('admin.audit.after')}</dt>
            <dd>
              <code>{JSON.stringify(record.changes.after)}</code>
            </dd>
          </>
        )}
        <dt>{t('admin.audit.request')}</dt>
        <dd>
          {record.requestId ?? '—'} · {record.clientAddress ?? '—'}
        </dd>
      </dl>
    </li>
  );
}
