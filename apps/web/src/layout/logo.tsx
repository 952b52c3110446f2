// Neuland's mark: two faces meeting, the online one (outline) and the one in the room (filled).
export function Logo() {
  return (
    <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" className="flex-none">
      <rect width="32" height="32" rx="9" className="fill-accent" />
      <circle cx="12" cy="16" r="6" fill="none" strokeWidth="2.5" className="stroke-accent-ink" />
      <circle cx="20" cy="16" r="6" className="fill-accent-ink" opacity="0.9" />
    </svg>
  );
}
