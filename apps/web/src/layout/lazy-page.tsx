// A page whose code is loaded when it is first opened; until then the layout shows "Loading…".
import { type ComponentType, lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

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
  let Loaded: ComponentType | undefined;
  const preload = async () => {
    Loaded ??= (await load())[name];
  };
  loaders.push(preload);
  const Page = lazy(async (): Promise<{ default: ComponentType }> => {
    await preload();
    return { default: Loaded! };
  });
  function LazyPage() {
    // Chosen once per visit of the page, so that it is never swapped (and its state lost) when the code arrives;
    // the same tree either way (a Suspense boundary around the page), so the server's HTML hydrates as it is.
    const [Shown] = useState(() => Loaded ?? Page);
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
