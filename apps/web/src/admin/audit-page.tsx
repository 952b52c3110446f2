// /admin/audit — who did what to whom, newest first, filtered by actor, target and time.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/form-field';
import { PageHeading } from '../ui/page-heading';
import { type AuditFilter, type AuditRecord, useAuditLog } from './admin-api';
import { Button } from '../ui/button';

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
      <form
        className="grid grid-cols-[repeat(auto-fit,minmax(14rem,1fr))] items-end gap-x-4"
        onSubmit={onSubmit}
        noValidate
      >
        <TextField label={t('admin.audit.actor')} name="actorId" hint={t('admin.audit.idHint')} />
        <TextField label={t('admin.audit.target')} name="targetId" hint={t('admin.audit.idHint')} />
        <TextField label={t('admin.audit.from')} name="from" type="datetime-local" />
        <TextField label={t('admin.audit.to')} name="to" type="datetime-local" />
        <Button type="submit" size="sm">
          {t('admin.audit.filter')}
        </Button>
      </form>
      {log.isError && <p role="alert">{t('admin.audit.badFilter')}</p>}
      {log.data && log.data.items.length === 0 && <p>{t('admin.nothingFound')}</p>}
      <ol className="m-0 my-4 list-none divide-y divide-line p-0">
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
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3 [&_p]:my-1 block!">
      <p>
        <strong>{record.action}</strong> <span className="text-ink-muted">{at}</span>
      </p>
      <dl className="my-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-sm [&_dd]:m-0 [&_dd]:[overflow-wrap:anywhere]">
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
