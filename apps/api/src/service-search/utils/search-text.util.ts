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
 * Stems shorter than this match whole words only, except Finnish stems in the Finnish document of a
 * Finnish query: a prefix of two or three letters finds unrelated words elsewhere ('men':* →
 * mental, and an English "men" → Finnish "menetelmä"), while Finnish needs short prefixes for
 * compounds ('ero':* → eroryhmä).
 */
const MIN_PREFIX_STEM_LENGTH = 4;
/** Trigram word similarity of a typed word to a vocabulary word for it to count (pg_trgm's default). */
export const WORD_SIMILARITY = 0.6;
/** The same for a word that nothing else matches (no stem, no compound, no synonym): bigger typos. */
export const LOOSE_WORD_SIMILARITY = 0.5;

export type SearchLanguage = 'fi' | 'sv' | 'en';
export const LANGUAGES: readonly SearchLanguage[] = ['fi', 'sv', 'en'];

/** A word's stems in each language (empty: a stop word there). */
export interface Stems {
  readonly fi: readonly string[];
  readonly sv: readonly string[];
  readonly en: readonly string[];
}

/** One word (typed or a synonym) with its stems in each language (empty: a stop word there). */
export interface WordAlternative extends Stems {
  readonly word: string;
  /**
   * Ranks with the synonyms (weight 0.4), not with the typed words: a synonym, or a similar
   * vocabulary word (then `similarity` is set).
   */
  readonly isSynonym: boolean;
  /** Trigram word similarity of the typed word to this vocabulary word (compound part, typo). */
  readonly similarity?: number;
  /**
   * A Finnish variant of the typed word's stem (mies → mieh, words/word-families.ts): a prefix in
   * the Finnish document, ranked with the synonyms (a variant is looser than the typed stem).
   */
  readonly variant?: boolean;
}

/** A synonym entry of several words ("violence at home"): all of them in one document. */
export interface PhraseAlternative {
  readonly text: string;
  readonly isSynonym: boolean;
  /** Each word's stems; stop words of the synonym group's language are left out. */
  readonly words: readonly Stems[];
}

/**
 * One unit of the query that a service matches or not: a typed word (or a part of a compound typed
 * as one word, or several typed words that form a synonym phrase) with its alternatives. A search
 * requires most of its groups (see requiredGroups).
 */
export interface WordGroup {
  /** What was typed for it. */
  readonly word: string;
  readonly alternatives: readonly WordAlternative[];
  readonly phrases?: readonly PhraseAlternative[];
  /** Similar vocabulary words count from this similarity: 0.6, or 0.5 for an unknown word. */
  readonly minSimilarity?: number;
  /**
   * A person described by the adjective typed before it ("violent men"): the group matches by its
   * own alternatives and the adjective's, and ranks by its own (`person`), the adjective's (weaker)
   * and both together (the closer the better: the text relates them), see ranking.ts.
   */
  readonly described?: { readonly person: WordGroup; readonly adjective: WordGroup };
}

const quote = (lexeme: string) => `'${lexeme.replaceAll("'", "''")}'`;
const isPlain = (stem: string) => /^[\p{L}\p{N}]+$/u.test(stem);

/**
 * `'stem':*`, or `'stem'` for a short stem (see MIN_PREFIX_STEM_LENGTH). `locale` is the query's
 * language (without it, ranking: only the document's language counts); `typed` says the word was
 * typed, not a synonym (a short Finnish synonym keeps its prefix in a Swedish or English search).
 */
function stemTerm(
  stem: string,
  language: SearchLanguage,
  locale: SearchLanguage = 'fi',
  typed = true,
): string {
  const short = [...stem].length < MIN_PREFIX_STEM_LENGTH;
  return short && (language !== 'fi' || (typed && locale !== 'fi'))
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

/**
 * How many of a query's n word groups a service must match: all of one or two, two of three, then
 * ⌈2n/3⌉ (three of four, four of five or six). Services matching more groups rank first; when no
 * service matches this many, the search takes what matches most (at least one).
 */
export function requiredGroups(n: number): number {
  return n <= 2 ? n : Math.ceil((2 * n) / 3);
}

/** The terms of one word in one language: prefixes, and for Finnish the gradation prefix. */
function wordTerms(
  stems: Stems,
  language: SearchLanguage,
  locale: SearchLanguage,
  terms: Set<string>,
  typed: boolean,
  variant = false,
): void {
  for (const stem of stems[language]) {
    if (!isPlain(stem)) continue;
    // A synonym is a base form: in Swedish and English its exact stem (their stemmers reduce the
    // inflected forms to it; each prefix term is a range of the GIN index to read, and makes the
    // planner expect a costlier index scan), in Finnish its prefix (the stemmer leaves many forms
    // apart: tuki, tukea, tukevia).
    terms.add(typed || language === 'fi' ? stemTerm(stem, language, locale, typed) : quote(stem));
    if (typed && !variant && language === 'fi' && stem.length >= MIN_GRADATION_STEM_LENGTH) {
      terms.add(`${quote(stem.slice(0, -1))}:*`);
    }
  }
}

/**
 * `('a':* & 'b':*)` for a phrase in one language, leaving out its stop words there (no stem: the
 * document does not index them either); null when none of its words has a stem there.
 */
function phraseTerm(
  phrase: PhraseAlternative,
  language: SearchLanguage,
  locale: SearchLanguage,
): string | null {
  const parts: string[] = [];
  for (const word of phrase.words) {
    const terms = new Set<string>();
    wordTerms(word, language, locale, terms, !phrase.isSynonym);
    if (terms.size === 1) parts.push([...terms].join(''));
    else if (terms.size > 1) parts.push(`(${[...terms].join(' | ')})`);
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts.join('') : `(${parts.join(' & ')})`;
}

/**
 * The tsquery (for to_tsquery('simple', …)) of one group in one language's document: `'stem':*` for
 * each stem of the word and its synonyms, for Finnish also the stem without its last letter
 * (turvakodista → 'turvakod', turvakoti → 'turvakot': both match 'turvako':*), the exact stems of the
 * similar vocabulary words, and `('a':* & 'b':*)` for each phrase. Null when nothing has a stem there.
 * `only` keeps the alternatives ranked as typed words or those ranked as synonyms, `maxSimilar` the
 * most similar vocabulary words (for ranking); `synonymPhrases` false leaves out the phrases of
 * synonym groups that the typed words did not name (for matching, see matchCondition).
 */
export function prefixQuery(
  group: WordGroup,
  language: SearchLanguage,
  locale: SearchLanguage = 'fi',
  only?: 'typed' | 'synonyms',
  maxSimilar = Infinity,
  synonymPhrases = true,
): string | null {
  const terms = prefixTerms(group, language, locale, only, maxSimilar, synonymPhrases);
  return terms.size > 0 ? [...terms].join(' | ') : null;
}

/**
 * prefixQuery for matching (every similar word), without the terms that another term's prefix
 * already matches: `'alkoho':* | 'alkoholiryhmä'` matches exactly what `'alkoho':*` does, and each
 * term is one more range of the GIN index to read and one more estimate for the planner (a typo
 * such as "alkoholista" brings some 30 compounds of alkoholi- among its 40 similar words). Only
 * for matching: ranking counts each term's occurrences (ts_rank_cd), so its queries keep them all.
 */
export function matchQuery(
  group: WordGroup,
  language: SearchLanguage,
  locale: SearchLanguage,
  only?: 'typed',
  synonymPhrases = true,
): string | null {
  const terms = withoutCoveredTerms(
    prefixTerms(group, language, locale, only, Infinity, synonymPhrases),
  );
  return terms.length > 0 ? terms.join(' | ') : null;
}

/** A single term `'lexeme'` or `'lexeme':*` (not a phrase), as quote and stemTerm write them. */
const SINGLE_TERM = /^'([\p{L}\p{N}]+)'(:\*)?$/u;

/** The terms of an OR query less those a prefix term (`'p':*`) matches too, in their order. */
export function withoutCoveredTerms(terms: Iterable<string>): string[] {
  const all = [...terms];
  const prefixes = all.flatMap((term) => {
    const match = SINGLE_TERM.exec(term);
    return match?.[2] && match[1] ? [match[1]] : [];
  });
  return all.filter((term) => {
    const match = SINGLE_TERM.exec(term);
    const lexeme = match?.[1];
    if (!match || !lexeme) return true;
    // Covered by another prefix: a shorter one, or for an exact term also the same lexeme's.
    return !prefixes.some(
      (prefix) =>
        lexeme.startsWith(prefix) && (prefix.length < lexeme.length || match[2] === undefined),
    );
  });
}

function prefixTerms(
  group: WordGroup,
  language: SearchLanguage,
  locale: SearchLanguage,
  only: 'typed' | 'synonyms' | undefined,
  maxSimilar: number,
  synonymPhrases: boolean,
): Set<string> {
  const minSimilarity = group.minSimilarity ?? WORD_SIMILARITY;
  const wanted = (isSynonym: boolean) => only === undefined || isSynonym === (only === 'synonyms');
  const terms = new Set<string>();
  let similar = 0;
  for (const alternative of group.alternatives) {
    if (!wanted(alternative.isSynonym)) continue;
    if (alternative.similarity !== undefined) {
      // A similar vocabulary word matches by its exact stem only (the most similar come first).
      if (alternative.similarity < minSimilarity || similar++ >= maxSimilar) continue;
      for (const stem of alternative[language]) if (isPlain(stem)) terms.add(quote(stem));
      continue;
    }
    wordTerms(alternative, language, locale, terms, !alternative.isSynonym, alternative.variant);
  }
  for (const phrase of group.phrases ?? []) {
    if (!wanted(phrase.isSynonym) || (phrase.isSynonym && !synonymPhrases)) continue;
    const term = phraseTerm(phrase, language, locale);
    if (term) terms.add(term);
  }
  return terms;
}

/**
 * Exact-stem OR query over the groups' words (for ranking): `'stem1' | 'stem2':*`, or null. `synonyms`
 * picks the alternatives ranked as synonyms or those ranked as typed words; the words of phrases
 * count one by one (ts_rank ignores the operators).
 */
export function rankQuery(
  groups: readonly WordGroup[],
  language: SearchLanguage,
  synonyms: boolean,
  locale?: SearchLanguage,
): string | null {
  const terms = new Set<string>();
  for (const group of groups) {
    const minSimilarity = group.minSimilarity ?? WORD_SIMILARITY;
    for (const alternative of group.alternatives) {
      if (alternative.isSynonym !== synonyms) continue;
      const similar = alternative.similarity !== undefined;
      if (similar && (alternative.similarity ?? 0) < minSimilarity) continue;
      for (const stem of alternative[language]) {
        if (isPlain(stem)) terms.add(similar ? quote(stem) : stemTerm(stem, language, locale));
      }
    }
    for (const phrase of group.phrases ?? []) {
      if (phrase.isSynonym !== synonyms) continue;
      for (const word of phrase.words) {
        for (const stem of word[language]) {
          if (isPlain(stem)) terms.add(stemTerm(stem, language, locale));
        }
      }
    }
  }
  return terms.size > 0 ? [...terms].join(' | ') : null;
}
