import { brandStyle, usableLogoUrl } from './brand';
import { withLang } from './language';
import { LIFE_SITUATIONS, lifeSituationSearch } from './lifeSituations';
import { pick } from './localized';
import { formatDays, formatTime } from './openingHours';
import { type Term } from './queries';
import { listenForEscapeExit } from './quickExit';

describe('brand colours', () => {
  it('applies a brand primary that keeps AA contrast, with a darker hover', () => {
    const style = brandStyle({ primaryColor: '#00687a', accentColor: '#b3471d' }) as Record<
      string,
      string
    >;
    expect(style['--linja-color-primary']).toBe('#00687a');
    expect(style['--linja-color-primary-hover']).toMatch(/^#[0-9a-f]{6}$/);
    expect(style['--portal-color-accent']).toBe('#b3471d');
  });

  it('falls back to the default theme when a colour fails contrast or is malformed', () => {
    expect(brandStyle({ primaryColor: '#ffd700', accentColor: '#eeeeee' })).toEqual({});
    expect(brandStyle({ primaryColor: 'red' })).toEqual({});
    expect(brandStyle(null)).toEqual({});
  });

  it('uses only same-origin or data: logos (the CSP allows no others)', () => {
    expect(usableLogoUrl('/logos/perhelinja.svg')).toBe('/logos/perhelinja.svg');
    expect(usableLogoUrl('https://evil.example/logo.png')).toBeNull();
    expect(usableLogoUrl('//evil.example/logo.png')).toBeNull();
  });
});

describe('content language fallback', () => {
  const text = { fi: 'Turvakoti', sv: null, en: 'Shelter', fiPlain: 'Turvakoti – turvaa' };

  it('picks the reader’s language, else Finnish first, and tells which language it is', () => {
    expect(pick(text, 'en')).toEqual({ text: 'Shelter', lang: 'en', plain: false });
    expect(pick(text, 'sv')).toEqual({ text: 'Turvakoti', lang: 'fi', plain: false });
    expect(pick({ en: 'Only English' }, 'fi')).toEqual({
      text: 'Only English',
      lang: 'en',
      plain: false,
    });
    expect(pick({ fi: ' ' }, 'fi')).toBeNull();
  });

  it('gives plain-language Finnish to Finnish readers who ask for it', () => {
    expect(pick(text, 'fi', true)).toEqual({ text: 'Turvakoti – turvaa', lang: 'fi', plain: true });
    expect(pick(text, 'en', true)?.text).toBe('Shelter');
  });
});

describe('links keep the language', () => {
  it('adds ?lang= except for Finnish', () => {
    expect(withLang('/perhelinja/search?q=ero', 'sv')).toBe('/perhelinja/search?q=ero&lang=sv');
    expect(withLang('/perhelinja?lang=sv', 'fi')).toBe('/perhelinja');
  });
});

describe('life situations', () => {
  const terms: Term[] = [
    { id: 't-ero', slug: 'ero', kind: 'THEME', label: { fi: 'Ero' } },
    { id: 'g-nuoret', slug: 'nuoret', kind: 'TARGET_GROUP', label: { fi: 'Nuoret' } },
  ];
  const byKey = (key: string) => LIFE_SITUATIONS.find((s) => s.key === key)!;

  it('map to the network’s themes or target groups, else to a text search in the reader’s language', () => {
    expect(lifeSituationSearch(byKey('separation'), terms, 'fi')).toBe('theme=t-ero');
    expect(lifeSituationSearch(byKey('youth'), terms, 'fi')).toBe('targetGroup=g-nuoret');
    expect(lifeSituationSearch(byKey('crisis'), terms, 'sv')).toBe('q=kris');
  });
});

describe('opening hours', () => {
  const short = (day: string) => day.slice(0, 2).toLowerCase();
  it('formats days as ranges and times per language', () => {
    expect(formatDays(['FRIDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], short)).toBe(
      'mo–fr',
    );
    expect(formatDays(['MONDAY', 'WEDNESDAY', 'THURSDAY'], short)).toBe('mo, we, th');
    expect(formatTime('09:00', 'fi')).toBe('9.00');
    expect(formatTime('16:30', 'en')).toBe('16:30');
  });
});

describe('quick exit by keyboard', () => {
  it('leaves after Esc pressed three times in quick succession, not after two', () => {
    const leave = jest.fn();
    const stop = listenForEscapeExit(window, leave);
    const esc = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    esc();
    esc();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(leave).not.toHaveBeenCalled();
    esc();
    expect(leave).toHaveBeenCalledTimes(1);
    stop();
    esc();
    esc();
    esc();
    expect(leave).toHaveBeenCalledTimes(1);
  });
});
