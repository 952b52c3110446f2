// The page's h1 takes focus when the page opens, so keyboard and screen-reader users start at the new content.
import { type ReactNode, useEffect, useRef } from 'react';

// bench:web reads this mark as the time to first render; only the first page of a visit sets it.
// (jsdom, in component tests, has no performance timeline.)
function markFirstRender(): void {
  if (typeof performance.getEntriesByName !== 'function') return;
  if (performance.getEntriesByName('neuland:first-render').length === 0)
    performance.mark('neuland:first-render');
}

export function PageHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    markFirstRender();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
