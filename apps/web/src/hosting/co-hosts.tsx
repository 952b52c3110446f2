// The co-hosts of a meetup in its editor: the organiser names them by handle and removes them.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/api-error';
import { useAccount } from '../auth/session';
import { FormAlert } from '../forms/form-alert';
import { TextField, textOf } from '../ui/form-field';
import { useFormErrors } from '../forms/use-form-errors';
import type { Meetup } from '../meetups/meetup-api';
import { useCoHostChanges, useCoHosts } from './hosting-api';
import { EmptyState } from '../ui/empty-state';
import { Button } from '../ui/button';

function CoHostList({ meetupId, mayChange }: { meetupId: string; mayChange: boolean }) {
  const { t } = useTranslation();
  const coHosts = useCoHosts(meetupId);
  const { remove, handOver } = useCoHostChanges(meetupId);
  // Handing over is asked twice: afterwards only the new organiser names co-hosts.
  const [handingTo, setHandingTo] = useState<string | null>(null);
  if (coHosts.isPending) return <p role="status">{t('hosting.coHosts.loading')}</p>;
  if (coHosts.isError) return <p role="alert">{t('hosting.coHosts.loadFailed')}</p>;
  if (coHosts.data.length === 0) return <EmptyState>{t('hosting.coHosts.empty')}</EmptyState>;
  return (
    <>
      <FormAlert message={remove.isError ? t('hosting.coHosts.removeFailed') : undefined} />
      <FormAlert message={handOver.isError ? t('form.failed') : undefined} />
      <ul className="co-host-list m-0 list-none divide-y divide-line p-0 [&>li]:flex [&>li]:flex-wrap [&>li]:items-start [&>li]:justify-between [&>li]:gap-3 [&>li]:py-3 [&>li>span]:flex-[1_1_12rem]">
        {coHosts.data.map((coHost) => (
          <li key={coHost.userId}>
            <span>
              {coHost.handle ? (
                <Link to={`/p/${coHost.handle}`}>{coHost.displayName}</Link>
              ) : (
                coHost.displayName
              )}
              {coHost.handle && <span className="text-ink-muted"> @{coHost.handle}</span>}
            </span>
            {mayChange && (
              <Button
                type="button"
                variant="secondary"
                size="sm"
                disabled={remove.isPending}
                aria-label={t('hosting.coHosts.removeWho', { name: coHost.displayName })}
                onClick={() => remove.mutate(coHost.userId)}
              >
                {t('hosting.coHosts.remove')}
              </Button>
            )}
            {mayChange && (
              <Button
                type="button"
                variant="secondary"
                size="sm"
                disabled={handOver.isPending}
                onClick={() =>
                  handingTo === coHost.userId ? handOver.mutate(coHost.userId) : setHandingTo(coHost.userId)
                }
              >
                {handingTo === coHost.userId
                  ? t('hosting.coHosts.handOverConfirm', { name: coHost.displayName })
                  : t('hosting.coHosts.handOverTo', { name: coHost.displayName })}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function CoHosts({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const { add } = useCoHostChanges(meetup.id);
  const account = useAccount();
  // The API decides all the same; co-hosts are spared a form that would only answer "organiser only".
  const mayChange = account.data?.id === meetup.organiserId || account.data?.role === 'admin';
  const form = useRef<HTMLFormElement>(null);
  const { errors, setErrors, clear, show } = useFormErrors(form);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    const handle = textOf(new FormData(event.currentTarget), 'handle').trim().replace(/^@/, '');
    if (!handle) {
      setErrors({ fields: { handle: t('hosting.coHosts.handleMissing') } });
      return;
    }
    add.mutate(handle, {
      onSuccess: () => form.current?.reset(),
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'PROFILE_NOT_FOUND') {
          setErrors({ fields: { handle: t('hosting.coHosts.noSuchHandle') } });
        } else if (error instanceof ApiError && error.body.details?.length) {
          setErrors({ fields: { handle: error.body.details[0].message }, form: t('form.fixFields') });
        } else {
          show(
            error,
            { NOT_MEETUP_ORGANISER: t('hosting.coHosts.organiserOnly') },
            t('form.fixFields'),
            t('form.failed'),
          );
        }
      },
    });
  };

  return (
    <section className="mt-10" aria-labelledby="co-hosts-heading">
      <h2 id="co-hosts-heading">{t('hosting.coHosts.title')}</h2>
      <p className="text-ink-muted">
        {t(mayChange ? 'hosting.coHosts.text' : 'hosting.coHosts.organiserOnly')}
      </p>
      <CoHostList meetupId={meetup.id} mayChange={mayChange} />
      {mayChange && (
        <form ref={form} onSubmit={onSubmit} noValidate>
          <FormAlert message={errors.form} />
          <TextField
            label={t('hosting.coHosts.handle')}
            name="handle"
            autoComplete="off"
            autoCapitalize="none"
            error={errors.fields.handle}
          />
          <Button type="submit" disabled={add.isPending}>
            {t('hosting.coHosts.add')}
          </Button>
        </form>
      )}
    </section>
  );
}
