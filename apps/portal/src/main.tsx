import '@linja/ui/theme.css';
import '@linja/ui/base.css';
import '@linja/ui/service-page.css';
// The language switcher's own stylesheet too (its component imports it, but runs only with the
// app): everything the server-rendered page shows is styled from the first paint.
import '@linja/ui/language-switcher.css';
import './styles.css';
import { onFirstInteraction, preloadAfterPaint, startsOnInteraction } from './lib/lazyHydration';

/**
 * The portal's entry: only decides when the app starts. A server-rendered first screen is the page
 * until the person first acts on it (lib/lazyHydration.ts); then the app's code (boot.tsx, fetched
 * already after the first paint: preloadAfterPaint) runs and hydrates it. Other pages start the app
 * at once.
 */
const start = () => import('./boot');

if (startsOnInteraction()) {
  preloadAfterPaint();
  onFirstInteraction(() => void start());
} else {
  preloadAfterPaint({ now: true });
  void start();
}
