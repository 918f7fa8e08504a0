/*
 * The app: loaded by the entry (main.tsx) at once, or, on a server-rendered first screen, on the
 * person's first interaction (lib/lazyHydration.ts).
 */
import { DEFAULT_LANGUAGE } from '@linja/ui';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { preloadRoute } from './App';
import { Portal } from './Portal';
import { carryTypedValues } from './lib/carriedFields';
import { createClient, readFirstPageData } from './lib/client';
import { asFirstRender, RENDERED_AT_KEY, setRenderedAt } from './lib/firstRender';
import { createI18n, currentLanguage, storedLanguage } from './lib/i18n';
import { languageFromSearch } from './lib/language';
import { prefetchFirstPage } from './lib/prefetch';

const { pathname, search } = window.location;
const routeLoaded = preloadRoute(pathname);
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The API may have rendered the first screen into #root (server/render.tsx). It did so in the
// language the address names, else Finnish: the browser hydrates in the same one, then switches to
// the one this tab chose earlier (sessionStorage), if another, by rendering again.
const serverRendered = root.hasChildNodes();
const fromUrl = languageFromSearch(search);
const chosen = storedLanguage();
const i18n = createI18n(fromUrl ?? (serverRendered ? DEFAULT_LANGUAGE : chosen));
const firstPageData = readFirstPageData();
const client = createClient('/graphql', firstPageData);
// The moment the server rendered the page: hydration renders the parts that depend on the clock as
// the server did (lib/firstRender.ts, clockNow).
const renderedAt = Number(firstPageData?.[RENDERED_AT_KEY]?.data);
setRenderedAt(Number.isFinite(renderedAt) ? renderedAt : null);
prefetchFirstPage(client, pathname, search, currentLanguage(i18n));

const portal = <Portal i18n={i18n} client={client} />;

/** The app handles the page from now on: public/first-screen.js stands aside (and replays a held search). */
function markLive() {
  document.documentElement.setAttribute('data-linja-app', '');
  document.dispatchEvent(new Event('linja:app'));
}

function followChosenLanguage() {
  if (fromUrl || !chosen || chosen === currentLanguage(i18n)) return;
  prefetchFirstPage(client, pathname, search, chosen);
  void i18n.changeLanguage(chosen);
}

function renderFromScratch(target: HTMLElement) {
  // Anything already typed into the server's fields is put into the new ones (useAdoptTypedValue).
  carryTypedValues(target);
  target.replaceChildren();
  createRoot(target).render(portal);
  markLive();
  followChosenLanguage();
}

function hydrate(target: HTMLElement) {
  // Hydrate once the route's chunk is in (preloaded from the HTML), so the route renders at once
  // instead of suspending over the server's HTML. Any failure: render from scratch, as without it.
  routeLoaded
    .then(() => {
      asFirstRender(() => hydrateRoot(target, portal));
      markLive();
      followChosenLanguage();
    })
    .catch((error: unknown) => {
      // eslint-disable-next-line no-console -- the browser's only log: the page still works (below)
      console.error('Linja: hydrating the first screen failed; rendering it again', error);
      renderFromScratch(target);
    });
}

// The entry (main.tsx) has waited for the person's first interaction where it should.
if (serverRendered) hydrate(root);
else createRoot(root).render(portal);
