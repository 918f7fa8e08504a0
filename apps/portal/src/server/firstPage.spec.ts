import { createRequest } from 'urql';
import { createClient, FIRST_PAGE_DATA_ID, readFirstPageData } from '../lib/client';
import { firstPageOperations } from '../lib/firstPage';
import { NETWORK_QUERY } from '../lib/queries';
import { network } from '../../test/fixtures';
import { firstPage, type Execute } from './firstPage';

const RESULTS = ['/perhelinja/search', '?q=turvakoti&municipality=398'] as const;

/** An API that answers every operation with `{ asked: <operation name> }`, recording the queries. */
function recordingApi(fail?: string) {
  const asked: string[] = [];
  const execute: Execute = ({ query }) => {
    const name = /query (\w+)/.exec(query)?.[1] ?? '';
    asked.push(query);
    return Promise.resolve(
      name === fail ? { errors: [{ message: 'no' }] } : { data: { asked: name } },
    );
  };
  return { asked, execute };
}

describe('the first page the API answers into the HTML (server/firstPage.ts)', () => {
  it('answers exactly the operations the page asks, under urql’s keys for them', async () => {
    const { asked, execute } = recordingApi();
    const { data, routeSource } = await firstPage(...RESULTS, execute);
    const keys = firstPageOperations(...RESULTS, 'fi').map(
      ({ query, variables }) => `${createRequest(query, variables).key}`,
    );

    expect(Object.keys(data).sort()).toEqual([...keys].sort());
    expect(Object.keys(data)).toHaveLength(4);
    expect(routeSource).toBe('src/routes/SearchPage.tsx');
    // The document the browser's client sends: with the document cache's __typename fields.
    expect(asked.every((query) => query.includes('__typename'))).toBe(true);
  });

  it('in the language the address names; Finnish without one', async () => {
    const swedish = await firstPage(
      '/perhelinja/search',
      '?q=skyddshem&lang=sv',
      recordingApi().execute,
    );
    const finnish = await firstPage('/perhelinja/search', '?q=skyddshem', recordingApi().execute);
    const key = (language: 'fi' | 'sv') =>
      firstPageOperations('/perhelinja/search', '?q=skyddshem', language).map(
        ({ query, variables }) => `${createRequest(query, variables).key}`,
      );

    expect(Object.keys(swedish.data)).toEqual(expect.arrayContaining(key('sv')));
    expect(Object.keys(finnish.data)).toEqual(expect.arrayContaining(key('fi')));
    expect(Object.keys(finnish.data)).not.toEqual(expect.arrayContaining(key('sv')));
  });

  it('leaves out an answer with errors, or none at all: the browser asks that one itself', async () => {
    const { data } = await firstPage(...RESULTS, recordingApi('PortalSearch').execute);
    const failing = await firstPage(...RESULTS, () => Promise.reject(new Error('down')));

    expect(Object.keys(data)).toHaveLength(3);
    expect(failing.data).toEqual({});
  });

  it('nothing for the front page or the widget, which ask their own', async () => {
    expect((await firstPage('/', '', recordingApi().execute)).data).toEqual({});
    expect((await firstPage('/embed/perhelinja', '', recordingApi().execute)).data).toEqual({});
  });
});

describe('the portal’s client answers from the page’s HTML (lib/client.ts)', () => {
  afterEach(() => {
    document.getElementById(FIRST_PAGE_DATA_ID)?.remove();
  });

  function pageCarries(text: string) {
    const block = document.createElement('script');
    block.type = 'application/json';
    block.id = FIRST_PAGE_DATA_ID;
    block.textContent = text;
    document.head.append(block);
  }

  it('answers the network from the HTML without asking the API', async () => {
    const { key } = createRequest(NETWORK_QUERY, { slug: 'perhelinja' });
    pageCarries(JSON.stringify({ [key]: { data: JSON.stringify({ network, me: null }) } }));
    const fetch = jest.fn(() => Promise.reject(new Error('asked the API')));

    const client = createClient('http://portal.test/graphql', readFirstPageData());
    const result = await client
      .query(NETWORK_QUERY, { slug: 'perhelinja' }, { fetch: fetch as typeof globalThis.fetch })
      .toPromise();

    expect(result.data?.network.name).toBe(network.name);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('asks the API for what the HTML does not carry', async () => {
    const { key } = createRequest(NETWORK_QUERY, { slug: 'perhelinja' });
    pageCarries(JSON.stringify({ [key]: { data: JSON.stringify({ network, me: null }) } }));
    // jsdom has no fetch Response: what urql reads of one.
    const body = JSON.stringify({ data: { network: { ...network, slug: 'other' }, me: null } });
    const fetch = jest.fn(() =>
      Promise.resolve({
        ok: true,
        status: 200,
        statusText: 'OK',
        headers: {
          get: (name: string) => (/content-type/i.test(name) ? 'application/json' : null),
        },
        text: () => Promise.resolve(body),
        json: () => Promise.resolve(JSON.parse(body) as unknown),
      }),
    );

    const client = createClient('http://portal.test/graphql', readFirstPageData());
    const result = await client
      .query(
        NETWORK_QUERY,
        { slug: 'other' },
        { fetch: fetch as unknown as typeof globalThis.fetch },
      )
      .toPromise();

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(result.error?.message).toBeUndefined();
    expect(result.data?.network.slug).toBe('other');
  });

  it('reads nothing from a page without answers or with a broken block', () => {
    expect(readFirstPageData()).toBeUndefined();
    pageCarries('{not json');
    expect(readFirstPageData()).toBeUndefined();
  });
});
