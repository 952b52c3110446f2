// Joining a circle from its page: at once, or by a request with the answer to the organisers' question; leaving.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { useAccount } from '../auth/session';
import { LogInFirst } from '../trips/trips-page';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { TextAreaField, textOf } from '../ui/form-field';
import { CircleAnnouncements } from './circle-announcements';
import { type Circle, useMembership } from './circles-api';

export function CircleJoin({ circle }: { circle: Circle }) {
  const { t } = useTranslation();
  const account = useAccount();
  const { join, leave, showOnProfile } = useMembership(circle.slug);
  const shownId = useId();
  const [failed, setFailed] = useState<string>();
  const viewer = circle.viewer;
  const failure = (error: unknown) =>
    setFailed(
      error instanceof ApiError
        ? t(`circles.error_${error.code}`, { defaultValue: t('form.failed') })
        : t('form.failed'),
    );

  if (!account.data) return <LogInFirst text={t('circles.logInToJoin')} />;
  const onJoin = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailed(undefined);
    join.mutate(textOf(new FormData(event.currentTarget), 'answer').trim() || undefined, {
      onError: failure,
    });
  };
  const onLeave = () => {
    setFailed(undefined);
    leave.mutate(undefined, { onError: failure });
  };

  return (
    <Card tinted className="my-6">
      {viewer.banned && <p className="m-0">{t('circles.banned')}</p>}
      {!viewer.banned && viewer.role && (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="m-0 font-semibold">
            {viewer.isOrganiser ? t('circles.youAreOrganiser') : t('circles.youAreMember')}
          </p>
          {viewer.role !== 'owner' && (
            <Button variant="secondary" onClick={onLeave} disabled={leave.isPending}>
              {t('circles.leave')}
            </Button>
          )}
        </div>
      )}
      {!viewer.banned && viewer.role && circle.visibility === 'public' && (
        <p className="mb-0 flex items-center gap-3">
          <input
            id={shownId}
            type="checkbox"
            className="size-6 flex-none"
            defaultChecked={viewer.shownOnProfile}
            disabled={showOnProfile.isPending}
            onChange={(event) => showOnProfile.mutate(event.target.checked, { onError: failure })}
          />
          <label htmlFor={shownId}>{t('circles.shownOnProfile')}</label>
        </p>
      )}
      {!viewer.banned && viewer.role && <CircleAnnouncements slug={circle.slug} />}
      {!viewer.banned && !viewer.role && viewer.requestPending && (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="m-0">{t('circles.requestPending')}</p>
          <Button variant="secondary" onClick={onLeave} disabled={leave.isPending}>
            {t('circles.withdrawRequest')}
          </Button>
        </div>
      )}
      {!viewer.banned && !viewer.role && !viewer.requestPending && (
        <form onSubmit={onJoin} noValidate>
          {circle.joinPolicy === 'approval' && circle.joinQuestion && (
            <TextAreaField
              label={circle.joinQuestion}
              hint={t('circles.answer')}
              name="answer"
              rows={2}
              maxLength={500}
            />
          )}
          <Button type="submit" disabled={join.isPending}>
            {circle.joinPolicy === 'approval' ? t('circles.askToJoin') : t('circles.join')}
          </Button>
        </form>
      )}
      {failed && (
        <p role="alert" className="mb-0 font-semibold text-danger-text">
          {failed}
        </p>
      )}
    </Card>
  );
}
