import {
  activeFilterCount,
  EMPTY_SEARCH,
  parseSearch,
  serializeSearch,
  toggleValue,
  toSearchInput,
} from './searchState';

const THEME = '5a1e0b6e-0c1f-4c3e-9d0a-200100000003';
const GROUP = '5a1e0b6e-0c1f-4c3e-9d0a-200100000021';

describe('search state in the URL', () => {
  it('parses every parameter of the shared URL scheme', () => {
    const state = parseSearch(
      `?q=turvakotiin&municipality=398&theme=${THEME}&targetGroup=${GROUP}&age=4&language=sv&language=en&channel=PHONE&channel=CHAT&free=1&accepting=1&page=3&lang=sv`,
    );
    expect(state).toEqual({
      q: 'turvakotiin',
      municipality: '398',
      themes: [THEME],
      targetGroups: [GROUP],
      age: 4,
      languages: ['sv', 'en'],
      channels: ['PHONE', 'CHAT'],
      free: true,
      accepting: true,
      page: 3,
    });
  });

  it('drops malformed values instead of sending them to the API', () => {
    expect(
      parseSearch(
        '?municipality=98&theme=<script>&age=-1&language=swedish&channel=FAX&free=yes&page=999',
      ),
    ).toEqual(EMPTY_SEARCH);
    expect(parseSearch('?age=121').age).toBeNull();
    expect(parseSearch('?page=0').page).toBe(1);
    expect(parseSearch(`?theme=${THEME}&theme=${THEME}`).themes).toEqual([THEME]);
  });

  it('serialises in a stable order, leaves defaults out and keeps the UI language', () => {
    expect(serializeSearch(EMPTY_SEARCH)).toBe('');
    expect(serializeSearch({ q: ' ero ', free: true, page: 1 }, 'sv')).toBe('q=ero&free=1&lang=sv');
    expect(
      serializeSearch({ channels: ['CHAT'], municipality: '091', themes: [THEME], page: 2 }),
    ).toBe(`municipality=091&theme=${THEME}&channel=CHAT&page=2`);
  });

  it('round-trips: parse(serialise(state)) is the state', () => {
    const state = {
      ...EMPTY_SEARCH,
      q: 'väkivalta äiti',
      municipality: '853',
      themes: [THEME],
      targetGroups: [GROUP],
      age: 0,
      languages: ['fi'],
      channels: ['GROUP' as const],
      accepting: true,
      page: 2,
    };
    expect(parseSearch(serializeSearch(state))).toEqual(state);
  });

  it('toggles list filters, starting again from page 1', () => {
    const on = toggleValue({ ...EMPTY_SEARCH, page: 3 }, 'themes', THEME);
    expect(on.themes).toEqual([THEME]);
    expect(on.page).toBe(1);
    expect(toggleValue(on, 'themes', THEME).themes).toEqual([]);
    expect(activeFilterCount({ ...on, free: true, age: 3 })).toBe(3);
  });

  it('maps to the API input with empty filters left out', () => {
    expect(toSearchInput(EMPTY_SEARCH, 'perhelinja', 'fi')).toEqual({
      networkSlug: 'perhelinja',
      locale: 'fi',
    });
    expect(
      toSearchInput(
        { ...EMPTY_SEARCH, q: 'ero', municipality: '091', free: true, age: 0, channels: ['CHAT'] },
        'perhelinja',
        'sv',
      ),
    ).toEqual({
      networkSlug: 'perhelinja',
      locale: 'sv',
      text: 'ero',
      municipalityCode: '091',
      freeOfCharge: true,
      age: 0,
      channels: ['CHAT'],
    });
  });
});
