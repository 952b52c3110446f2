// A page whose code is loaded when it is first opened; until then the layout shows "Loading…".
import { type ComponentType, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { onDemand } from './on-demand';

const loaders: (() => Promise<unknown>)[] = [];

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('home.loading')}</p>;
}

export type LazyPage = ComponentType & {
  /** Loads the page's code; from then on it renders at once, as the hydration of a server-rendered page needs. */
  preload: () => Promise<void>;
};

export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyPage {
  const { useComponent, preload } = onDemand(async () => (await load())[name]);
  loaders.push(preload);
  function LazyPage() {
    const Shown = useComponent();
    return (
      <Suspense fallback={<Loading />}>
        <Shown />
      </Suspense>
    );
  }
  return Object.assign(LazyPage, { preload });
}

/** Loads every page's code now, one after the other (component tests render synchronously once it is there). */
export async function preloadLazyPages(): Promise<void> {
  for (const load of loaders) await load();
}
