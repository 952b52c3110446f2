// "1 person you know is a member": whom the viewer knows online in the circle, by the introduction rule.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../ui/avatar';
import { useCirclePeopleYouKnow } from './circles-api';

export function CirclePeopleYouKnow({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const known = useCirclePeopleYouKnow(slug, true);
  if (!known.data) return null;
  if (known.data.count === 0) return <p className="text-ink-muted">{t('circles.knownNone')}</p>;
  return (
    <section aria-labelledby="circle-known">
      <h2 id="circle-known" className="text-lg">
        {t('circles.knownCount', { count: known.data.count })}
      </h2>
      <ul className="m-0 flex list-none flex-wrap gap-3 p-0">
        {known.data.items.map((person) => (
          <li key={person.userId} className="flex items-center gap-2">
            <Avatar person={person} size={32} />
            <Link to={`/p/${person.handle}`}>{person.displayName}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
