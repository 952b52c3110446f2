// Short confirmations that come and go ("Meetup published"): a Toaster at the app's root, useToast() anywhere.
// Radix (in toast-list.tsx, loaded with the first toast) announces each one politely and lets it be swiped away.
import { createContext, lazy, type ReactNode, Suspense, useCallback, useContext, useState } from 'react';
import type { ShownToast, ToastMessage } from './toast-message';

export type { ToastMessage };

type Show = (message: ToastMessage) => void;

const ToastContext = createContext<Show>(() => {
  throw new Error('useToast() needs the Toaster at the root of the app');
});

const ToastList = lazy(async () => ({ default: (await import('./toast-list')).ToastList }));

/** Shows a toast: `const toast = useToast(); toast({ title: t('meetupForm.published') })`. */
export function useToast(): Show {
  return useContext(ToastContext);
}

let nextId = 1;

export function Toaster({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const show = useCallback<Show>(
    (message) => setToasts((shown) => [...shown.slice(-2), { ...message, id: nextId++ }]),
    [],
  );
  const forget = useCallback(
    (id: number) => setToasts((shown) => shown.filter((toast) => toast.id !== id)),
    [],
  );
  return (
    <ToastContext.Provider value={show}>
      {children}
      {toasts.length > 0 && (
        <Suspense fallback={null}>
          <ToastList toasts={toasts} forget={forget} />
        </Suspense>
      )}
    </ToastContext.Provider>
  );
}
