// The distinct-query phase's searches: generated from the bench catalogue's own words (its search_word
// vocabulary and the demo services' texts), inflected, compounded, combined and mistyped, in fi/sv/en
// (mostly fi), some with a municipality and some with filters, pages 1–3, never the same variables
// twice. A seeded PRNG makes the same seed give the same searches, so runs are comparable.
import { DEMO_SERVICES } from '@linja/db';
import { type Pool } from 'pg';

import { type SearchServicesInput } from '../../src/service-search/dto/search-services.input';

export type SearchKind = 'text' | 'text+municipality' | 'filters' | 'facets';

/** One search as a person makes it: page 1, then maybe pages 2 and 3 (each a separate request). */
export interface DistinctSearch {
  readonly kind: SearchKind;
  readonly input: SearchServicesInput;
  readonly pages: 1 | 2 | 3;
}

/** What the generator draws from, read from the bench database. */
export interface Material {
  /** search_word entries of 4–20 letters. */
  readonly vocabulary: readonly string[];
  readonly municipalities: readonly string[];
  readonly networks: readonly {
    slug: string;
    themes: readonly string[];
    targetGroups: readonly string[];
  }[];
}

export async function readMaterial(pool: Pool): Promise<Material> {
  const vocabulary = await pool.query<{ word: string }>(
    `SELECT word FROM search_word WHERE word ~ '^[a-zåäö]{4,20}$' ORDER BY word`,
  );
  const municipalities = await pool.query<{ code: string }>(
    'SELECT code FROM municipality ORDER BY code',
  );
  const terms = await pool.query<{ slug: string; kind: string; id: string }>(
    `SELECT n.slug, t.kind, t.id FROM taxonomy_term t JOIN network n ON n.id = t.network_id
     WHERE t.archived_at IS NULL ORDER BY n.slug, t.kind, t.id`,
  );
  const slugs = [...new Set(terms.rows.map((row) => row.slug))];
  return {
    vocabulary: vocabulary.rows.map((row) => row.word),
    municipalities: municipalities.rows.map((row) => row.code),
    networks: slugs.map((slug) => ({
      slug,
      themes: terms.rows.filter((r) => r.slug === slug && r.kind === 'THEME').map((r) => r.id),
      targetGroups: terms.rows
        .filter((r) => r.slug === slug && r.kind === 'TARGET_GROUP')
        .map((r) => r.id),
    })),
  };
}

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => {
  if (list.length === 0) throw new Error('nothing to pick from');
  return list[Math.floor(random() * list.length)] as T;
};
/** Picks by weight: `[[0.7, 'fi'], [0.15, 'sv'], …]`. */
function weighted<T>(random: Random, choices: readonly (readonly [number, T])[]): T {
  let r = random() * choices.reduce((sum, [w]) => sum + w, 0);
  for (const [w, value] of choices) {
    r -= w;
    if (r < 0) return value;
  }
  return (choices.at(-1) as readonly [number, T])[1];
}

const STOP_WORDS = new Set(
  (
    'että joka jotka sekä myös kuin ovat voit sinun meidän tämä niin jossa kanssa mutta olla ollut ' +
    'voi jos kun siitä sitä sille hänen heidän joiden mukaan aina ilman with that this your from have ' +
    'will which their there they what when where been more also into about than them other some ' +
    'också eller från inte till eller efter under dina våra ditt vara blir finns kring'
  ).split(' '),
);

/** Content words (4–20 letters) of the demo services' texts in one language. */
function demoWords(locale: 'fi' | 'sv' | 'en'): string[] {
  const words = new Set<string>();
  for (const service of DEMO_SERVICES) {
    const { name, summary, description } = service.content;
    const text = [name[locale], summary[locale], description[locale]].join(' ').toLowerCase();
    for (const word of text.split(/[^a-zåäöé]+/)) {
      if (word.length >= 4 && word.length <= 20 && !STOP_WORDS.has(word)) words.add(word);
    }
  }
  return [...words].sort();
}

const back = (word: string) => /[aou]/.test(word);
const endsInVowel = (word: string) => /[aeiouyäö]$/.test(word);

/** A Finnish case form: -n, -ssa, -sta, -lle, -t, -a/-ä, -en, -iin. */
function finnishForm(random: Random, word: string): string {
  const a = back(word) ? 'a' : 'ä';
  const stem = endsInVowel(word) ? word : `${word}i`;
  const ending = pick(random, ['n', 'ssa', 'sta', 'lle', 't', 'a', 'en', 'iin'] as const);
  switch (ending) {
    case 'ssa':
      return `${stem}ss${a}`;
    case 'sta':
      return `${stem}st${a}`;
    case 'a':
      return `${stem}${a}`;
    case 'en':
      return endsInVowel(word) ? `${word.slice(0, -1)}en` : `${word}en`;
    case 'iin':
      return endsInVowel(word) ? `${word.slice(0, -1)}iin` : `${word}iin`;
    default:
      return `${stem}${ending}`;
  }
}

function swedishForm(random: Random, word: string): string {
  const ending = pick(random, ['en', 'et', 'er'] as const);
  return word.endsWith('a') ? `${word.slice(0, -1)}${ending}` : `${word}${ending}`;
}

function englishForm(random: Random, word: string): string {
  if (random() < 0.6) return word.endsWith('s') ? word : `${word}s`;
  return word.endsWith('e') ? `${word.slice(0, -1)}ing` : `${word}ing`;
}

/** One letter dropped or two neighbours swapped (never the first letter). */
function typo(random: Random, word: string): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  if (random() < 0.5) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
}

type Locale = 'fi' | 'sv' | 'en';

function textFor(random: Random, locale: Locale, words: (locale: Locale) => string): string {
  const word = () => words(locale);
  const form = (w: string) =>
    locale === 'fi'
      ? finnishForm(random, w)
      : locale === 'sv'
        ? swedishForm(random, w)
        : englishForm(random, w);
  const maybeForm = (w: string) => (random() < 0.4 ? form(w) : w);
  const shape = weighted(random, [
    [0.3, 'word'],
    [0.2, 'form'],
    [locale === 'fi' ? 0.1 : 0, 'compound'],
    [0.25, 'two'],
    [0.1, 'three'],
    [0.08, 'typo'],
  ] as const);
  switch (shape) {
    case 'word':
      return word();
    case 'form':
      return form(word());
    case 'compound':
      return `${word()}${word()}`;
    case 'two':
      return `${maybeForm(word())} ${maybeForm(word())}`;
    case 'three':
      return `${maybeForm(word())} ${maybeForm(word())} ${maybeForm(word())}`;
    case 'typo': {
      const w = word();
      return w.length >= 5 ? typo(random, w) : w;
    }
  }
}

/** Variables as a stable key (object keys and list values sorted). */
export function variablesKey(input: SearchServicesInput): string {
  const entries = Object.entries(input)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => [k, Array.isArray(v) ? [...(v as string[])].sort() : v] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

const CHANNELS = ['IN_PERSON', 'PHONE', 'CHAT', 'VIDEO', 'GROUP', 'HOME_VISIT'];
const LANGUAGES = [['sv'], ['en'], ['fi', 'sv'], ['ru'], ['fi', 'en']];

function filters(random: Random, material: Material): Partial<SearchServicesInput> {
  const chosen: Partial<SearchServicesInput> = {};
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const filter = pick(random, [
      'age',
      'languages',
      'channels',
      'freeOfCharge',
      'acceptingClients',
      'themes',
      'targetGroups',
      'network',
    ] as const);
    switch (filter) {
      case 'age':
        chosen.age = Math.floor(random() * 70);
        break;
      case 'languages':
        chosen.languages = pick(random, LANGUAGES);
        break;
      case 'channels': {
        const first = pick(random, CHANNELS);
        const second = pick(random, CHANNELS);
        chosen.channels = random() < 0.5 || first === second ? [first] : [first, second].sort();
        break;
      }
      case 'freeOfCharge':
        chosen.freeOfCharge = true;
        break;
      case 'acceptingClients':
        chosen.acceptingClients = true;
        break;
      case 'themes':
      case 'targetGroups': {
        const network = pick(random, material.networks);
        const terms = filter === 'themes' ? network.themes : network.targetGroups;
        if (terms.length === 0) break;
        chosen[filter] = [pick(random, terms)];
        if (random() < 0.6) chosen.networkSlug = network.slug;
        break;
      }
      case 'network':
        chosen.networkSlug = pick(random, material.networks).slug;
        break;
    }
  }
  return chosen;
}

/**
 * Distinct searches whose pages add up to at least `requests` requests, drawn with `seed`. `taken`
 * holds variables already used (the repeated mix): none of them is generated.
 */
export function distinctSearches(
  material: Material,
  requests: number,
  seed: number,
  taken: readonly SearchServicesInput[] = [],
): DistinctSearch[] {
  const random = prng(seed);
  const demo = { fi: demoWords('fi'), sv: demoWords('sv'), en: demoWords('en') };
  // Finnish: half the demo texts' words, half the catalogue's vocabulary; sv/en mostly their demo words.
  const words = (locale: Locale) =>
    random() < (locale === 'fi' ? 0.5 : 0.75) || material.vocabulary.length === 0
      ? pick(random, demo[locale])
      : pick(random, material.vocabulary);
  const seen = new Set(taken.map(variablesKey));
  const searches: DistinctSearch[] = [];
  let planned = 0;
  let attempts = 0;
  while (planned < requests) {
    if (attempts++ > requests * 50) throw new Error('cannot generate enough distinct searches');
    const kind = weighted(random, [
      [0.4, 'text'],
      [0.25, 'text+municipality'],
      [0.25, 'filters'],
      [0.1, 'facets'],
    ] as const);
    const locale = weighted(random, [
      [0.7, 'fi'],
      [0.15, 'sv'],
      [0.15, 'en'],
    ] as const);
    const municipality = () => pick(random, material.municipalities);
    let input: SearchServicesInput;
    switch (kind) {
      case 'text':
        input = { text: textFor(random, locale, words), locale };
        break;
      case 'text+municipality':
        input = { text: textFor(random, locale, words), locale, municipalityCode: municipality() };
        break;
      case 'filters':
        input = {
          ...(random() < 0.6 ? { text: textFor(random, locale, words), locale } : {}),
          ...(random() < 0.4 ? { municipalityCode: municipality() } : {}),
          ...filters(random, material),
        };
        break;
      case 'facets':
        input = {
          municipalityCode: municipality(),
          ...(random() < 0.3 ? { networkSlug: pick(random, material.networks).slug } : {}),
        };
        break;
    }
    const key = variablesKey(input);
    if (seen.has(key)) continue;
    seen.add(key);
    const pages =
      kind === 'facets'
        ? 1
        : weighted(random, [
            [0.7, 1],
            [0.2, 2],
            [0.1, 3],
          ] as const);
    searches.push({ kind, input, pages });
    planned += pages;
  }
  return searches;
}
