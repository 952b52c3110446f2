// Overlapping faces of a group ("who is going"), the first few shown and the rest counted as +N.
import { useTranslation } from 'react-i18next';
import { AVATAR_BOX, Avatar, type AvatarPerson, type AvatarSize } from './avatar';

export function AvatarStack({
  people,
  max = 5,
  size = 32,
  total,
}: {
  people: (AvatarPerson & { id?: string })[];
  /** How many faces to show before "+N". */
  max?: number;
  size?: AvatarSize;
  /** The whole group's size when `people` is only a sample of it (the API sends the first few). */
  total?: number;
}) {
  const { t } = useTranslation();
  const shown = people.slice(0, max);
  const rest = (total ?? people.length) - shown.length;
  const names = shown.map((person) => person.displayName).join(', ');
  return (
    <span
      className="inline-flex items-center"
      role="img"
      aria-label={rest > 0 ? t('ui.avatarStackMore', { names, count: rest }) : names}
    >
      {shown.map((person, index) => (
        <Avatar
          key={person.id ?? `${person.displayName}-${index}`}
          person={person}
          size={size}
          ring
          className={index > 0 ? '-ml-2' : ''}
        />
      ))}
      {rest > 0 && (
        <span
          className={`-ml-2 inline-flex items-center justify-center rounded-full bg-surface-muted text-ink-muted ring-2 ring-surface font-semibold w-auto! px-1.5 ${AVATAR_BOX[size]}`}
          aria-hidden="true"
        >
          +{rest}
        </span>
      )}
    </span>
  );
}
