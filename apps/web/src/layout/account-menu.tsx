// The member's menu behind their face in the header: their pages and settings, and logging out.
import * as Menu from '@radix-ui/react-dropdown-menu';
import { Ban, Bell, Flag, Link2, LogOut, Plane, Upload, UserRound, UserRoundPen } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type Account, useLogOut } from '../auth/session';
import { useOwnProfile } from '../profiles/profile-api';
import { AccountButton } from './account-button';

const ITEM =
  'flex min-h-11 cursor-pointer items-center gap-3 rounded-control px-3 text-ink no-underline outline-none select-none data-[highlighted]:bg-accent-soft data-[highlighted]:text-accent-text';

function MenuLink({ to, icon, children }: { to: string; icon: ReactNode; children: ReactNode }) {
  return (
    <Menu.Item asChild className={ITEM}>
      <Link to={to}>
        {icon}
        {children}
      </Link>
    </Menu.Item>
  );
}

export function AccountMenu({ account }: { account: Account }) {
  const { t } = useTranslation();
  const profile = useOwnProfile();
  const logOut = useLogOut();
  const navigate = useNavigate();
  const icon = { 'aria-hidden': true, size: 18, className: 'text-ink-muted' } as const;
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger asChild>
        <AccountButton name={account.displayName} photo={profile.data?.photo} />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-60 rounded-card border border-line bg-surface p-1.5 shadow-xl"
        >
          <Menu.Label className="truncate px-3 py-2 text-sm text-ink-muted">{account.displayName}</Menu.Label>
          {profile.data?.handle && (
            <MenuLink to={`/p/${profile.data.handle}`} icon={<UserRound {...icon} />}>
              {t('ui.myProfilePage')}
            </MenuLink>
          )}
          <MenuLink to="/settings/profile" icon={<UserRoundPen {...icon} />}>
            {t('profile.edit')}
          </MenuLink>
          <MenuLink to="/settings/notifications" icon={<Bell {...icon} />}>
            {t('ui.mailSettings')}
          </MenuLink>
          <MenuLink to="/settings/connections" icon={<Link2 {...icon} />}>
            {t('ui.connectedAccounts')}
          </MenuLink>
          <MenuLink to="/settings/import" icon={<Upload {...icon} />}>
            {t('ui.importContacts')}
          </MenuLink>
          <MenuLink to="/trips" icon={<Plane {...icon} />}>
            {t('ui.trips')}
          </MenuLink>
          <MenuLink to="/settings/blocked" icon={<Ban {...icon} />}>
            {t('ui.blocked')}
          </MenuLink>
          <MenuLink to="/reports" icon={<Flag {...icon} />}>
            {t('ui.reports')}
          </MenuLink>
          <Menu.Separator className="my-1 h-px bg-line" />
          <Menu.Item
            className={ITEM}
            disabled={logOut.isPending}
            onSelect={() => logOut.mutate(undefined, { onSuccess: () => void navigate('/') })}
          >
            <LogOut {...icon} />
            {t('nav.logOut')}
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
