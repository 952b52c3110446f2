// The page's h1, with an optional line under it and actions beside it. It takes focus when the page opens, so
// keyboard and screen-reader users start at the new content.
import { type ReactNode, useEffect, useRef } from 'react';

// bench:web reads this mark as the time to first render; only the first page of a visit sets it.
// (jsdom, in component tests, has no performance timeline.)
function markFirstRender(): void {
  if (typeof performance.getEntriesByName !== 'function') return;
  if (performance.getEntriesByName('neuland:first-render').length === 0)
    performance.mark('neuland:first-render');
}

export function PageHeading({
  children,
  lead,
  actions,
}: {
  children: ReactNode;
  /** One sentence under the title that says what the page is for. */
  lead?: ReactNode;
  /** Buttons for the page as a whole, beside the title on wide screens, under it on phones. */
  actions?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    markFirstRender();
  }, []);
  const title = (
    <h1 ref={heading} tabIndex={-1} className="mt-2 mb-3">
      {children}
    </h1>
  );
  if (!lead && !actions) return title;
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
      <div className="min-w-0 flex-1 basis-64">
        {title}
        {lead && <p className="m-0 text-lg text-ink-muted">{lead}</p>}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}
