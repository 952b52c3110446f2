// /settings/blocked — the people I blocked, each with unblock.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../ui/page-heading';
import { type ProfileSummary, useBlock, useBlockedPeople } from './contacts-api';

function BlockedPerson({ person }: { person: ProfileSummary }) {
  const { t } = useTranslation();
  const { unblock } = useBlock(person.handle);
  return (
    <li>
      <span>{person.displayName}</span>{' '}
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={unblock.isPending}
        onClick={() => unblock.mutate()}
        aria-label={t('contacts.unblockName', { name: person.displayName })}
      >
        {t('contacts.unblock')}
      </button>
      {unblock.isError && <span role="alert"> {t('form.failed')}</span>}
    </li>
  );
}

export function BlockedPage() {
  const { t } = useTranslation();
  const blocked = useBlockedPeople();
  return (
    <section className="narrow">
      <PageHeading>{t('contacts.blockedTitle')}</PageHeading>
      <p className="muted">{t('contacts.blockedIntro')}</p>
      {blocked.isPending && <p role="status">{t('contacts.loading')}</p>}
      {blocked.isError && <p role="alert">{t('contacts.loadFailed')}</p>}
      {blocked.data?.length === 0 && <p className="empty-state">{t('contacts.blockedNone')}</p>}
      {blocked.data && blocked.data.length > 0 && (
        <ul className="people-list">
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
