// A page whose code is loaded when it is first opened; until then the layout shows "Loading…".
import { type ComponentType, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

const loaders: (() => Promise<unknown>)[] = [];

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('home.loading')}</p>;
}

export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): ComponentType {
  loaders.push(load);
  const Page = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

/** Loads every page's code now, one after the other (component tests render synchronously once it is there). */
export async function preloadLazyPages(): Promise<void> {
  for (const load of loaders) await load();
}
