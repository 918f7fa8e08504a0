import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { createRequest, type SSRData } from 'urql';
import { type BaseLocationHook } from 'wouter';
import { network, searchResult, serviceResult } from '../../test/fixtures';
import { preloadAllRoutes } from '../App';
import { Portal, staticLocation } from '../Portal';
import { createClient } from '../lib/client';
import { firstPageOperations } from '../lib/firstPage';
import { asFirstRender, RENDERED_AT_KEY } from '../lib/firstRender';
import { createI18n } from '../lib/i18n';
import { MUNICIPALITY_STORAGE_KEY } from '../lib/municipalityMemory';
import { TRAIL_STORAGE_KEY } from '../lib/singleEntryHistory';
import { renderFirstScreen } from './render';

/** The first page's answers as the API writes them, from `answer(queryText)` (undefined: left out). */
function answers(
  pathname: string,
  search: string,
  answer: (query: string) => unknown,
  language: 'fi' | 'en' = 'fi',
): SSRData {
  const data: SSRData = {};
  for (const { query, variables } of firstPageOperations(pathname, search, language)) {
    const request = createRequest(query, variables);
    const text = typeof query === 'string' ? query : (request.query.loc?.source.body ?? '');
    const result = answer(text);
    if (result !== undefined) data[request.key] = { data: JSON.stringify(result), hasNext: false };
  }
  return data;
}

const networkOnly = (query: string) =>
  query.includes('PortalNetwork(') ? { network, me: null } : undefined;

beforeAll(async () => {
  window.scrollTo = jest.fn();
  await preloadAllRoutes();
});

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('the first screen rendered on the server (server/render.tsx)', () => {
  it('renders the home page with the network from the answers', async () => {
    const screen = await renderFirstScreen(
      '/perhelinja',
      '',
      answers('/perhelinja', '', networkOnly),
    );

    expect(screen?.language).toBe('fi');
    expect(screen?.html).toContain('class="brand__name">Perhelinja<');
    expect(screen?.html.match(/<h1\b/g)).toHaveLength(1);
    expect(screen?.html).toContain('role="search"');
    // The tab is named from the server (the app hydrates only on the first interaction).
    expect(screen?.title).toBe('Perhelinja – Linja – löydä apua');
  });

  it('renders a results page’s cards, in the language the address names', async () => {
    const search = '?q=turvakoti&lang=en';
    // Asked in English: the keys the English page asks.
    const data = answers(
      '/perhelinja/search',
      search,
      (query) =>
        query.includes('PortalNetwork(')
          ? { network, me: null }
          : query.includes('PortalSearch(')
            ? searchResult(2)
            : undefined,
      'en',
    );

    const screen = await renderFirstScreen('/perhelinja/search', search, data);

    expect(screen?.language).toBe('en');
    expect(screen?.html).toContain('Service 0');
    expect(screen?.html).toContain('Service 1');
  });

  it('renders the chosen municipality’s name in its field (not an empty field until the app runs)', async () => {
    const search = '?q=ero&municipality=398';
    const data = answers('/perhelinja/search', search, (query) =>
      query.includes('PortalNetwork(')
        ? { network, me: null }
        : query.includes('PortalSearch(')
          ? searchResult(2)
          : query.includes('PortalMunicipality(')
            ? { municipality: { code: '398', name: { fi: 'Lahti', sv: 'Lahtis', en: null } } }
            : undefined,
    );

    const screen = await renderFirstScreen('/perhelinja/search', search, data);

    expect(screen?.html).toMatch(/<input[^>]*role="combobox"[^>]*value="Lahti"/);
  });

  it('answers what the page’s parts ask while rendering and renders them: the page is whole without the app', async () => {
    const pathname = '/perhelinja/services/s1';
    const data = answers(pathname, '', (query) =>
      query.includes('PortalNetwork(')
        ? { network, me: null }
        : query.includes('PortalService(')
          ? serviceResult(false)
          : undefined,
    );
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const asked: string[] = [];
    const answerFor = (query: string) => {
      asked.push(/query (\w+)/.exec(query)?.[1] ?? '?');
      if (query.includes('query ReferralForms'))
        return {
          data: {
            me: null,
            service: {
              id: 's1',
              network: { id: 'n1' },
              referralSettings: {
                acceptsReferrals: true,
                acceptsContactRequests: true,
                reasons: [],
              },
              deliveries: { edges: [] },
            },
          },
        };
      if (query.includes('query PortalServiceEvents'))
        return {
          data: {
            events: {
              totalCount: 1,
              pageInfo: { hasNextPage: false, endCursor: null },
              edges: [
                {
                  node: {
                    id: 'e1',
                    kind: 'PEER_GROUP',
                    audience: 'PUBLIC',
                    status: 'PUBLISHED',
                    title: { fi: 'Vertaisilta Lahdessa', sv: null, en: null },
                    isOnline: false,
                    placeName: 'Perhetalo',
                    postOffice: 'Lahti',
                    municipality: null,
                    occurrences: [
                      {
                        startsAt: tomorrow.toISOString(),
                        endsAt: new Date(tomorrow.getTime() + 3_600_000).toISOString(),
                      },
                    ],
                  },
                },
              ],
            },
          },
        };
      return { data: null, errors: [{ message: 'not in this test' }] };
    };
    const execute = jest.fn(({ query }: { query: string }) => Promise.resolve(answerFor(query)));

    const screen = await renderFirstScreen(pathname, '', data, execute);

    expect(asked).toEqual(expect.arrayContaining(['ReferralForms', 'PortalServiceEvents']));
    // A signed-out reader's contact form and the service's coming event, in the HTML.
    expect(screen?.html).toContain('Pyydä yhteydenottoa');
    expect(screen?.html).toContain('Vertaisilta Lahdessa');
    // Their answers go into the page, so hydrating renders the same markup without asking.
    // (+ the moment it was rendered at: the hydration shows the dates as the server did.)
    expect(Object.keys(screen?.data ?? {}).length).toBe(Object.keys(data).length + 3);
    const renderedAt = Number(screen?.data[RENDERED_AT_KEY]?.data);
    expect(Math.abs(renderedAt - Date.now())).toBeLessThan(24 * 60 * 60 * 1000);
    // Other help could not be answered here (the test's executor refuses it): the app starts at once.
    expect(screen?.incomplete).toBe(true);
  });

  it('a page whose parts asked nothing more is complete; without an executor nothing is asked', async () => {
    const data = answers('/perhelinja', '', networkOnly);
    const execute = jest.fn();

    const screen = await renderFirstScreen('/perhelinja', '', data, execute);

    expect(execute).not.toHaveBeenCalled();
    expect(screen?.incomplete).toBe(false);
    expect(screen?.data).toEqual({ ...data, [RENDERED_AT_KEY]: expect.anything() });
  });

  it('nothing without the network’s answer or for a page it does not render', async () => {
    expect(await renderFirstScreen('/perhelinja', '', {})).toBeNull();
    expect(
      await renderFirstScreen('/perhelinja/safety', '', answers('/perhelinja', '', networkOnly)),
    ).toBeNull();
  });
});

describe('hydrating the server’s first screen (boot.tsx)', () => {
  it('takes over the server’s markup without duplicating it, then shows what this tab chose', async () => {
    const data = answers('/perhelinja', '', networkOnly);
    const screen = await renderFirstScreen('/perhelinja', '', data);
    // This tab chose Lahti earlier and came from a results page: not in the server's HTML.
    window.sessionStorage.setItem(MUNICIPALITY_STORAGE_KEY, '398');
    window.sessionStorage.setItem(
      TRAIL_STORAGE_KEY,
      JSON.stringify({ here: '/perhelinja', back: ['/perhelinja/search?q=ero'] }),
    );
    const container = document.createElement('div');
    container.innerHTML = screen?.html ?? '';
    document.body.append(container);
    const serverMain = container.querySelector('main');
    const recoverable = jest.fn();

    await act(async () => {
      asFirstRender(() =>
        hydrateRoot(
          container,
          <Portal
            i18n={createI18n('fi')}
            client={createClient('http://portal.test/graphql', data)}
            location={staticLocation('/perhelinja', '')}
          />,
          { onRecoverableError: recoverable },
        ),
      );
      await Promise.resolve();
    });

    expect(recoverable).not.toHaveBeenCalled();
    expect(container.querySelector('main')).toBe(serverMain);
    expect(container.querySelectorAll('main')).toHaveLength(1);
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    expect(container.querySelectorAll('.quick-exit')).toHaveLength(1);
    // After hydration: the entries carry the chosen municipality, the back bar leads to the results.
    const entries = [...container.querySelectorAll<HTMLAnchorElement>('a.chip')];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((link) => link.getAttribute('href')?.includes('municipality=398'))).toBe(
      true,
    );
    expect(screen?.html).not.toContain('backbar');
    expect(container.querySelector('.backbar__link')?.getAttribute('href')).toBe(
      '/perhelinja/search?q=ero',
    );
    container.remove();
  });

  it('keeps words typed before the app ran: the held search (first-screen.js) sends them, the field shows them', async () => {
    const data = answers('/perhelinja', '', networkOnly);
    const screen = await renderFirstScreen('/perhelinja', '', data);
    const container = document.createElement('div');
    container.innerHTML = screen?.html ?? '';
    document.body.append(container);
    // Typed into the server's HTML (no app yet): the DOM holds the words, the address does not.
    const field = container.querySelector<HTMLInputElement>('input[name="q"]');
    if (!field) throw new Error('no search field in the server’s HTML');
    field.value = 'turvakoti';
    // The server's fixed location, recording where the app navigates.
    const navigated: string[] = [];
    const hook: BaseLocationHook = () => [
      '/perhelinja',
      (to: string) => {
        navigated.push(to);
      },
    ];

    await act(async () => {
      asFirstRender(() =>
        hydrateRoot(
          container,
          <Portal
            i18n={createI18n('fi')}
            client={createClient('http://portal.test/graphql', data)}
            location={{ hook, searchHook: () => '' }}
          />,
        ),
      );
      await Promise.resolve();
    });
    // Hydrated: first-screen.js replays the held submit (boot.tsx's markLive).
    act(() => {
      field.form?.requestSubmit();
    });

    expect(container.querySelector('input[name="q"]')).toBe(field);
    expect(field.value).toBe('turvakoti');
    expect(navigated).toEqual(['/perhelinja/search?q=turvakoti']);
    container.remove();
  });
});
