/** At most this many query words are used; more rarely help and each one costs a condition. */
export const MAX_QUERY_WORDS = 8;
/** Longer "words" are not words (pasted links, ids): they are cut to this length. */
const MAX_WORD_LENGTH = 40;
/** Trigram matching needs enough trigrams to mean anything: shorter words match by stem only. */
export const MIN_TRIGRAM_WORD_LENGTH = 3;
/** Finnish stems at least this long also match with their last letter dropped (consonant gradation). */
const MIN_GRADATION_STEM_LENGTH = 6;

/** Lower-case words of the query text: letters and digits only, so they are safe inside a tsquery. */
export function queryWords(text: string | null | undefined): string[] {
  if (!text) return [];
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

/** One word (typed or a synonym) with its stems in each language (empty: a stop word there). */
export interface WordAlternative {
  readonly word: string;
  readonly isSynonym: boolean;
  readonly fi: readonly string[];
  readonly sv: readonly string[];
  readonly en: readonly string[];
}

/** The alternatives of one typed word: the word itself and its synonyms. Every group must match. */
export interface WordGroup {
  readonly word: string;
  readonly alternatives: readonly WordAlternative[];
}

export type SearchLanguage = 'fi' | 'sv' | 'en';

const quote = (lexeme: string) => `'${lexeme.replaceAll("'", "''")}'`;

/**
 * The prefix terms of a tsquery for the given words in one language: `'stem':*` for each stem, and
 * for Finnish also the stem without its last letter (turvakodista → 'turvakod', turvakoti →
 * 'turvakot': both match 'turvako':*). Returns null when no word has a stem in that language.
 */
export function prefixQuery(
  alternatives: readonly WordAlternative[],
  language: SearchLanguage,
): string | null {
  const terms = new Set<string>();
  for (const alternative of alternatives) {
    for (const stem of alternative[language]) {
      if (!/^[\p{L}\p{N}]+$/u.test(stem)) continue;
      terms.add(`${quote(stem)}:*`);
      if (language === 'fi' && stem.length >= MIN_GRADATION_STEM_LENGTH) {
        terms.add(`${quote(stem.slice(0, -1))}:*`);
      }
    }
  }
  return terms.size > 0 ? [...terms].join(' | ') : null;
}

/** Exact-stem OR query over words (for ranking): `'stem1' | 'stem2'`, or null. */
export function rankQuery(
  groups: readonly WordGroup[],
  language: SearchLanguage,
  synonyms: boolean,
): string | null {
  const terms = new Set<string>();
  for (const group of groups) {
    for (const alternative of group.alternatives) {
      if (alternative.isSynonym !== synonyms) continue;
      for (const stem of alternative[language]) {
        if (/^[\p{L}\p{N}]+$/u.test(stem)) terms.add(`${quote(stem)}:*`);
      }
    }
  }
  return terms.size > 0 ? [...terms].join(' | ') : null;
}
