import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App, preloadAllRoutes } from './App';
import { LANGUAGE_STORAGE_KEY } from './lib/i18n';
import { QUICK_EXIT_URL } from './lib/quickExit';
import { spyOnLocationReplace } from '../test/spyOnLocationReplace';
import { mockClient, renderWithProviders } from '../test/renderWithProviders';
import { network, searchResult, serviceResult, THEME_ERO } from '../test/fixtures';

function respond(query: string, variables: Record<string, unknown>): unknown {
  if (query.includes('query PortalNetwork(')) return { network };
  if (query.includes('query PortalSearch(')) {
    const input = variables.input as { themes?: string[] };
    return input.themes?.includes(THEME_ERO) ? searchResult(2, 2) : searchResult(3, 2);
  }
  if (query.includes('query PortalService(')) return serviceResult(false);
  if (query.includes('query PortalNetworks')) {
    return {
      networks: {
        edges: [
          { node: { ...network } },
          { node: { ...network, id: 'n2', slug: 'liitto', name: 'Liitto' } },
        ],
      },
    };
  }
  return undefined;
}

function renderApp(path: string) {
  const { client, calls } = mockClient(respond);
  return { ...renderWithProviders(<App />, { path, client }), calls };
}

beforeAll(async () => {
  window.scrollTo = jest.fn();
  // Every lazy route's module loaded before the first render: a test then waits for its page, not
  // for a module load that takes long on a busy machine (see also react-setup.cjs's wait ceiling).
  await preloadAllRoutes();
});

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
  document.documentElement.lang = '';
});

describe('portal home', () => {
  it('renders in Finnish with landmarks, a labelled search, skip link, brand colours and entries', async () => {
    renderApp('/perhelinja');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Löydä apua läheltäsi' }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('fi');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('search')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Mitä apua etsit?' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kunta (vapaaehtoinen)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Siirry sisältöön' })).toHaveAttribute('href', '#main');
    expect(screen.getAllByRole('link', { name: '112' })[0]).toHaveAttribute('href', 'tel:112');
    expect(screen.getByRole('button', { name: 'Suomi' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelector('.page')).toHaveStyle({ '--linja-color-primary': '#00687a' });
    // By need: the network's themes; by life situation: mapped to the themes.
    expect(screen.getByRole('link', { name: 'Ero' })).toHaveAttribute(
      'href',
      `/perhelinja/search?theme=${THEME_ERO}`,
    );
    expect(screen.getByRole('link', { name: 'Olemme eroamassa tai eronneet' })).toHaveAttribute(
      'href',
      `/perhelinja/search?theme=${THEME_ERO}`,
    );
  });

  it('submitting the search puts the words in the URL', async () => {
    const { location } = renderApp('/perhelinja');
    fireEvent.change(await screen.findByRole('searchbox'), { target: { value: 'turvakotiin' } });
    fireEvent.submit(screen.getByRole('search'));
    expect(location.history.at(-1)).toBe('/perhelinja/search?q=turvakotiin');
  });

  it.each([
    ['Svenska', 'sv', 'Hitta hjälp nära dig', 'Lämna snabbt', 'Perhelinja samlar tjänsterna.'],
    ['English', 'en', 'Find help near you', 'Quick exit', 'Perhelinja kokoaa palvelut.'],
  ])(
    'switches to %s: UI, <html lang>, ?lang= in the URL and content with fallback',
    async (button, lang, heading, exit, description) => {
      const { location } = renderApp('/perhelinja');
      fireEvent.click(await screen.findByRole('button', { name: button }));

      expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: exit })).toBeInTheDocument();
      expect(document.documentElement.lang).toBe(lang);
      expect(location.history.at(-1)).toBe(`/perhelinja?lang=${lang}`);
      expect(window.sessionStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe(lang);
      expect(window.localStorage.length).toBe(0);
      const shown = screen.getByText(description);
      if (lang === 'en') {
        // No English description: the Finnish one, marked for screen readers and said in words.
        expect(shown.closest('[lang]')).toHaveAttribute('lang', 'fi');
        expect(screen.getByText(/It is shown in Finnish/)).toBeInTheDocument();
      }
    },
  );

  it('follows ?lang= in a shared link', async () => {
    renderApp('/perhelinja?lang=sv');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hitta hjälp nära dig' }),
    ).toBeInTheDocument();
  });

  it('quick exit (button and Esc ×3) replaces the page with the neutral site', async () => {
    const replace = spyOnLocationReplace();
    renderApp('/perhelinja');

    fireEvent.click(await screen.findByRole('button', { name: 'Poistu nopeasti' }));
    expect(replace).toHaveBeenCalledWith(QUICK_EXIT_URL);
    expect(window.sessionStorage.length).toBe(0);

    for (let i = 0; i < 3; i++) fireEvent.keyDown(window, { key: 'Escape' });
    expect(replace).toHaveBeenCalledTimes(2);
    replace.mockRestore();
  });

  it('lists the networks at /', async () => {
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Liitto' })).toHaveAttribute('href', '/liitto');
  });
});

describe('results page', () => {
  it('shows results and facet counts, and a filter click changes the URL and the counts', async () => {
    const { location, calls } = renderApp('/perhelinja/search?q=ero');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hakutulokset: ero' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('3 palvelua')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    const themes = screen.getByRole('group', { name: 'Aihe' });
    const ero = within(themes).getByRole('checkbox', { name: /Ero/ });
    expect(ero).not.toBeChecked();
    // Its name keeps the value and its count apart ("Ero (2)"), not run together ("Ero2").
    expect(ero).toHaveAccessibleName(/^Ero.*\(\s*\d+\s*\)$/);

    fireEvent.click(ero);

    expect(location.history.at(-1)).toBe(`/perhelinja/search?q=ero&theme=${THEME_ERO}`);
    await waitFor(() => {
      expect(screen.getByText('2 palvelua')).toBeInTheDocument();
    });
    expect(
      within(screen.getByRole('group', { name: 'Aihe' })).getByRole('checkbox', { name: /Ero/ }),
    ).toBeChecked();
    const search = calls.filter((call) => call.query.includes('PortalSearch')).at(-1);
    expect(search?.variables).toEqual({
      input: { networkSlug: 'perhelinja', locale: 'fi', text: 'ero', themes: [THEME_ERO] },
      first: 10,
    });
  });

  it('"load more" widens the same query (page in the URL, replacing the entry)', async () => {
    const { client, calls } = mockClient((query, variables) => {
      if (query.includes('PortalNetwork(')) return { network };
      if (!query.includes('PortalSearch')) return undefined;
      const page = searchResult(variables.first === 20 ? 12 : 10);
      page.searchServices.totalCount = 12;
      page.searchServices.pageInfo.hasNextPage = variables.first !== 20;
      return page;
    });
    const { location } = renderWithProviders(<App />, { path: '/perhelinja/search?q=ero', client });

    fireEvent.click(await screen.findByRole('button', { name: 'Näytä lisää palveluja' }));

    expect(location.history).toEqual(['/perhelinja/search?q=ero&page=2']);
    await waitFor(() => {
      expect(screen.getAllByRole('article')).toHaveLength(12);
    });
    expect(screen.queryByRole('button', { name: 'Näytä lisää palveluja' })).toBeNull();
    expect(
      calls.filter((call) => call.query.includes('PortalSearch')).map((c) => c.variables.first),
    ).toEqual([10, 20]);
  });

  it('helps when nothing is found: 112 and Nollalinja', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network }
        : query.includes('PortalSearch')
          ? searchResult(0)
          : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/search?q=xyz', client });
    expect(
      await screen.findByRole('heading', { name: 'Hakuehdoilla ei löytynyt palveluja' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: '080 005 005' })[0]).toHaveAttribute(
      'href',
      'tel:+35880005005',
    );
  });
});

describe('service page', () => {
  it('shows what, for whom, how, the delivery near the municipality and the path in order', async () => {
    renderApp('/perhelinja/services/s1?municipality=853');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Keskusteluapu vanhemmille' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Mitä palvelu on' })).toBeInTheDocument();
    expect(document.querySelector('address')).toHaveTextContent('Esimerkkikatu 5');
    expect(screen.getByText('ma–pe')).toBeInTheDocument();
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles.indexOf('Vaihe 1: Soita')).toBeLessThan(titles.indexOf('Vaihe 2: Tapaaminen'));
    expect(screen.queryByTestId('professional-info')).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Kirjaudu ammattilaisena' })[0]).toHaveAttribute(
      'href',
      `/perhelinja/signin?return=${encodeURIComponent('/perhelinja/services/s1?municipality=853')}`,
    );
  });

  it('offers plain-language Finnish where the service has it', async () => {
    renderApp('/perhelinja/services/s1');
    fireEvent.click(await screen.findByRole('button', { name: 'Näytä selkokielellä' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Apua vanhemmille' }),
    ).toBeInTheDocument();
  });

  it('shows the professional-only section when the API returns it (a signed-in professional)', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: { id: 'u1', name: 'Paula Ammattilainen' } }
        : query.includes('PortalService(')
          ? serviceResult(true)
          : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/services/s1', client });
    expect(await screen.findByTestId('professional-info')).toHaveTextContent('Ohjaa soittamalla.');
    expect(screen.getByText(/Kirjautunut: Paula Ammattilainen/)).toBeInTheDocument();
  });
});
