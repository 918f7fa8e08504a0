import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/**
 * A route's page loaded when first visited (its own chunk), so the first screen downloads only the
 * shell and the page it shows. The shell's <Suspense> shows the loading state meanwhile.
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
