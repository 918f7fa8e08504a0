import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App, preloadAllRoutes } from './App';
import { MUNICIPALITY_STORAGE_KEY } from './lib/municipalityMemory';
import { QUICK_EXIT_URL } from './lib/quickExit';
import { TRAIL_STORAGE_KEY } from './lib/singleEntryHistory';
import { spyOnLocationReplace } from '../test/spyOnLocationReplace';
import { mockClient, renderWithProviders } from '../test/renderWithProviders';
import { network, searchResult, serviceResult, THEME_ERO } from '../test/fixtures';

const LAHTI = { code: '398', name: { fi: 'Lahti', sv: 'Lahtis' } };

function respond(query: string): unknown {
  if (query.includes('query PortalNetwork(')) return { network };
  if (query.includes('query PortalSearch(')) return searchResult(2);
  if (query.includes('query PortalService(')) return serviceResult(false);
  if (query.includes('query PortalMunicipalities(')) {
    return { municipalities: { edges: [{ node: LAHTI }] } };
  }
  if (query.includes('query PortalMunicipality(')) return { municipality: LAHTI };
  if (query.includes('query PortalEmbed(')) return searchResult(1);
  return undefined;
}

function renderApp(path: string) {
  const { client } = mockClient(respond);
  return renderWithProviders(<App />, { path, client });
}

/** The back bar's link (the portal's own Back), by its words. */
function backLink(name: string) {
  return screen.findByRole('link', { name });
}

beforeAll(async () => {
  window.scrollTo = jest.fn();
  await preloadAllRoutes();
});

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('one history entry for the whole visit, and the portal’s own Back', () => {
  it('search, a service, then the back bar: every step replaces the one entry', async () => {
    const { location } = renderApp('/perhelinja');
    expect(document.querySelector('.backbar')).toBeNull();

    fireEvent.change(await screen.findByRole('searchbox'), { target: { value: 'ero' } });
    fireEvent.submit(screen.getByRole('search'));
    fireEvent.click(await screen.findByRole('link', { name: 'Palvelu 1' }));
    await screen.findByRole('heading', { level: 1, name: 'Keskusteluapu vanhemmille' });
    // The memory location records pushes as new entries: there is still only one.
    expect(location.history).toEqual(['/perhelinja/services/s1']);

    const toResults = await backLink('Takaisin hakutuloksiin');
    expect(toResults).toHaveAttribute('href', '/perhelinja/search?q=ero');
    fireEvent.click(toResults);
    await screen.findByRole('heading', { level: 1, name: 'Hakutulokset: ero' });
    expect(location.history).toEqual(['/perhelinja/search?q=ero']);

    fireEvent.click(await backLink('Takaisin etusivulle'));
    await screen.findByRole('heading', { level: 1, name: 'Löydä apua läheltäsi' });
    expect(location.history).toEqual(['/perhelinja']);
    expect(document.querySelector('.backbar')).toBeNull();
  });

  it('keeps the reader’s language on the way back', async () => {
    const { location } = renderApp('/perhelinja');
    fireEvent.click(await screen.findByRole('link', { name: 'Olemme eroamassa tai eronneet' }));
    fireEvent.click(await screen.findByRole('button', { name: 'English' }));
    fireEvent.click(await backLink('Back to the front page'));
    expect(location.history).toEqual(['/perhelinja?lang=en']);
  });

  it('the back bar returns to where the reader was on the results, focus on the service they opened', async () => {
    // jsdom does no layout: a page scrolls where scrollTo says, and every element has a box.
    let offset = 0;
    Object.defineProperty(window, 'scrollY', { configurable: true, get: () => offset });
    const scrollTo = jest.spyOn(window, 'scrollTo').mockImplementation((_x: number, y: number) => {
      offset = y;
    });
    const rects = jest
      .spyOn(Element.prototype, 'getClientRects')
      .mockImplementation(() => [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList);
    try {
      renderApp('/perhelinja/search?q=ero');
      const card = await screen.findByRole('link', { name: 'Palvelu 1' });
      offset = 640;
      fireEvent.click(card);
      await screen.findByRole('heading', { level: 1, name: 'Keskusteluapu vanhemmille' });
      expect(offset).toBe(0);

      fireEvent.click(await backLink('Takaisin hakutuloksiin'));
      await screen.findByRole('heading', { level: 1, name: 'Hakutulokset: ero' });
      await waitFor(() => {
        expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Palvelu 1' }));
      });
      expect(offset).toBe(640);

      // A page opened forward starts at the top.
      fireEvent.click(screen.getByRole('link', { name: 'Palvelu 0' }));
      await screen.findByRole('heading', { level: 1, name: 'Keskusteluapu vanhemmille' });
      expect(offset).toBe(0);
    } finally {
      Object.defineProperty(window, 'scrollY', { configurable: true, value: 0, writable: true });
      scrollTo.mockRestore();
      rects.mockRestore();
      window.scrollTo = jest.fn();
    }
  });

  it('a page opened from a shared link goes back to the page above it', async () => {
    renderApp('/perhelinja/services/s1?municipality=853');
    expect(await backLink('Takaisin hakutuloksiin')).toHaveAttribute(
      'href',
      '/perhelinja/search?municipality=853',
    );
  });

  it('the skip link focuses the content without a #main entry', async () => {
    const { location } = renderApp('/perhelinja/safety');
    await screen.findByRole('heading', { level: 1, name: 'Turvallinen selaaminen' });
    fireEvent.click(screen.getByRole('link', { name: 'Siirry sisältöön' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(location.history).toEqual(['/perhelinja/safety']);
  });

  it('quick exit clears the visit’s memory (trail, municipality, language)', async () => {
    const replace = spyOnLocationReplace();
    renderApp('/perhelinja/search?q=ero&municipality=398');
    fireEvent.click(await screen.findByRole('link', { name: 'Palvelu 0' }));
    await screen.findByRole('heading', { level: 1, name: 'Keskusteluapu vanhemmille' });
    expect(window.sessionStorage.getItem(TRAIL_STORAGE_KEY)).toContain('q=ero');
    expect(window.sessionStorage.getItem(MUNICIPALITY_STORAGE_KEY)).toBe('398');

    fireEvent.click(screen.getByRole('button', { name: 'Poistu nopeasti' }));
    expect(replace).toHaveBeenCalledWith(QUICK_EXIT_URL);
    expect(window.sessionStorage.length).toBe(0);
    replace.mockRestore();
  });

  it('the widget leaves with Esc ×3 too', async () => {
    const replace = spyOnLocationReplace();
    renderApp('/embed/perhelinja');
    await screen.findByRole('link', { name: /Palvelu 0/ });
    for (let i = 0; i < 3; i++) fireEvent.keyDown(window, { key: 'Escape' });
    // Not framed in the test: the widget page's own tab leaves.
    expect(replace).toHaveBeenCalledWith(QUICK_EXIT_URL);
    replace.mockRestore();
  });
});

describe('the chosen municipality stays chosen for the visit', () => {
  it('applies to the life-situation and theme entries, the search form and the results', async () => {
    renderApp('/perhelinja');
    const picker = await screen.findByRole('combobox', { name: 'Kunta (vapaaehtoinen)' });
    fireEvent.focus(picker);
    fireEvent.change(picker, { target: { value: 'Lah' } });
    fireEvent.click(await screen.findByRole('option', { name: /Lahti/ }));
    expect(window.sessionStorage.getItem(MUNICIPALITY_STORAGE_KEY)).toBe('398');

    const entry = screen.getByRole('link', { name: 'Olemme eroamassa tai eronneet' });
    expect(entry).toHaveAttribute('href', `/perhelinja/search?theme=${THEME_ERO}&municipality=398`);
    expect(screen.getByRole('link', { name: 'Ero' })).toHaveAttribute(
      'href',
      `/perhelinja/search?theme=${THEME_ERO}&municipality=398`,
    );
    fireEvent.click(entry);
    expect(await screen.findByText(/kunnassa Lahti/)).toBeInTheDocument();

    // Home again: the search form starts from Lahti.
    fireEvent.click(await backLink('Takaisin etusivulle'));
    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: 'Kunta (vapaaehtoinen)' })).toHaveValue('Lahti');
    });
  });

  it('opening a results page for a municipality chooses it; clearing the picker forgets it', async () => {
    renderApp('/perhelinja/search?q=ero&municipality=398');
    await screen.findByText(/kunnassa Lahti/);
    expect(window.sessionStorage.getItem(MUNICIPALITY_STORAGE_KEY)).toBe('398');

    fireEvent.click(await screen.findByRole('button', { name: 'Tyhjennä kunta' }));
    expect(window.sessionStorage.getItem(MUNICIPALITY_STORAGE_KEY)).toBeNull();
  });
});

describe('the safety page', () => {
  it('says what stays on the device and how to remove it, with the exit button', async () => {
    renderApp('/perhelinja/safety');
    await screen.findByRole('heading', { level: 1, name: 'Turvallinen selaaminen' });
    for (const name of ['Poistu nopeasti', 'Mitä laitteelle jää', 'Näin poistat jäljet']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getByText(/Poistu nopeasti ei poista niitä historiasta/)).toBeInTheDocument();
    expect(screen.getByText(/yksityistä selausta/)).toBeInTheDocument();
  });
});
