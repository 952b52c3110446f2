// One person in "People you know here": face, name and headline, how the reader knows them, and who they are.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../api/schema';
import { socialAccountLabel, socialAccountUrl } from '../social-accounts/social-account-link';
import { Avatar } from '../ui/avatar';
import { Badge } from '../ui/badge';
import { Card } from '../ui/card';
import { howYouKnowWords } from './how-you-know';

type PersonYouKnow = components['schemas']['PersonYouKnowDto'];

function Accounts({ accounts }: { accounts: PersonYouKnow['accounts'] }) {
  return (
    <p className="m-0 text-sm text-ink-muted [overflow-wrap:anywhere]">
      {accounts.map((account, index) => {
        const url = socialAccountUrl(account);
        const label = socialAccountLabel(account);
        return (
          <span key={`${account.platform}:${account.handle}`}>
            {index > 0 && ' · '}
            {url ? (
              <a href={url} rel="noopener noreferrer nofollow">
                {label}
              </a>
            ) : (
              label
            )}
          </span>
        );
      })}
    </p>
  );
}

export function KnownPerson({ person }: { person: PersonYouKnow }) {
  const { t } = useTranslation();
  const ways = howYouKnowWords(person.howYouKnow, person.displayName, t);
  // Where no tie may be named, the general mark says as much as the rule allows.
  if (ways.length === 0 && person.knowEachOther) ways.push(t('meetup.knowEachOther'));
  return (
    <Card as="li" compact className="flex gap-3 sm:gap-4">
      <Avatar person={person} size={64} />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className="m-0">
          <Link to={`/p/${person.handle}`} className="font-semibold">
            {person.displayName}
          </Link>
        </p>
        {person.headline && <p className="m-0 text-ink-muted">{person.headline}</p>}
        {(ways.length > 0 || person.claimed) && (
          <p className="m-0 flex flex-wrap gap-1">
            {ways.map((way) => (
              <Badge
                key={way}
                tone={person.knowEachOther ? 'accent' : 'neutral'}
                className="whitespace-normal"
              >
                {way}
              </Badge>
            ))}
            {person.claimed && <Badge tone="neutral">{t('meetup.claimed')}</Badge>}
          </p>
        )}
        {person.bioLine && <p className="m-0 [overflow-wrap:anywhere]">{person.bioLine}</p>}
        {person.accounts.length > 0 && <Accounts accounts={person.accounts} />}
        {person.sharedTopics.length > 0 && (
          <p className="m-0 text-sm">
            {t('meetup.sharedTopics', { topics: person.sharedTopics.join(', ') })}
          </p>
        )}
        {person.knowsYouAreComing && (
          <p className="m-0 text-sm text-accent-text">
            {t('meetup.knowsYouAreComing', { name: person.displayName })}
          </p>
        )}
      </div>
    </Card>
  );
}
