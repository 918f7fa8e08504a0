/** At most this many query words are used; more rarely help and each one costs a condition. */
export const MAX_QUERY_WORDS = 8;
/** Longer "words" are not words (pasted links, ids): they are cut to this length. */
const MAX_WORD_LENGTH = 40;
/** Trigram matching needs enough trigrams to mean anything: shorter words match by stem only
 * ("men" would otherwise find "mental"). */
export const MIN_TRIGRAM_WORD_LENGTH = 4;
/** Finnish stems at least this long also match with their last letter dropped (consonant gradation). */
const MIN_GRADATION_STEM_LENGTH = 6;
/**
 * Swedish and English stems shorter than this match whole words only: a prefix of two or three
 * letters finds unrelated words there ('men':* → mental), while Finnish needs short prefixes for
 * compounds ('ero':* → eroryhmä).
 */
const MIN_PREFIX_STEM_LENGTH = 4;

const quote = (lexeme: string) => `'${lexeme.replaceAll("'", "''")}'`;

/** `'stem':*`, or `'stem'` for a short Swedish or English stem. */
function stemTerm(stem: string, language: SearchLanguage): string {
  return language !== 'fi' && [...stem].length < MIN_PREFIX_STEM_LENGTH
    ? quote(stem)
    : `${quote(stem)}:*`;
}

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
  /** A synonym, or a similar vocabulary word (then `similarity` is set): not the typed word itself. */
  readonly isSynonym: boolean;
  /** Trigram word similarity of the typed word to this vocabulary word (compound part, typo). */
  readonly similarity?: number;
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

/**
 * The prefix terms of a tsquery for the given words in one language: `'stem':*` for each stem, and
 * for Finnish also the stem without its last letter (turvakodista → 'turvakod', turvakoti →
 * 'turvakot': both match 'turvako':*). Returns null when no word has a stem in that language.
 */
export function prefixQuery(
  alternatives: readonly WordAlternative[],
  language: SearchLanguage,
  minSimilarity = 0.6,
): string | null {
  const terms = new Set<string>();
  for (const alternative of alternatives) {
    if (alternative.similarity !== undefined) {
      // A similar vocabulary word matches by its exact stem only.
      if (alternative.similarity < minSimilarity) continue;
      for (const stem of alternative[language]) {
        if (/^[\p{L}\p{N}]+$/u.test(stem)) terms.add(quote(stem));
      }
      continue;
    }
    for (const stem of alternative[language]) {
      if (!/^[\p{L}\p{N}]+$/u.test(stem)) continue;
      terms.add(stemTerm(stem, language));
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
  minSimilarity = 0.6,
): string | null {
  const terms = new Set<string>();
  for (const group of groups) {
    for (const alternative of group.alternatives) {
      if (alternative.isSynonym !== synonyms) continue;
      const similar = alternative.similarity !== undefined;
      if (similar && (alternative.similarity ?? 0) < minSimilarity) continue;
      for (const stem of alternative[language]) {
        if (/^[\p{L}\p{N}]+$/u.test(stem))
          terms.add(similar ? quote(stem) : stemTerm(stem, language));
      }
    }
  }
  return terms.size > 0 ? [...terms].join(' | ') : null;
}
