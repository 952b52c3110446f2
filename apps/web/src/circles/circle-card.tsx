// A circle in a list: its name, city, topics and how many members it has.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../ui/badge';
import { Card } from '../ui/card';
import type { CircleListItem } from './circles-api';

export function CircleCard({ circle }: { circle: CircleListItem }) {
  const { t } = useTranslation();
  return (
    <Card as="li" compact className="flex flex-col gap-1">
      <Link to={`/c/${circle.slug}`} className="text-lg font-semibold">
        {circle.name}
      </Link>
      <p className="m-0 text-ink-muted">
        {circle.city} · {t('circles.members', { count: circle.memberCount })}
      </p>
      {circle.topics.length > 0 && (
        <p className="m-0 flex flex-wrap gap-1">
          {circle.topics.map((topic) => (
            <Badge key={topic} tone="neutral">
              {topic}
            </Badge>
          ))}
        </p>
      )}
    </Card>
  );
}

export function CircleCards({ circles }: { circles: CircleListItem[] }) {
  return (
    <ul className="m-0 grid list-none grid-cols-1 gap-3 p-0 sm:grid-cols-2">
      {circles.map((circle) => (
        <CircleCard key={circle.id} circle={circle} />
      ))}
    </ul>
  );
}
