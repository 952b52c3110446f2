// What a list says when it has nothing in it: an icon, one sentence, and where there is one, the way to fill it.
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

export function EmptyState({
  icon: Icon,
  children,
  action,
}: {
  /** A lucide icon component (not an element): `icon={CalendarX}`. */
  icon?: LucideIcon;
  /** The sentence. */
  children: ReactNode;
  /** A ButtonLink or Button that helps ("Create a meetup"). */
  action?: ReactNode;
}) {
  return (
    <div className="empty-state my-4 flex flex-col items-center gap-3 rounded-card border border-dashed border-line-strong/50 bg-surface-muted px-4 py-8 text-center text-ink-muted">
      {Icon && <Icon aria-hidden size={32} strokeWidth={1.5} className="text-accent-text" />}
      <p className="m-0 max-w-prose">{children}</p>
      {action}
    </div>
  );
}
