import { screen, within } from '@testing-library/react';
import { Route } from 'wouter';
import { App } from './App';
import EmbedPage from './routes/EmbedPage';
import { mockClient, renderWithProviders } from '../test/renderWithProviders';
import { network, searchResult, serviceResult, THEME_ERO } from '../test/fixtures';

/* Other help outside the network (issue 18, the "pie") on the search page. */

const PROVIDERS = [
  {
    id: 'p1',
    name: 'Nollalinja',
    description: { fi: 'Lähisuhdeväkivaltaa kokeneille.', sv: null, en: 'For violence at home.' },
    phone: '080 005 005',
    chatUrl: null,
    website: null,
    openingHours: { open247: true },
  },
  {
    id: 'p2',
    name: 'Nettiturvakoti',
    description: { fi: 'Verkkopalvelu väkivallasta.', sv: null, en: null },
    phone: null,
    chatUrl: null,
    website: null,
    openingHours: { open247: false },
  },
];

function withTerms() {
  const result = serviceResult(false);
  const published = result.service.published!;
  return {
    ...result,
    service: {
      ...result.service,
      published: {
        ...published,
        themes: [
          { id: THEME_ERO, slug: 'ero', kind: 'THEME', label: { fi: 'Ero', sv: null, en: null } },
        ],
        targetGroups: [],
      },
    },
  };
}

function respond(total: number, providers = PROVIDERS) {
  return mockClient((query) => {
    if (query.includes('PortalNetwork(')) return { network };
    if (query.includes('PortalSearch(')) return searchResult(total);
    if (query.includes('PortalEmbed(')) return searchResult(total);
    if (query.includes('PortalService(')) return withTerms();
    if (query.includes('PortalOtherHelp(')) {
      return {
        network: {
          id: network.id,
          otherHelp: {
            totalCount: providers.length,
            edges: providers.map((node) => ({ node })),
          },
        },
      };
    }
    return undefined;
  });
}

beforeAll(() => {
  window.scrollTo = jest.fn();
});

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

describe('other help outside the network', () => {
  it('on the empty-results page: first, labelled as not part of the network, phone first; only 112 of the helplines', async () => {
    const { client, calls } = respond(0);
    renderWithProviders(<App />, {
      path: '/perhelinja/search?q=vakivalta&municipality=398',
      client,
    });

    const heading = await screen.findByRole('heading', {
      name: 'Muuta apua (ei osa Perhelinja-verkostoa)',
    });
    const section = heading.closest('section')!;
    expect(
      within(section).getByText(/Nämä palvelut eivät kuulu Perhelinja-verkostoon/),
    ).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Soita 080 005 005' })).toHaveAttribute(
      'href',
      'tel:080005005',
    );
    expect(within(section).getByText('Auki ympäri vuorokauden')).toBeInTheDocument();
    // A provider whose contact is unknown is listed without one.
    expect(within(section).getByText('Yhteystietoja ei ole saatavilla.')).toBeInTheDocument();

    // Before the call suggestion; of the national helplines only 112 stays.
    const call = screen.getByRole('heading', { name: 'Soita ja kysy' });
    expect(heading.compareDocumentPosition(call) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const callSection = call.closest('section')!;
    expect(within(callSection).getByRole('link', { name: '112' })).toHaveAttribute(
      'href',
      'tel:112',
    );
    expect(within(callSection).queryByRole('link', { name: '080 005 005' })).toBeNull();
    expect(screen.queryByRole('link', { name: '09 2525 0111' })).toBeNull();

    const variables = calls.find((c) => c.query.includes('PortalOtherHelp('))?.variables;
    expect(variables).toMatchObject({ slug: 'perhelinja', municipalityCode: '398' });
  });

  it('keeps every helpline when the network lists no other help', async () => {
    const { client } = respond(0, []);
    renderWithProviders(<App />, { path: '/perhelinja/search?q=vakivalta', client });
    expect(await screen.findByRole('heading', { name: 'Soita ja kysy' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Muuta apua/ })).toBeNull();
    expect(screen.getByRole('link', { name: '09 2525 0111' })).toBeInTheDocument();
  });

  it('after the network’s own results, in their own section (English)', async () => {
    const { client } = respond(2);
    renderWithProviders(<App />, { path: '/perhelinja/search?q=ero', client, language: 'en' });
    const heading = await screen.findByRole('heading', {
      name: 'Other help (not part of Perhelinja)',
    });
    const list = document.querySelector('.results__list')!;
    expect(list).not.toBeNull();
    expect(within(list as HTMLElement).queryByText('Nollalinja')).toBeNull();
    expect(list.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call 080 005 005' })).toBeInTheDocument();
  });
});

describe('other help nearby on the service page and in the widget', () => {
  it('the service page lists other help fitting its themes and the chosen municipality, after the deliveries', async () => {
    const { client, calls } = respond(1);
    renderWithProviders(<App />, { path: '/perhelinja/services/s1?municipality=853', client });
    const heading = await screen.findByRole('heading', {
      name: 'Muuta apua lähellä (ei osa Perhelinja-verkostoa)',
    });
    const section = heading.closest('section')!;
    expect(within(section).getByRole('link', { name: 'Soita 080 005 005' })).toBeInTheDocument();
    expect(within(section).getByText(/Nämä palvelut eivät kuulu/)).toBeInTheDocument();
    // After the network's own deliveries.
    const near = screen.getByRole('heading', { name: /^Palvelu / });
    expect(near.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const variables = calls.find((c) => c.query.includes('PortalOtherHelp('))?.variables;
    expect(variables).toMatchObject({
      slug: 'perhelinja',
      municipalityCode: '853',
      themeIds: [THEME_ERO],
    });
    expect(variables?.targetGroupIds).toBeUndefined();
  });

  it('without a municipality it asks to choose one (English)', async () => {
    const { client } = respond(1);
    renderWithProviders(<App />, { path: '/perhelinja/services/s1', client, language: 'en' });
    expect(
      await screen.findByRole('heading', { name: 'Other help nearby (not part of Perhelinja)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Choose a municipality above to see local help too.'),
    ).toBeInTheDocument();
  });

  it('shows no section when no other provider fits', async () => {
    const { client, calls } = respond(1, []);
    renderWithProviders(<App />, { path: '/perhelinja/services/s1', client });
    await screen.findByRole('heading', { level: 1, name: 'Keskusteluapu vanhemmille' });
    await screen.findAllByText('Esimerkkikatu 5', { exact: false });
    expect(calls.some((c) => c.query.includes('PortalOtherHelp('))).toBe(true);
    expect(screen.queryByRole('heading', { name: /Muuta apua/ })).toBeNull();
  });

  it('the widget includes other help only when asked (otherHelp=1), after its services', async () => {
    const asked = respond(2);
    renderWithProviders(
      <Route path="/embed/:networkSlug">
        <EmbedPage />
      </Route>,
      { path: '/embed/perhelinja?region=853&otherHelp=1', client: asked.client },
    );
    const heading = await screen.findByRole('heading', {
      name: 'Muuta apua (ei osa Perhelinja-verkostoa)',
    });
    const list = document.querySelector('.results__list')!;
    expect(list.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(asked.calls.find((c) => c.query.includes('PortalOtherHelp('))?.variables).toMatchObject({
      slug: 'perhelinja',
      municipalityCode: '853',
    });
  });

  it('the widget without the option does not ask for other help', async () => {
    const plain = respond(2);
    renderWithProviders(
      <Route path="/embed/perhelinja">
        <EmbedPage />
      </Route>,
      { path: '/embed/perhelinja?region=853', client: plain.client },
    );
    await screen.findAllByRole('link', { name: /Palvelu 0|Palvelu 1/ });
    expect(plain.calls.some((c) => c.query.includes('PortalOtherHelp('))).toBe(false);
    expect(screen.queryByRole('heading', { name: /Muuta apua/ })).toBeNull();
  });
});
