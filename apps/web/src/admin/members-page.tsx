// /admin/members — find a member by name or address and change their role.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/page-heading';
import { type AdminAccount, type Role, useMembers, useSetRole } from './admin-api';
import { SearchField } from './search-field';
import { Badge } from '../ui/badge';

const ROLES: Role[] = ['member', 'organiser', 'admin'];

export function MembersPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const members = useMembers(q);
  return (
    <section>
      <PageHeading>{t('admin.nav.members')}</PageHeading>
      <SearchField label={t('admin.members.search')} value={q} onChange={setQ} />
      {members.isError && <p role="alert">{t('admin.loadFailed')}</p>}
      {members.data && members.data.items.length === 0 && <p>{t('admin.nothingFound')}</p>}
      <ul className="m-0 my-4 list-none divide-y divide-line p-0">
        {members.data?.items.map((member) => (
          <MemberRow key={member.id} member={member} />
        ))}
      </ul>
    </section>
  );
}

function MemberRow({ member }: { member: AdminAccount }) {
  const { t } = useTranslation();
  const setRole = useSetRole();
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3 [&_p]:my-1">
      <div>
        <strong>{member.displayName}</strong> <span className="text-ink-muted">{member.email}</span>
        {!member.emailVerified && <Badge tone="neutral">{t('admin.members.unverified')}</Badge>}
      </div>
      <label className="">
        <span className="sr-only">{t('admin.members.roleOf', { name: member.displayName })}</span>
        <select
          value={member.role}
          disabled={setRole.isPending}
          onChange={(event) => setRole.mutate({ id: member.id, role: event.target.value as Role })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`admin.roles.${role}`)}
            </option>
          ))}
        </select>
      </label>
    </li>
  );
}
