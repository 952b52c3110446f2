// How toasts look and behave (Radix): loaded with the first toast, so that no page pays for it up front.
import * as RadixToast from '@radix-ui/react-toast';
import { CircleAlert, CircleCheck, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ShownToast } from './toast-message';

export function ToastList({ toasts, forget }: { toasts: ShownToast[]; forget: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <RadixToast.Provider swipeDirection="down" label={t('ui.notifications')}>
      {toasts.map((toast) => (
        <RadixToast.Root
          key={toast.id}
          duration={6000}
          onOpenChange={(open) => !open && forget(toast.id)}
          className="flex items-start gap-3 rounded-card border border-line bg-surface p-4 text-ink shadow-xl"
        >
          {toast.tone === 'danger' ? (
            <CircleAlert aria-hidden size={20} className="mt-0.5 flex-none text-danger-text" />
          ) : (
            <CircleCheck aria-hidden size={20} className="mt-0.5 flex-none text-success-text" />
          )}
          <div className="min-w-0 flex-1">
            <RadixToast.Title className="font-semibold">{toast.title}</RadixToast.Title>
            {toast.description && (
              <RadixToast.Description className="text-sm text-ink-muted">
                {toast.description}
              </RadixToast.Description>
            )}
          </div>
          <RadixToast.Close
            className="-m-2 inline-flex size-11 flex-none items-center justify-center rounded-full text-ink-muted hover:bg-surface-muted"
            aria-label={t('ui.close')}
          >
            <X aria-hidden size={18} />
          </RadixToast.Close>
        </RadixToast.Root>
      ))}
      <RadixToast.Viewport className="fixed inset-x-3 bottom-3 z-50 m-0 flex list-none flex-col gap-2 p-0 outline-none sm:inset-x-auto sm:right-6 sm:bottom-6 sm:w-96" />
    </RadixToast.Provider>
  );
}
