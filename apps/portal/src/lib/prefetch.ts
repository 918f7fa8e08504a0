import { type Language } from '@linja/ui';
import { type Client } from 'urql';
import { firstPageOperations } from './firstPage';

/**
 * The first page's queries, asked at start-up side by side instead of one after another: the pages
 * render inside the network's shell, so their own query would otherwise leave only once the network
 * has arrived (a second round trip before a results or service page can show anything). Each is the
 * exact (query, variables) pair the page asks (lib/firstPage.ts), so urql answers the page from this
 * request, in flight or done (`cache-first`), and nothing is asked twice. When the API has already
 * answered them into the page's HTML (lib/client.ts), urql answers these from that and asks nothing.
 */
export function prefetchFirstPage(
  client: Pick<Client, 'query'>,
  pathname: string,
  search: string,
  language: Language,
): void {
  for (const { query, variables } of firstPageOperations(pathname, search, language)) {
    void client.query(query, variables).toPromise();
  }
}
