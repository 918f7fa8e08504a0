import { screen } from '@testing-library/react';
import {
  createRequest,
  type AnyVariables,
  type Client,
  type DocumentInput,
  type Operation,
} from 'urql';
import { App, preloadAllRoutes } from '../App';
import { mockClient, renderWithProviders } from '../../test/renderWithProviders';
import { network, searchResult, serviceResult } from '../../test/fixtures';
import { prefetchFirstPage } from './prefetch';

/** The operation keys prefetchFirstPage asks for (urql's key: the query and its variables). */
function prefetchedKeys(path: string, language: 'fi' | 'sv' | 'en' = 'fi'): number[] {
  const keys: number[] = [];
  const client = {
    query: <V extends AnyVariables>(query: DocumentInput<unknown, V>, variables: V) => {
      keys.push(createRequest(query, variables).key);
      return { toPromise: () => Promise.resolve() };
    },
  };
  const [pathname = '/', search = ''] = path.split('?');
  prefetchFirstPage(client as never, pathname, search ? `?${search}` : '', language);
  return keys;
}

/** Renders the page and returns the keys of the queries it asked once `ready` is shown. */
async function pageKeys(path: string, ready: () => Promise<unknown>, language?: 'sv') {
  const { client } = mockClient((query) =>
    query.includes('PortalNetwork(')
      ? { network }
      : query.includes('PortalSearch(')
        ? searchResult(2)
        : query.includes('PortalService(')
          ? serviceResult(false)
          : undefined,
  );
  const keys: number[] = [];
  const recording = {
    ...client,
    executeQuery: (operation: Operation) => {
      keys.push(operation.key);
      return client.executeQuery(operation);
    },
  } as Client;
  renderWithProviders(<App />, { path, client: recording, language });
  await ready();
  return keys;
}

beforeAll(async () => {
  window.scrollTo = jest.fn();
  await preloadAllRoutes();
});

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('the first page’s queries asked at start-up (lib/prefetch.ts)', () => {
  it('asks exactly what a results page asks: the network, the search, the other help and the municipality', async () => {
    const path = '/perhelinja/search?q=turvakoti&municipality=398&free=1';
    const asked = await pageKeys(path, () => screen.findAllByRole('article'));
    const prefetched = prefetchedKeys(path);

    expect(prefetched).toHaveLength(4);
    expect(asked).toEqual(expect.arrayContaining(prefetched));
  });

  it('in the reader’s language', async () => {
    const path = '/perhelinja/search?q=skyddshem&lang=sv';
    const asked = await pageKeys(path, () => screen.findAllByRole('article'), 'sv');

    expect(asked).toEqual(expect.arrayContaining(prefetchedKeys(path, 'sv')));
    expect(asked).not.toEqual(expect.arrayContaining(prefetchedKeys(path, 'fi')));
  });

  it('asks exactly what a service page asks', async () => {
    const path = '/perhelinja/services/s1?municipality=853';
    const asked = await pageKeys(path, () =>
      screen.findByRole('heading', { level: 1, name: 'Keskusteluapu vanhemmille' }),
    );
    const prefetched = prefetchedKeys(path);

    expect(prefetched).toHaveLength(3);
    expect(asked).toEqual(expect.arrayContaining(prefetched));
  });

  it('asks only the network for the home page, and nothing for the widget or the front page', () => {
    expect(prefetchedKeys('/perhelinja')).toHaveLength(1);
    expect(prefetchedKeys('/embed/perhelinja')).toEqual([]);
    expect(prefetchedKeys('/')).toEqual([]);
  });
});
