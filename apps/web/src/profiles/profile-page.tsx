// /p/:handle — someone's public face, and following them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAccount } from '../auth/session';
import { BlockButton } from '../contacts/block-button';
import { ReportButton } from '../moderation/report-button';
import { ConnectionLists } from '../contacts/connection-lists';
import { Avatar } from '../ui/avatar';
import { PageHeading } from '../ui/page-heading';
import { NotFoundPage } from '../not-found/not-found-page';
import { socialAccountLabel, socialAccountUrl } from '../social-accounts/social-account-link';
import { type PublicProfile, useFollow, useOwnProfile, useProfile } from './profile-api';

function FollowButton({ profile }: { profile: PublicProfile }) {
  const { t } = useTranslation();
  const { follow, unfollow } = useFollow(profile.handle);
  // The API does not say whether I follow someone yet; the button reflects what I did on this page.
  const [following, setFollowing] = useState(false);
  if (following) {
    return (
      <p className="actions">
        <span role="status">{t('profile.following', { name: profile.displayName })}</span>
        <button
          type="button"
          className="button button--secondary"
          disabled={unfollow.isPending}
          onClick={() => unfollow.mutate(undefined, { onSuccess: () => setFollowing(false) })}
        >
          {t('profile.unfollow')}
        </button>
      </p>
    );
  }
  return (
    <button
      type="button"
      className="button"
      disabled={follow.isPending}
      onClick={() => follow.mutate(undefined, { onSuccess: () => setFollowing(true) })}
    >
      {t('profile.follow')}
    </button>
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
    <article className="narrow profile">
      <div className="profile__head">
        <Avatar person={data} size={160} />
        <div>
          <PageHeading>{data.displayName}</PageHeading>
          {data.headline && <p className="lead">{data.headline}</p>}
          {data.homeCity && <p className="muted">{data.homeCity}</p>}
        </div>
      </div>
      {account.data && !isMe && !blocked && <FollowButton profile={data} />}
      {data.bio && <p className="profile__bio">{data.bio}</p>}
      {data.topics.length > 0 && (
        <>
          <h2>{t('profile.topics')}</h2>
          <p>{data.topics.join(' · ')}</p>
        </>
      )}
      {data.socialAccounts.length > 0 && (
        <>
          <h2>{t('profile.accounts')}</h2>
          <ul>
            {data.socialAccounts.map((social) => (
              <li key={`${social.platform}:${social.handle}`}>
                {t(`socialAccounts.platform_${social.platform}`)}: <SocialAccountLink account={social} />
              </li>
            ))}
          </ul>
        </>
      )}
      {!blocked && <ConnectionLists handle={data.handle} />}
      {account.data && !isMe && (
        <BlockButton handle={data.handle} name={data.displayName} onBlocked={() => setBlocked(true)} />
      )}
      {account.data && !isMe && <ReportButton subject="profile" subjectId={data.userId} />}
    </article>
  );
}
