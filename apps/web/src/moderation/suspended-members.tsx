// The members suspended now, on the admins' report page: each suspension can be lifted here, whatever caused it.
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text';
import { FormAlert } from '../forms/form-alert';
import { useLiftSuspension, useSuspendedMembers } from './moderation-api';
import { Button } from '../ui/button';

export function SuspendedMembers() {
  const { t } = useTranslation();
  const members = useSuspendedMembers();
  const lift = useLiftSuspension();
  return (
    <section aria-labelledby="suspended-heading">
      <h2 id="suspended-heading">{t('moderation.suspendedTitle')}</h2>
      <FormAlert message={errorText(lift.error, t)} />
      {members.isPending ? (
        <p role="status">{t('moderation.loading')}</p>
      ) : members.isError ? (
        <p role="alert">{t('moderation.loadFailed')}</p>
      ) : members.data.length === 0 ? (
        <p>{t('moderation.noneSuspended')}</p>
      ) : (
        <ul className="m-0 grid list-none gap-4 p-0">
          {members.data.map((member) => (
            <li
              key={member.id}
              className="report rounded-card border border-line bg-surface p-4 shadow-card flex flex-wrap items-center gap-3"
            >
              <span>
                <strong>{member.displayName}</strong> <span className="text-ink-muted">{member.email}</span>
              </span>
              <Button
                type="button"
                variant="secondary"
                disabled={lift.isPending}
                onClick={() => lift.mutate(member.id)}
              >
                {t('moderation.liftSuspension', { name: member.displayName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
