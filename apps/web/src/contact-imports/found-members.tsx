// The members an import found by handle or profile URL, each with a follow button (never anyone found by address).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../api/error-text';
import { useFollow } from '../profiles/profile-api';
import type { ContactImport } from './contact-imports-api';
import { Button } from '../ui/button';

type FoundMember = ContactImport['found'][number];

function FoundMemberItem({ member }: { member: FoundMember }) {
  const { t } = useTranslation();
  const { follow } = useFollow(member.handle);
  const [following, setFollowing] = useState(member.following);
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2">
      <span>
        <Link to={`/p/${member.handle}`}>{member.displayName}</Link>
        {member.headline && <span className="text-ink-muted"> · {member.headline}</span>}
        {member.claimed && <span className="text-ink-muted"> · {t('contactImports.claimed')}</span>}
      </span>
      {following ? (
        <span className="text-ink-muted">{t('contactImports.following')}</span>
      ) : (
        <Button
          type="button"
          size="sm"
          disabled={follow.isPending}
          aria-label={t('contactImports.followName', { name: member.displayName })}
          onClick={() => follow.mutate(undefined, { onSuccess: () => setFollowing(true) })}
        >
          {t('contactImports.follow')}
        </Button>
      )}
      {follow.error && (
        <span className="m-0 font-semibold text-danger-text">{errorText(follow.error, t)}</span>
      )}
    </li>
  );
}

export function FoundMembers({ result }: { result: ContactImport }) {
  const { t } = useTranslation();
  if (result.found.length === 0) return null;
  return (
    <>
      <h3>{t('contactImports.foundTitle', { count: result.found.length })}</h3>
      <ul className="m-0 mb-4 list-none divide-y divide-line p-0">
        {result.found.map((member) => (
          <FoundMemberItem key={member.userId} member={member} />
        ))}
      </ul>
    </>
  );
}
