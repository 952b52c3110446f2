// The member's face in the header that opens their menu; drawn at once, before the menu's code has loaded.
import { ChevronDown } from 'lucide-react';
import type { ButtonHTMLAttributes, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar, type Image } from '../ui/avatar';

export function AccountButton({
  name,
  photo,
  ref,
  ...button
}: {
  name: string;
  photo?: Image | null;
  ref?: Ref<HTMLButtonElement>;
} & ButtonHTMLAttributes<HTMLButtonElement>) {
  const { t } = useTranslation();
  return (
    <button
      ref={ref}
      type="button"
      className="inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1 rounded-full border-0 bg-transparent p-1 text-ink hover:bg-surface-muted"
      {...button}
    >
      <Avatar person={{ displayName: name, photo }} size={32} />
      <span className="sr-only">{t('ui.accountMenu')}</span>
      {/* Phones keep the room for the navigation's icons: the face alone opens the menu there. */}
      <ChevronDown aria-hidden size={16} className="hidden text-ink-muted sm:block" />
    </button>
  );
}
