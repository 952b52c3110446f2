// A short label beside a name or title: "you know each other online", "pending", "cancelled".
import type { ReactNode } from 'react';

export type BadgeTone = 'accent' | 'neutral' | 'success' | 'warning' | 'danger';

const TONES: Record<BadgeTone, string> = {
  accent: 'bg-accent-soft text-accent-text',
  neutral: 'bg-surface-muted text-ink-muted border border-line',
  success: 'bg-success-soft text-success-text',
  warning: 'bg-warning-soft text-warning-text',
  danger: 'bg-danger-soft text-danger-text',
};

export function Badge({
  tone = 'accent',
  icon,
  children,
  className = '',
}: {
  tone?: BadgeTone;
  /** A small lucide icon (size 14) before the text. */
  icon?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-sm font-medium whitespace-nowrap align-middle ${TONES[tone]} ${className}`}
    >
      {icon}
      {children}
    </span>
  );
}
