/*
 * The first screen as HTML (issue 12, "Speed on a phone"): the API renders the page's route into
 * #root with the answers it has just put in the page (server/firstPage.ts), so a phone paints the
 * first screen from the HTML instead of after the script; the browser then hydrates it (boot.tsx),
 * on the person's first interaction (lib/lazyHydration.ts). So the page must be whole without the
 * app: a part that asks its own data while rendering (a service's events, its contact form, other
 * help) is answered here too, in a second pass, and its answer goes into the page with the others.
 */
import { DEFAULT_LANGUAGE, type Language } from '@linja/ui';
import { renderToString } from 'react-dom/server';
import {
  cacheExchange,
  Client,
  createRequest,
  ssrExchange,
  type Exchange,
  type Operation,
  type SSRData,
} from 'urql';
import { filter, pipe, tap } from 'wonka';
import { preloadRoute } from '../App';
import { Portal, staticLocation } from '../Portal';
import { firstPageOperations, firstRouteModule, type RouteModule } from '../lib/firstPage';
import { asFirstRender, RENDERED_AT_KEY, setRenderedAt, takeFirstTitle } from '../lib/firstRender';
import { createI18n } from '../lib/i18n';
import { languageFromSearch } from '../lib/language';
import { answerOperation, type Execute } from './execute';

/**
 * The pages rendered on the server: those whose first screen's answers the API puts in the HTML.
 * Others (events, sign-in, the widget, the networks list) ask their data from the browser and
 * render there, as before.
 */
const SERVER_RENDERED: readonly RouteModule[] = ['HomePage', 'SearchPage', 'ServicePage'];

/**
 * Renders after the first one: a part below the page's first queries asks its own (e.g. the events
 * of the service the first answer named), and what it asks may depend on them. Two at most.
 */
const MAX_EXTRA_PASSES = 2;

/**
 * Sends nothing on: a query not answered in the answers stays loading, as in the browser, and is
 * noted in `asked` (by urql's key) so the caller can answer it and render again.
 */
const noteAsked =
  (asked: Map<number, Operation>): Exchange =>
  () =>
  (operations$) =>
    pipe(
      operations$,
      tap((operation) => {
        if (operation.kind === 'query') asked.set(operation.key, operation);
      }),
      filter(() => false),
    ) as never;

/** Answers the operations into `answers` (urql's serialized form); a failed one is left out. */
async function answerAll(
  operations: Iterable<Operation>,
  answers: SSRData,
  execute: Execute,
  failed: Set<number>,
): Promise<number> {
  let answered = 0;
  await Promise.all(
    [...operations].map(async (operation) => {
      const answer = await answerOperation(operation, execute);
      if (!answer) {
        failed.add(operation.key);
        return;
      }
      answers[operation.key] = answer;
      answered += 1;
    }),
  );
  return answered;
}

export interface FirstScreen {
  /** The markup to put inside #root. */
  html: string;
  /** The language it is in (for <html lang>). */
  language: Language;
  /** The tab title the page asked for (for <title>), if it did. */
  title: string | null;
  /** Every answer the markup was rendered from (`data` and those asked while rendering): the page's. */
  data: SSRData;
  /** Whether a part asked for data that could not be answered: the app must start at once for it. */
  incomplete: boolean;
}

/**
 * The first screen of `pathname` + `search` rendered to HTML from the first page's answers `data`,
 * exactly as the browser's first render (hydration) will render it: the language the address names
 * (else Finnish), nothing of this tab's sessionStorage (lib/firstRender.ts). What the rendered parts
 * ask besides is answered with `execute` (the reader's own GraphQL, in the API) and rendered again,
 * so the page the browser hydrates later is already whole. Null for a page not rendered on the
 * server or without its network's answer (a signed-in reader, a failed query). Throws when
 * rendering fails (the API logs it and serves the page without).
 */
export async function renderFirstScreen(
  pathname: string,
  search: string,
  data: SSRData,
  execute?: Execute,
): Promise<FirstScreen | null> {
  const route = firstRouteModule(pathname);
  if (!route || !SERVER_RENDERED.includes(route)) return null;
  const language = languageFromSearch(search) ?? DEFAULT_LANGUAGE;
  const [network] = firstPageOperations(pathname, search, language);
  if (!network || !data[createRequest(network.query, network.variables).key]) return null;
  await preloadRoute(pathname);
  const location = staticLocation(pathname, search);
  // The moment every pass renders at (a part's dates), in the page for the hydration (boot.tsx).
  const renderedAt = Date.now();
  const answers: SSRData = {
    ...data,
    [RENDERED_AT_KEY]: { data: JSON.stringify(renderedAt), hasNext: false },
  };
  // A question that failed once is not asked again in a later pass (the browser asks it).
  const failed = new Set<number>();
  for (let pass = 0; ; pass += 1) {
    const asked = new Map<number, Operation>();
    const client = new Client({
      url: '/graphql',
      exchanges: [
        cacheExchange,
        ssrExchange({ isClient: true, initialState: { ...answers } }),
        noteAsked(asked),
      ],
      requestPolicy: 'cache-first',
    });
    takeFirstTitle();
    setRenderedAt(renderedAt);
    const html = asFirstRender(() =>
      renderToString(<Portal i18n={createI18n(language)} client={client} location={location} />),
    );
    setRenderedAt(null);
    const title = takeFirstTitle();
    const done = { html, language, title, data: answers, incomplete: asked.size > 0 };
    const open = [...asked.values()].filter((operation) => !failed.has(operation.key));
    if (!open.length || !execute || pass === MAX_EXTRA_PASSES) return done;
    // Nothing more answered (each failed): the browser asks those itself, at once.
    if ((await answerAll(open, answers, execute, failed)) === 0) return done;
  }
}
