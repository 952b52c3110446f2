// /settings/blocked — the people I blocked, each with unblock.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../ui/page-heading';
import { type ProfileSummary, useBlock, useBlockedPeople } from './contacts-api';
import { EmptyState } from '../ui/empty-state';
import { Button } from '../ui/button';

function BlockedPerson({ person }: { person: ProfileSummary }) {
  const { t } = useTranslation();
  const { unblock } = useBlock(person.handle);
  return (
    <li>
      <span>{person.displayName}</span>{' '}
      <Button
        type="button"
        variant="secondary"
        size="sm"
        disabled={unblock.isPending}
        onClick={() => unblock.mutate()}
        aria-label={t('contacts.unblockName', { name: person.displayName })}
      >
        {t('contacts.unblock')}
      </Button>
      {unblock.isError && <span role="alert"> {t('form.failed')}</span>}
    </li>
  );
}

export function BlockedPage() {
  const { t } = useTranslation();
  const blocked = useBlockedPeople();
  return (
    <section className="max-w-md">
      <PageHeading>{t('contacts.blockedTitle')}</PageHeading>
      <p className="text-ink-muted">{t('contacts.blockedIntro')}</p>
      {blocked.isPending && <p role="status">{t('contacts.loading')}</p>}
      {blocked.isError && <p role="alert">{t('contacts.loadFailed')}</p>}
      {blocked.data?.length === 0 && <EmptyState>{t('contacts.blockedNone')}</EmptyState>}
      {blocked.data && blocked.data.length > 0 && (
        <ul className="m-0 list-none divide-y divide-line p-0">
          {blocked.data.map((person) => (
            <BlockedPerson key={person.userId} person={person} />
          ))}
        </ul>
      )}
      <p>
        <Link to="/settings/profile">{t('contacts.backToProfile')}</Link>
      </p>
    </section>
  );
}
