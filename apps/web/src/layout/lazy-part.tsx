// A part of a page whose code is loaded on demand (the account menu, the host's cancel dialog), inside a Suspense
// boundary of the caller's. The server renders it in full and names it in the page; the browser loads the code of
// every part so named before it takes the page over. React cannot take over a part whose code is not there yet,
// and a click on it meanwhile was lost: the button was on screen and did nothing.
import { type ComponentType, createContext, useContext } from 'react';
import { onDemand } from './on-demand';

const preloads = new Map<string, () => Promise<void>>();

/** Given by the server's render: it collects the names of the parts the page holds. */
export const RenderedParts = createContext<Set<string> | undefined>(undefined);

export function lazyPart<Props extends object>(
  name: string,
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  const { useComponent, preload } = onDemand(load);
  preloads.set(name, preload);
  function LazyPart(props: Props) {
    useContext(RenderedParts)?.add(name);
    const Shown = useComponent();
    return <Shown {...props} />;
  }
  return LazyPart;
}

/** Loads the code of the named parts (names this app does not know are passed over). */
export async function preloadParts(names: string[]): Promise<void> {
  await Promise.all(names.flatMap((name) => preloads.get(name) ?? []).map((preload) => preload()));
}
