// /admin/members — find a member by name or address and change their role.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/page-heading';
import { type AdminAccount, type Role, useMembers, useSetRole } from './admin-api';
import { SearchField } from './search-field';

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
      <ul className="admin-list">
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
    <li className="admin-list__item">
      <div>
        <strong>{member.displayName}</strong> <span className="muted">{member.email}</span>
        {!member.emailVerified && <span className="badge badge--muted">{t('admin.members.unverified')}</span>}
      </div>
      <label className="admin-list__control">
        <span className="visually-hidden">{t('admin.members.roleOf', { name: member.displayName })}</span>
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
