// /p/:handle — someone's public face, and following them.
import { useState } from 'react';
import { MapPin } from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CircleCards } from '../circles/circle-card';
import { circleQueries } from '../circles/circles-api';
import { useParams } from 'react-router';
import { useAccount } from '../auth/session';
import { BlockButton } from '../contacts/block-button';
import { ReportButton } from '../moderation/report-button';
import { ConnectionLists } from '../contacts/connection-lists';
import { Avatar } from '../ui/avatar';
import { Badge } from '../ui/badge';
import { Card } from '../ui/card';
import { PageHeading } from '../ui/page-heading';
import { NotFoundPage } from '../not-found/not-found-page';
import { socialAccountLabel, socialAccountUrl } from '../social-accounts/social-account-link';
import { type PublicProfile, useFollow, useOwnProfile, useProfile } from './profile-api';
import { Button } from '../ui/button';

function FollowButton({ profile }: { profile: PublicProfile }) {
  const { t } = useTranslation();
  const { follow, unfollow } = useFollow(profile.handle);
  // The API does not say whether I follow someone yet; the button reflects what I did on this page.
  const [following, setFollowing] = useState(false);
  if (following) {
    return (
      <p className="flex flex-wrap items-center gap-3">
        <span role="status">{t('profile.following', { name: profile.displayName })}</span>
        <Button
          type="button"
          variant="secondary"
          disabled={unfollow.isPending}
          onClick={() => unfollow.mutate(undefined, { onSuccess: () => setFollowing(false) })}
        >
          {t('profile.unfollow')}
        </Button>
      </p>
    );
  }
  return (
    <Button
      type="button"

      disabled={follow.isPending}
      onClick={() => follow.mutate(undefined, { onSuccess: () => setFollowing(true) })}
    >
      {t('profile.follow')}
    </Button>
  );
}

function SocialAccountLink({ account }: { account: PublicProfile['socialAccounts'][number] }) {
  const url = socialAccountUrl(account);
  const label = socialAccountLabel(account);
  return url ? (
    <a href={url} rel="noopener noreferrer nofollow">
      {label}
    </a>
  ) : (
    <>{label}</>
  );
}

/** The public circles the member shows on their profile. */
function ProfileCircles({ handle }: { handle: string }) {
  const { t } = useTranslation();
  const circles = useQuery(circleQueries.ofProfile(handle));
  if (!circles.data?.items.length) return null;
  return (
    <section aria-labelledby="profile-circles">
      <h2 id="profile-circles">{t('circles.profileTitle')}</h2>
      <CircleCards circles={circles.data.items} />
    </section>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const { handle = '' } = useParams();
  const profile = useProfile(handle);
  const account = useAccount();
  const own = useOwnProfile(Boolean(account.data));
  // Once blocked, the profile stays on screen only to say so: following and the lists are over.
  const [blocked, setBlocked] = useState(false);

  if (profile.isPending) return <p role="status">{t('profile.loading')}</p>;
  if (profile.isError) return <p role="alert">{t('profile.loadFailed')}</p>;
  if (!profile.data)
    return <NotFoundPage title={t('profile.notFoundTitle')} text={t('profile.notFoundText')} />;
  const data = profile.data;
  const isMe = own.data?.userId === data.userId;

  return (
    <article className="profile mx-auto max-w-2xl">
      <Card className="profile__head flex flex-col items-center gap-4 text-center sm:flex-row sm:items-center sm:gap-6 sm:text-left">
        <Avatar person={data} size={160} />
        <div className="min-w-0 flex-1">
          <PageHeading>{data.displayName}</PageHeading>
          {data.headline && <p className="my-1 text-lg text-ink-muted">{data.headline}</p>}
          {data.homeCity && (
            <p className="my-1 inline-flex items-center gap-1 text-ink-muted">
              <MapPin aria-hidden size={16} />
              {data.homeCity}
            </p>
          )}
          {account.data && !isMe && !blocked && (
            <div className="mt-3">
              <FollowButton profile={data} />
            </div>
          )}
        </div>
      </Card>
      {data.bio && <p className="profile__bio mt-6 text-lg whitespace-pre-line">{data.bio}</p>}
      {data.topics.length > 0 && (
        <>
          <h2>{t('profile.topics')}</h2>
          <ul className="m-0 flex list-none flex-wrap gap-2 p-0">
            {data.topics.map((topic) => (
              <li key={topic}>
                <Badge tone="neutral">{topic}</Badge>
              </li>
            ))}
          </ul>
        </>
      )}
      {data.socialAccounts.length > 0 && (
        <>
          <h2>{t('profile.accounts')}</h2>
          <ul className="m-0 grid list-none gap-1 p-0">
            {data.socialAccounts.map((social) => (
              <li key={`${social.platform}:${social.handle}`}>
                {t(`socialAccounts.platform_${social.platform}`)}: <SocialAccountLink account={social} />
              </li>
            ))}
          </ul>
        </>
      )}
      <ProfileCircles handle={data.handle} />
      {!blocked && <ConnectionLists handle={data.handle} />}
      {account.data && !isMe && (
        <BlockButton handle={data.handle} name={data.displayName} onBlocked={() => setBlocked(true)} />
      )}
      {account.data && !isMe && <ReportButton subject="profile" subjectId={data.userId} />}
    </article>
  );
}
