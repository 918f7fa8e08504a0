/*
 * The first screen as HTML (issue 12, "Speed on a phone"): the API renders the page's route into
 * #root with the answers it has just put in the page (server/firstPage.ts), so a phone paints the
 * first screen from the HTML instead of after the script; the browser then hydrates it (main.tsx).
 */
import { DEFAULT_LANGUAGE, type Language } from '@linja/ui';
import { renderToString } from 'react-dom/server';
import {
  cacheExchange,
  Client,
  createRequest,
  ssrExchange,
  type Exchange,
  type SSRData,
} from 'urql';
import { filter, pipe } from 'wonka';
import { preloadRoute } from '../App';
import { Portal, staticLocation } from '../Portal';
import { firstPageOperations, firstRouteModule, type RouteModule } from '../lib/firstPage';
import { asFirstRender, takeFirstTitle } from '../lib/firstRender';
import { createI18n } from '../lib/i18n';
import { languageFromSearch } from '../lib/language';

/**
 * The pages rendered on the server: those whose first screen's answers the API puts in the HTML.
 * Others (events, sign-in, the widget, the networks list) ask their data from the browser and
 * render there, as before.
 */
const SERVER_RENDERED: readonly RouteModule[] = ['HomePage', 'SearchPage', 'ServicePage'];

/** Asks nothing: on the server a query not answered in `data` stays loading, as in the browser. */
const askNothing: Exchange = () => (operations$) =>
  pipe(
    operations$,
    filter(() => false),
  ) as never;

export interface FirstScreen {
  /** The markup to put inside #root. */
  html: string;
  /** The language it is in (for <html lang>). */
  language: Language;
  /** The tab title the page asked for (for <title>), if it did. */
  title: string | null;
}

/**
 * The first screen of `pathname` + `search` rendered to HTML from the first page's answers `data`,
 * exactly as the browser's first render (hydration) will render it: the language the address names
 * (else Finnish), nothing of this tab's sessionStorage (lib/firstRender.ts). Null for a page not
 * rendered on the server or without its network's answer (a signed-in reader, a failed query). Throws
 * when rendering fails (the API logs it and serves the page without).
 */
export async function renderFirstScreen(
  pathname: string,
  search: string,
  data: SSRData,
): Promise<FirstScreen | null> {
  const route = firstRouteModule(pathname);
  if (!route || !SERVER_RENDERED.includes(route)) return null;
  const language = languageFromSearch(search) ?? DEFAULT_LANGUAGE;
  const [network] = firstPageOperations(pathname, search, language);
  if (!network || !data[createRequest(network.query, network.variables).key]) return null;
  await preloadRoute(pathname);
  const client = new Client({
    url: '/graphql',
    exchanges: [cacheExchange, ssrExchange({ isClient: true, initialState: data }), askNothing],
    requestPolicy: 'cache-first',
  });
  const location = staticLocation(pathname, search);
  takeFirstTitle();
  const html = asFirstRender(() =>
    renderToString(<Portal i18n={createI18n(language)} client={client} location={location} />),
  );
  return { html, language, title: takeFirstTitle() };
}
