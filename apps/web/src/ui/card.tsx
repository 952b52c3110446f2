// A surface that groups one thing (a meetup, a person, a form) apart from the page around it.
import type { HTMLAttributes } from 'react';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  /** The element: a section for a titled group, an li inside a list, a div otherwise. */
  as?: 'div' | 'section' | 'article' | 'li' | 'aside';
  /** Less padding, for cards in lists. */
  compact?: boolean;
  /** A tinted surface, for something that belongs to the page but stands aside (host tools, the RSVP panel). */
  tinted?: boolean;
}

export function Card({
  as: Element = 'div',
  compact = false,
  tinted = false,
  className = '',
  ...rest
}: CardProps) {
  const look = [
    'rounded-card border border-line',
    tinted ? 'bg-surface-muted' : 'bg-surface shadow-card',
    compact ? 'p-3 sm:p-4' : 'p-4 sm:p-6',
    className,
  ].join(' ');
  return <Element className={look} {...rest} />;
}
