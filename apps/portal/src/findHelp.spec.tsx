import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CombinedError, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { App } from './App';
import { mockClient, renderWithProviders } from '../test/renderWithProviders';
import { network, searchResult, serviceResult } from '../test/fixtures';
import { type AllNetworksSearchData, type SearchData } from './lib/queries';

/*
 * Nothing found is never a dead end, the search across all networks at /, contact first on cards and
 * the service page, and the signed-in sign in the header (issue 12).
 */

function withContact(data: SearchData): SearchData {
  for (const [i, edge] of data.searchServices.edges.entries()) {
    const published = edge.node.published;
    if (published) published.contact = { phone: '+358 40 000 0205', website: null };
    edge.node.deliveries = {
      totalCount: 1,
      edges: [
        {
          node: {
            contact: { phone: i === 0 ? '+358 40 000 0999' : null, website: null },
            openingHours: { open247: i === 0, periods: [] },
          },
        },
      ],
    };
  }
  return data;
}

function allNetworksResult(): AllNetworksSearchData {
  const data = withContact(searchResult(2));
  return {
    searchServices: {
      ...data.searchServices,
      edges: data.searchServices.edges.map((edge, i) => ({
        node: {
          ...edge.node,
          network:
            i === 0
              ? { id: 'n1', slug: 'perhelinja', name: 'Perhelinja' }
              : { id: 'n2', slug: 'liitto', name: 'Liitto' },
        },
      })),
    },
  };
}

const networks = {
  networks: {
    edges: [
      { node: { ...network } },
      { node: { ...network, id: 'n2', slug: 'liitto', name: 'Liitto' } },
    ],
  },
};

beforeAll(() => {
  window.scrollTo = jest.fn();
});

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('result cards: contact at a glance', () => {
  it('call button (tel:), 24/7, free and no referral needed', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network }
        : query.includes('PortalSearch(')
          ? withContact(searchResult(2))
          : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/search?q=ero&municipality=398', client });

    const first = (await screen.findAllByRole('article'))[0];
    if (!first) throw new Error('no card');
    const call = within(first).getByRole('link', { name: /^Soita \+358 40 000 0999/ });
    expect(call).toHaveAttribute('href', 'tel:+358400000999');
    expect(within(first).getByText('Auki 24/7')).toBeInTheDocument();
    expect(within(first).getByText('Maksuton')).toBeInTheDocument();
    expect(within(first).getByText('Ei lähetettä')).toBeInTheDocument();
  });
});

describe('results matching only some of the words', () => {
  function partly(all: boolean[], connectionPartial: boolean): SearchData {
    const data = searchResult(all.length);
    data.searchServices.partialMatch = connectionPartial;
    for (const [i, edge] of data.searchServices.edges.entries()) edge.partialMatch = !all[i];
    return data;
  }

  it.each([
    ['fi', 'Vastaa osaa hakusanoistasi'],
    ['sv', 'Motsvarar några av dina sökord'],
    ['en', 'Matches some of your words'],
  ] as const)(
    'are marked on their cards after those matching every word (%s)',
    async (lang, mark) => {
      const { client } = mockClient((query) =>
        query.includes('PortalNetwork(')
          ? { network }
          : query.includes('PortalSearch(')
            ? partly([true, false, false], false)
            : undefined,
      );
      renderWithProviders(<App />, {
        path: `/perhelinja/search?q=ero+tukea+perhe${lang === 'fi' ? '' : `&lang=${lang}`}`,
        client,
        language: lang,
      });

      const cards = await screen.findAllByRole('article');
      expect(cards).toHaveLength(3);
      expect(within(cards[0] as HTMLElement).queryByText(mark)).toBeNull();
      expect(within(cards[1] as HTMLElement).getByText(mark)).toBeInTheDocument();
      expect(within(cards[2] as HTMLElement).getByText(mark)).toBeInTheDocument();
    },
  );

  it('are not marked one by one when none matches every word (the page says it once)', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network }
        : query.includes('PortalSearch(')
          ? partly([false, false], true)
          : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/search?q=ero+tukea', client });

    expect(
      await screen.findByText(/Näytetään palvelut, jotka vastaavat osaa niistä/),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByText('Vastaa osaa hakusanoistasi')).toBeNull();
  });
});

describe('nothing found is never a dead end', () => {
  it('offers the words without the municipality (with counts), the area, phone and chat, and the helplines', async () => {
    const { client, calls } = mockClient((query) => {
      if (query.includes('PortalNetwork(')) {
        return { network: { ...network, contact: { ...network.contact, phone: '02 123 4567' } } };
      }
      if (query.includes('PortalSearch(')) return searchResult(0);
      if (query.includes('PortalMunicipality(')) {
        return {
          municipality: {
            code: '398',
            name: { fi: 'Lahti', sv: 'Lahtis' },
            wellbeingArea: { code: '07', name: { fi: 'Päijät-Hämeen hyvinvointialue' } },
          },
        };
      }
      if (query.includes('PortalAlternatives')) {
        return {
          withoutPlace: { totalCount: 3 },
          nearby: { totalCount: 12 },
          remote: { totalCount: 0 },
        };
      }
      return undefined;
    });
    renderWithProviders(<App />, {
      path: '/perhelinja/search?q=eroperhe&municipality=398',
      client,
    });

    expect(
      await screen.findByRole('heading', { name: 'Hakuehdoilla ei löytynyt palveluja' }),
    ).toBeInTheDocument();
    const everywhere = await screen.findByRole('link', { name: '”eroperhe” koko Suomessa' });
    expect(everywhere).toHaveAttribute('href', '/perhelinja/search?q=eroperhe');
    await screen.findByText('3 palvelua');
    expect(
      screen.getByRole('link', {
        name: 'Kaikki palvelut, joita on tarjolla kunnassa Lahti (Päijät-Hämeen hyvinvointialue ja koko maa)',
      }),
    ).toHaveAttribute('href', '/perhelinja/search?municipality=398');
    // Nothing by phone or chat there: said, but not a link to another empty page.
    expect(screen.queryByRole('link', { name: /Puhelimitse tai chatissa/ })).toBeNull();
    expect(screen.getByText('Puhelimitse tai chatissa kunnassa Lahti')).toBeInTheDocument();

    const variables = calls.find((call) => call.query.includes('PortalAlternatives'))?.variables;
    expect(variables).toMatchObject({
      withoutPlace: { networkSlug: 'perhelinja', text: 'eroperhe' },
      nearby: { networkSlug: 'perhelinja', municipalityCode: '398' },
      remote: { municipalityCode: '398', channels: ['PHONE', 'CHAT'] },
      skipWithoutFilters: true,
    });
    expect(variables?.withoutPlace).not.toHaveProperty('municipalityCode');

    expect(screen.getByRole('heading', { name: 'Soita ja kysy' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '02 123 4567' })).toHaveAttribute(
      'href',
      'tel:021234567',
    );
    for (const [number, tel] of [
      ['112', 'tel:112'],
      ['080 005 005', 'tel:+35880005005'],
      ['09 2525 0111', 'tel:+358925250111'],
      ['116 111', 'tel:116111'],
    ]) {
      expect(
        screen.getAllByRole('link', { name: number }).some((a) => a.getAttribute('href') === tel),
      ).toBe(true);
    }
  });
});

describe('/: one search across all networks', () => {
  it('searches without a network filter, labels each result with its network and links to its page', async () => {
    const { client, calls } = mockClient((query) =>
      query.includes('PortalNetworks')
        ? networks
        : query.includes('PortalSearchAll')
          ? allNetworksResult()
          : undefined,
    );
    const rendered = renderWithProviders(<App />, { path: '/', client });

    fireEvent.change(await screen.findByRole('searchbox', { name: 'Mitä apua etsit?' }), {
      target: { value: 'ero' },
    });
    fireEvent.submit(screen.getByRole('search'));
    await waitFor(() => {
      expect(rendered.location.history.at(-1)).toBe('/?q=ero');
    });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Hakutulokset kaikista palveluverkostoista: ero',
      }),
    ).toBeInTheDocument();
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(2);
    const [first, second] = cards as [HTMLElement, HTMLElement];
    expect(within(first).getByText('Perhelinja')).toBeInTheDocument();
    expect(within(second).getByText('Liitto')).toBeInTheDocument();
    expect(within(second).getByRole('link', { name: 'Palvelu 1' })).toHaveAttribute(
      'href',
      '/liitto/services/s1',
    );
    const search = calls.find((call) => call.query.includes('PortalSearchAll'));
    expect(search?.variables.input).toEqual({ locale: 'fi', text: 'ero' });
  });

  it('in Swedish, with the networks listed below the search', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetworks') ? networks : undefined,
    );
    renderWithProviders(<App />, { path: '/?lang=sv', client, language: 'sv' });
    expect(
      await screen.findByRole('searchbox', { name: 'Vilken hjälp söker du?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Servicenätverk' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Liitto' })).toHaveAttribute('href', '/liitto?lang=sv');
  });
});

describe('service page: contact first; professionals', () => {
  it('starts with how to get help (call, free, how to start) before the description', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network }
        : query.includes('PortalService(')
          ? serviceResult(false)
          : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/services/s1?municipality=853', client });

    const block = (await screen.findByRole('heading', { name: 'Näin saat apua' })).closest(
      'section',
    );
    if (!block) throw new Error('no contact block');
    expect(within(block).getByRole('link', { name: /^Soita \+358 40 000 0101/ })).toHaveAttribute(
      'href',
      'tel:+358400000101',
    );
    expect(within(block).getByText('Esimerkkikatu 5, 20100 Turku')).toBeInTheDocument();
    expect(block).toHaveTextContent('Ensimmäinen askel: Soita');
    const about = screen.getByRole('heading', { name: 'Mitä palvelu on' });
    expect(block.compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Ammattilaisille/ })).toBeNull();
  });

  it('a signed-in professional: the sign in the header with sign-out, and a jump to their section', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: { id: 'u1', name: 'Paula Ammattilainen' } }
        : query.includes('PortalService(')
          ? serviceResult(true)
          : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/services/s1', client });

    await screen.findByTestId('professional-info');
    const banner = document.querySelector<HTMLElement>('header.header');
    if (!banner) throw new Error('no header');
    expect(within(banner).getByText('Kirjautunut: Paula Ammattilainen')).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Kirjaudu ulos' })).toBeInTheDocument();
    const jump = await screen.findByRole('link', { name: /Ammattilaisille: ohjaaminen/ });
    fireEvent.click(jump);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Ammattilaisille' }));
  });
});

describe('a search that fails', () => {
  it('says so, with a retry, instead of showing the previous search’s results under its heading', async () => {
    let offline = false;
    const client = {
      executeQuery: jest.fn((operation: { query: unknown; variables: Record<string, unknown> }) => {
        const body = (operation.query as { loc?: { source: { body: string } } }).loc?.source.body;
        const query = body ?? '';
        if (query.includes('PortalNetwork(')) return fromValue({ operation, data: { network } });
        if (!query.includes('PortalSearch(')) return never;
        return offline
          ? fromValue({
              operation,
              error: new CombinedError({ networkError: new Error('offline') }),
            })
          : fromValue({ operation, data: searchResult(2) });
      }),
      executeMutation: jest.fn(() => never),
      executeSubscription: jest.fn(() => never),
    } as unknown as Client;
    const { location } = renderWithProviders(<App />, { path: '/perhelinja/search?q=ero', client });
    expect(await screen.findAllByRole('article')).toHaveLength(2);

    offline = true;
    act(() => {
      location.navigate('/perhelinja/search?q=vauva');
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Haku ei nyt onnistunut');
    expect(within(alert).getByRole('button', { name: 'Yritä uudelleen' })).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);

    offline = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Yritä uudelleen' }));
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
