// A component whose code is loaded on demand, the common ground of lazy pages and lazy parts: `preload` loads the
// code ahead (before a server-rendered page is taken over), and from then on it renders at once, without suspending.
import { type ComponentType, lazy, useState } from 'react';

export interface OnDemand<Props extends object> {
  /** The component to render: chosen once per mount, so that it is never swapped (and its state lost) when the
   * code arrives. Either way it sits in the same Suspense boundary, so the server's HTML hydrates as it is. */
  useComponent: () => ComponentType<Props>;
  preload: () => Promise<void>;
}

export function onDemand<Props extends object>(load: () => Promise<ComponentType<Props>>): OnDemand<Props> {
  let Loaded: ComponentType<Props> | undefined;
  const preload = async () => {
    Loaded ??= await load();
  };
  const Lazy = lazy(async () => {
    await preload();
    return { default: Loaded! };
  });
  return { useComponent: () => useState(() => Loaded ?? Lazy)[0], preload };
}
