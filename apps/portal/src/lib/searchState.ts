/**
 * The search lives in the URL (shareable, bookmarkable, Back/Forward work):
 * `/:networkSlug/search?q=&municipality=091&theme=<id>&targetGroup=<id>&age=&language=sv&channel=PHONE&free=1&accepting=1&page=2`
 * Repeated keys (theme, targetGroup, language, channel) are "any of". Anything malformed is dropped,
 * never sent to the API. `lang` (the UI language) is not part of the search and is kept as is.
 */
export const CHANNELS = ['PHONE', 'CHAT', 'VIDEO', 'IN_PERSON', 'GROUP', 'HOME_VISIT'] as const;
export type Channel = (typeof CHANNELS)[number];

export const PAGE_SIZE = 10;
/** "Load more" widens one query (first = PAGE_SIZE × page); the API returns at most 100. */
export const MAX_PAGE = 10;

export interface SearchState {
  q: string;
  municipality: string | null;
  themes: string[];
  targetGroups: string[];
  age: number | null;
  languages: string[];
  channels: Channel[];
  free: boolean;
  accepting: boolean;
  page: number;
}

export const EMPTY_SEARCH: SearchState = {
  q: '',
  municipality: null,
  themes: [],
  targetGroups: [],
  age: null,
  languages: [],
  channels: [],
  free: false,
  accepting: false,
  page: 1,
};

const MUNICIPALITY = /^\d{3}$/;
const TERM_ID = /^[0-9a-f-]{1,64}$/i;
const LANGUAGE = /^[a-z]{2}$/;

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function intIn(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d{1,3}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const municipality = params.get('municipality');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    municipality: municipality && MUNICIPALITY.test(municipality) ? municipality : null,
    themes: unique(params.getAll('theme').filter((id) => TERM_ID.test(id))).slice(0, 20),
    targetGroups: unique(params.getAll('targetGroup').filter((id) => TERM_ID.test(id))).slice(
      0,
      20,
    ),
    age: intIn(params.get('age'), 0, 120),
    languages: unique(params.getAll('language').filter((code) => LANGUAGE.test(code))).slice(0, 10),
    channels: unique(
      params
        .getAll('channel')
        .filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c)),
    ),
    free: params.get('free') === '1',
    accepting: params.get('accepting') === '1',
    page: intIn(params.get('page'), 1, MAX_PAGE) ?? 1,
  };
}

/** The query string (without "?") for a state, in a stable order, defaults left out; `lang` kept. */
export function serializeSearch(state: Partial<SearchState>, lang?: string | null): string {
  const s = { ...EMPTY_SEARCH, ...state };
  const params = new URLSearchParams();
  if (s.q.trim()) params.set('q', s.q.trim());
  if (s.municipality) params.set('municipality', s.municipality);
  for (const id of s.themes) params.append('theme', id);
  for (const id of s.targetGroups) params.append('targetGroup', id);
  if (s.age !== null) params.set('age', String(s.age));
  for (const code of s.languages) params.append('language', code);
  for (const channel of s.channels) params.append('channel', channel);
  if (s.free) params.set('free', '1');
  if (s.accepting) params.set('accepting', '1');
  if (s.page > 1) params.set('page', String(s.page));
  if (lang) params.set('lang', lang);
  return params.toString();
}

/** How many filters (not the text or the place) are on. */
export function activeFilterCount(s: SearchState): number {
  return (
    s.themes.length +
    s.targetGroups.length +
    s.languages.length +
    s.channels.length +
    (s.age !== null ? 1 : 0) +
    (s.free ? 1 : 0) +
    (s.accepting ? 1 : 0)
  );
}

/** Flips one value in a list filter; any change of filters starts again from page 1. */
export function toggleValue<K extends 'themes' | 'targetGroups' | 'languages' | 'channels'>(
  state: SearchState,
  key: K,
  value: SearchState[K][number],
): SearchState {
  const list = state[key] as string[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...state, [key]: next, page: 1 };
}

export interface SearchServicesInput {
  networkSlug: string;
  locale: 'fi' | 'sv' | 'en';
  text?: string;
  municipalityCode?: string;
  themes?: string[];
  targetGroups?: string[];
  age?: number;
  languages?: string[];
  channels?: Channel[];
  freeOfCharge?: boolean;
  acceptingClients?: boolean;
  /** Services this organisation answers for or delivers (the widget). */
  organizationId?: string;
}

/** The API input for a state; empty filters are left out (so equal searches share a cache entry). */
export function toSearchInput(
  state: SearchState,
  networkSlug: string,
  locale: 'fi' | 'sv' | 'en',
): SearchServicesInput {
  const input: SearchServicesInput = { networkSlug, locale };
  if (state.q) input.text = state.q;
  if (state.municipality) input.municipalityCode = state.municipality;
  if (state.themes.length) input.themes = state.themes;
  if (state.targetGroups.length) input.targetGroups = state.targetGroups;
  if (state.age !== null) input.age = state.age;
  if (state.languages.length) input.languages = state.languages;
  if (state.channels.length) input.channels = state.channels;
  if (state.free) input.freeOfCharge = true;
  if (state.accepting) input.acceptingClients = true;
  return input;
}
