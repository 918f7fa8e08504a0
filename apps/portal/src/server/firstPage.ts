/*
 * The API's side of the first screen (built by `vite build --ssr` into dist-server/first-page.cjs and
 * loaded by apps/api/src/static-apps/first-page.ts): which queries the page at a URL asks first, and
 * which route chunk it renders, so the API can answer them into the page's HTML and preload the chunk
 * instead of the phone waiting for the script before asking (issue 12, "Speed on a phone").
 */
import { DEFAULT_LANGUAGE } from '@linja/ui';
import { createRequest, type SSRData } from 'urql';
import { firstPageOperations, firstRouteModule } from '../lib/firstPage';
import { languageFromSearch } from '../lib/language';
import { answerOperation, type Execute } from './execute';

export { FIRST_PAGE_DATA_ID } from '../lib/client';
export { type Execute } from './execute';

export interface FirstPage {
  /** urql's serialized results by operation key: what lib/client.ts reads from the HTML. */
  data: SSRData;
  /** The route module's source, as Vite's manifest names it (e.g. `src/routes/SearchPage.tsx`). */
  routeSource: string | undefined;
}

/**
 * The first page's answers for `pathname` + `search` in the language the URL names (else Finnish,
 * the portal's default; a reader whose visit chose another language in sessionStorage asks again
 * from the browser, keys differ). An operation that fails or answers with errors is left out: the
 * browser then asks it itself and shows its error as it always did.
 */
export async function firstPage(
  pathname: string,
  search: string,
  execute: Execute,
): Promise<FirstPage> {
  const language = languageFromSearch(search) ?? DEFAULT_LANGUAGE;
  const data: SSRData = {};
  await Promise.all(
    firstPageOperations(pathname, search, language).map(async ({ query, variables }) => {
      const request = createRequest(query, variables);
      const answer = await answerOperation(request, execute);
      if (answer) data[request.key] = answer;
    }),
  );
  const route = firstRouteModule(pathname);
  return { data, routeSource: route ? `src/routes/${route}.tsx` : undefined };
}

export { renderFirstScreen, type FirstScreen } from './render';
