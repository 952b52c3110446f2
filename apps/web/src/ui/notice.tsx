// A message that belongs to the page ("This meetup was cancelled", "Check your inbox"), in a tone with its icon.
import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import type { HTMLAttributes, ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'warning' | 'danger';

const TONES: Record<NoticeTone, { look: string; icon: ReactNode }> = {
  info: {
    look: 'bg-accent-soft border-accent/40',
    icon: <Info aria-hidden size={20} className="text-accent-text" />,
  },
  success: {
    look: 'bg-success-soft border-success-text/40',
    icon: <CircleCheck aria-hidden size={20} className="text-success-text" />,
  },
  warning: {
    look: 'bg-warning-soft border-warning-text/40',
    icon: <TriangleAlert aria-hidden size={20} className="text-warning-text" />,
  },
  danger: {
    look: 'bg-danger-soft border-danger/50',
    icon: <CircleAlert aria-hidden size={20} className="text-danger-text" />,
  },
};

export function Notice({
  tone = 'info',
  className = '',
  children,
  ...rest
}: { tone?: NoticeTone; children: ReactNode } & HTMLAttributes<HTMLDivElement>) {
  const { look, icon } = TONES[tone];
  return (
    <div
      className={`my-4 flex gap-3 rounded-control border px-4 py-3 text-ink ${look} ${className}`}
      {...rest}
    >
      <span className="mt-0.5 flex-none">{icon}</span>
      <div className="min-w-0 flex-1 [&>p]:my-0 [&>p+p]:mt-2">{children}</div>
    </div>
  );
}
