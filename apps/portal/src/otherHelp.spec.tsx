import { screen, within } from '@testing-library/react';
import { App } from './App';
import { mockClient, renderWithProviders } from '../test/renderWithProviders';
import { network, searchResult } from '../test/fixtures';

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

function respond(total: number, providers = PROVIDERS) {
  return mockClient((query) => {
    if (query.includes('PortalNetwork(')) return { network };
    if (query.includes('PortalSearch(')) return searchResult(total);
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
