import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { LANGUAGE_STORAGE_KEY, createI18n } from './lib/i18n';
import { QUICK_EXIT_URL } from './lib/quickExit';
import { spyOnLocationReplace } from '../test/spyOnLocationReplace';

function renderApp() {
  const i18n = createI18n();
  return render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
}

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
  document.documentElement.lang = '';
});

describe('portal shell', () => {
  it('renders in Finnish by default, with landmarks, a labelled search and a skip link', () => {
    renderApp();

    expect(screen.getByRole('heading', { level: 1, name: 'Löydä apua läheltäsi' })).toBeVisible();
    expect(document.documentElement.lang).toBe('fi');
    expect(document.title).toBe('Linja – löydä apua');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('search')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Mitä apua etsit?' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Siirry sisältöön' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
    expect(screen.getByRole('button', { name: 'Suomi' })).toHaveAttribute('aria-pressed', 'true');
  });

  it.each([
    ['Svenska', 'sv', 'Hitta hjälp nära dig', 'Lämna snabbt', 'Vilken hjälp söker du?'],
    ['English', 'en', 'Find help near you', 'Quick exit', 'What kind of help are you looking for?'],
  ])(
    'switches to %s: heading, quick exit, search label and <html lang>',
    (button, lang, heading, exit, search) => {
      renderApp();

      fireEvent.click(screen.getByRole('button', { name: button }));

      expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: exit })).toBeInTheDocument();
      expect(screen.getByRole('searchbox', { name: search })).toBeInTheDocument();
      expect(document.documentElement.lang).toBe(lang);
      expect(window.sessionStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe(lang);
      expect(window.localStorage.length).toBe(0);
    },
  );

  it('does not reload the page when the (not yet wired) search is submitted', () => {
    renderApp();
    const form = screen.getByRole('search');
    const submit = new Event('submit', { bubbles: true, cancelable: true });

    form.dispatchEvent(submit);

    expect(submit.defaultPrevented).toBe(true);
  });

  it('quick exit replaces the page with the neutral site', () => {
    const replace = spyOnLocationReplace();
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    fireEvent.click(screen.getByRole('button', { name: 'Quick exit' }));

    expect(QUICK_EXIT_URL).toBe('https://www.google.com/');
    expect(replace).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledWith('https://www.google.com/');
    expect(window.sessionStorage.length).toBe(0);
    replace.mockRestore();
  });
});
