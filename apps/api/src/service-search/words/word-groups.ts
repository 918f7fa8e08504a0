import {
  LOOSE_WORD_SIMILARITY,
  type PhraseAlternative,
  type SearchLanguage,
  type Stems,
  WORD_SIMILARITY,
  type WordAlternative,
  type WordGroup,
} from '../utils/search-text.util';
import { MAX_SIMILAR_WORDS } from './word-analysis.query';

/** At most this many word groups (8 typed words may split into more). */
const MAX_GROUPS = 10;
/**
 * A word this short shares 60 % of its trigrams with any word that begins with the same three
 * letters: its similar vocabulary words must contain it or a stem of it of at least MIN_ROOT_LENGTH
 * letters (koti → ensikoti, not kotona; maka ⊄ maksa), unless they are CLOSE_SIMILARITY alike.
 */
const MAX_SHORT_WORD = 6;
const MIN_ROOT_LENGTH = 4;
const CLOSE_SIMILARITY = 0.7;
/**
 * A typed word also matches a synonym entry's word of at least MIN_INFLECTED_BASE letters that it
 * begins with, followed by at most MAX_INFLECTION letters (väkivaltaa ~ väkivalta, where the
 * stemmer cuts the two differently), not by more (tukihenkilö is not tuki; a compound with a short
 * tail such as väkivaltatyö does pass for an inflected form).
 */
const MIN_INFLECTED_BASE = 5;
const MAX_INFLECTION = 3;

/** A word with its stems. */
export interface StemmedWord {
  readonly word: string;
  readonly stems: Stems;
}

/** A typed word as statement 1 of word-analysis.query.ts describes it. */
export interface TypedWord extends StemmedWord {
  readonly stop: boolean;
  /** A vocabulary word starts with one of its stems, or a synonym entry is the word. */
  readonly known: boolean;
  /** Its two known parts (see TypedWordRow.head). */
  readonly split?: readonly [StemmedWord, StemmedWord];
  /** It and the next typed word written together, when the vocabulary knows that. */
  readonly joined?: StemmedWord;
}

/** One entry of a synonym group: a word or a phrase, each word with its stems. */
export interface SynonymEntry {
  readonly text: string;
  readonly words: readonly StemmedWord[];
}

export interface SynonymGroup {
  readonly id: string;
  /** The language whose stemming relates typed words to the entries (the query's also does). */
  readonly language: SearchLanguage;
  readonly entries: readonly SynonymEntry[];
}

export interface SimilarWord extends Stems {
  readonly word: string;
  readonly similarity: number;
}

/** What word-families.ts found for a typed word in the vocabulary. */
export interface WordFamily {
  /** Finnish stems of its other forms (mies → mieh), matched as prefixes in the Finnish document. */
  readonly variants: readonly string[];
  /** Derived relatives (violent → violence), each matched by its stems in its language's document. */
  readonly derived: readonly {
    readonly word: string;
    readonly language: SearchLanguage;
    readonly stems: readonly string[];
  }[];
  /** An adjective derived from a noun, with derived relatives (word-families.ts): describes a person. */
  readonly describes: boolean;
}

/** A word of the query after splitting: each becomes a word group unless a phrase joins it. */
export interface QueryWord extends StemmedWord {
  /** The vocabulary knows the word, or it is a part of a split compound. */
  readonly known: boolean;
  /** A known compound's two parts, which also match apart (eroryhmä: ero + ryhmä). */
  readonly parts?: readonly [StemmedWord, StemmedWord];
}

/** The query's words in order and the words typed apart that the vocabulary knows together. */
export interface WordPlan {
  readonly words: readonly QueryWord[];
  /** `joined` (turvakoti) joins the groups of words[at] and words[at + 1] (turva, koti). */
  readonly joins: readonly { readonly at: number; readonly joined: StemmedWord }[];
}

/** A synonym group whose entry matches words[pos … pos + len - 1]. */
export interface Span {
  readonly gid: string;
  readonly pos: number;
  readonly len: number;
}

const NO_STEMS: Stems = { fi: [], sv: [], en: [] };

/** Without diacritics (väkivalta → vakivalta), for comparing what a phone keyboard may leave out. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const sameStems = (a: readonly string[], b: readonly string[]) =>
  a.length > 0 && a.length === b.length && a.every((stem, i) => stem === b[i]);

/**
 * Stop words out, an unknown word split into its two parts (eroperhe → ero, perhe), a known compound
 * kept with its parts, and two typed words the vocabulary knows as one (turva koti → turvakoti)
 * marked to join.
 */
export function planWords(typed: readonly TypedWord[]): WordPlan {
  const words: QueryWord[] = [];
  const joins: { at: number; joined: StemmedWord }[] = [];
  const has = (word: string) => words.some((w) => w.word === word);
  const add = (word: QueryWord) => {
    if (words.length < MAX_GROUPS && !has(word.word)) words.push(word);
  };
  typed.forEach((word, index) => {
    if (word.stop) return;
    const next = typed[index + 1];
    if (word.split && !word.known) {
      add({ ...word.split[0], known: true });
      add({ ...word.split[1], known: true });
      return;
    }
    if (word.joined && next && !(next.split && !next.known) && !has(word.word) && !has(next.word)) {
      joins.push({ at: words.length, joined: word.joined });
    }
    add({
      word: word.word,
      stems: word.stems,
      known: word.known,
      ...(word.split ? { parts: word.split } : {}),
    });
  });
  return { words, joins: joins.filter((join) => join.at + 1 < words.length) };
}

/** Whether a typed word matches a word of a synonym entry (see alternativesQuery's rules). */
function matchesEntryWord(
  typed: StemmedWord,
  entry: StemmedWord,
  language: SearchLanguage,
  locale: SearchLanguage,
): boolean {
  return (
    typed.word === entry.word ||
    sameStems(typed.stems[language], entry.stems[language]) ||
    sameStems(typed.stems[locale], entry.stems[locale]) ||
    ([...entry.word].length >= MIN_INFLECTED_BASE &&
      typed.word.startsWith(entry.word) &&
      [...typed.word].length - [...entry.word].length <= MAX_INFLECTION)
  );
}

/**
 * Where synonym entries match the query's words. An entry matches a run of the words when each of
 * its words (stop words of the group's language or the query's left out) equals the word at its
 * place, has the same stem by the rules of the group's language or of the query's language (so a
 * group may mix languages: "alkohol" joins a group with "alkoholi" for a Swedish query), or is its
 * beginning followed by a short ending (väkivaltaa ~ väkivalta).
 */
export function matchSpans(
  plan: WordPlan,
  groups: readonly SynonymGroup[],
  locale: SearchLanguage,
): Span[] {
  const spans: Span[] = [];
  for (const group of groups) {
    const found = new Set<string>();
    for (const entry of group.entries) {
      const words = entry.words.filter(
        (w) => w.stems[group.language].length > 0 && w.stems[locale].length > 0,
      );
      if (words.length === 0) continue;
      for (let pos = 0; pos + words.length <= plan.words.length; pos++) {
        const key = `${pos}:${words.length}`;
        if (found.has(key)) continue;
        const all = words.every((word, k) => {
          const at = plan.words[pos + k];
          return at !== undefined && matchesEntryWord(at, word, group.language, locale);
        });
        if (all) {
          found.add(key);
          spans.push({ gid: group.id, pos, len: words.length });
        }
      }
    }
  }
  return spans;
}

/** The words whose similar vocabulary words a query needs: its words and its synonyms' words. */
export function similarSources(
  plan: WordPlan,
  spans: readonly Span[],
  groups: readonly SynonymGroup[],
): string[] {
  const gids = new Set(spans.map((span) => span.gid));
  const sources = new Set(plan.words.map((word) => word.word));
  for (const group of groups) {
    if (!gids.has(group.id)) continue;
    for (const entry of group.entries) if (entry.words.length === 1) sources.add(entry.text);
  }
  return [...sources];
}

/**
 * The word groups of a query:
 * - each word is a group of the word itself, the words it was typed together with, its parts when
 *   it is a known compound (as a phrase), the entries of the synonym groups that match it (their
 *   phrases too: "domestic violence" for "abuse"), and the vocabulary words similar to it and to
 *   those entries (at most MAX_SIMILAR_WORDS, most similar first; from 0.6, or from 0.5 for a word
 *   the vocabulary does not know: bigger typos);
 * - words that a synonym entry of several words matches ("violence at home") become one group of that
 *   synonym group's entries, all ranked as typed: the person meant the thing they name;
 * - a typed word's family (word-families.ts) joins it as synonyms: its Finnish variants (mies →
 *   mieh-) and its derived relatives (violent → violence); and the word after an adjective that
 *   describes a person is also matched by the adjective's alternatives (see describedBy).
 */
export function buildGroups(
  plan: WordPlan,
  spans: readonly Span[],
  synonyms: readonly SynonymGroup[],
  similar: ReadonlyMap<string, readonly SimilarWord[]>,
  families: ReadonlyMap<string, WordFamily> = new Map(),
): WordGroup[] {
  const entries = new Map(synonyms.map((group) => [group.id, group.entries]));
  // Phrases of several words first, longer ones first: each word belongs to at most one.
  const merged = new Map<number, { len: number; gids: Set<string> }>();
  const covered = new Set<number>();
  for (const span of [...spans]
    .filter((s) => s.len > 1)
    .sort((a, b) => b.len - a.len || a.pos - b.pos)) {
    const existing = merged.get(span.pos);
    if (existing?.len === span.len) {
      existing.gids.add(span.gid);
      continue;
    }
    const positions = Array.from({ length: span.len }, (_, i) => span.pos + i);
    if (positions.some((pos) => covered.has(pos))) continue;
    positions.forEach((pos) => covered.add(pos));
    merged.set(span.pos, { len: span.len, gids: new Set([span.gid]) });
  }

  const groups: WordGroup[] = [];
  /** The group of each word position that has one of its own. */
  const ownGroup = new Map<number, number>();
  plan.words.forEach((queryWord, pos) => {
    const phrase = merged.get(pos);
    if (phrase) {
      const typed = plan.words.slice(pos, pos + phrase.len).map((w) => w.word);
      const gids = [...phrase.gids];
      groups.push(group(typed.join(' '), [], gids, entries, similar, false, WORD_SIMILARITY));
      return;
    }
    if (covered.has(pos)) return;
    const own: WordAlternative = { word: queryWord.word, isSynonym: false, ...queryWord.stems };
    const joined = plan.joins
      .filter((join) => join.at === pos || join.at + 1 === pos)
      .filter((join) => !covered.has(join.at) && !covered.has(join.at + 1))
      .map(({ joined: j }) => ({ word: j.word, isSynonym: false, ...j.stems }));
    const family = families.get(queryWord.word);
    const gids = [...new Set(spans.filter((s) => s.len === 1 && s.pos === pos).map((s) => s.gid))];
    const parts: PhraseAlternative[] = queryWord.parts
      ? [
          {
            text: queryWord.parts.map((part) => part.word).join(' '),
            isSynonym: true,
            words: queryWord.parts.map((part) => part.stems),
          },
        ]
      : [];
    const known = queryWord.known || gids.length > 0;
    const minSimilarity = known ? WORD_SIMILARITY : LOOSE_WORD_SIMILARITY;
    const relatives: WordAlternative[] = [
      ...(family?.variants ?? []).map((variant) => ({
        word: variant,
        isSynonym: true,
        variant: true,
        ...NO_STEMS,
        fi: [variant],
      })),
      ...(family?.derived ?? []).map((d) => ({
        word: d.word,
        isSynonym: true,
        ...NO_STEMS,
        [d.language]: d.stems,
      })),
    ];
    let built = group(
      queryWord.word,
      [own, ...joined, ...relatives],
      gids,
      entries,
      similar,
      true,
      minSimilarity,
      parts,
    );
    // A word after an adjective that describes a person ("violent men", "väkivaltainen isä") is that
    // person: a service for people the adjective describes is for them too, whether or not its text
    // names them, so the word is also matched (as a synonym) by what matches the adjective.
    const before = ownGroup.get(pos - 1);
    const adjective = plan.words[pos - 1];
    const described = before === undefined ? undefined : groups[before];
    if (described && adjective && families.get(adjective.word)?.describes) {
      built = describedBy(built, described);
    }
    ownGroup.set(pos, groups.length);
    groups.push(built);
  });
  return groups;
}

/** `person`'s group also matched by the alternatives and phrases of `adjective`, as synonyms. */
function describedBy(person: WordGroup, adjective: WordGroup): WordGroup {
  const words = new Set(person.alternatives.map((a) => a.word));
  const texts = new Set((person.phrases ?? []).map((p) => p.text));
  const alternatives = [
    ...person.alternatives,
    ...adjective.alternatives
      .filter((a) => !words.has(a.word) && a.similarity === undefined)
      .map((a) => ({ ...a, isSynonym: true, variant: false })),
  ];
  const phrases = [
    ...(person.phrases ?? []),
    ...(adjective.phrases ?? [])
      .filter((p) => !texts.has(p.text))
      .map((p) => ({ ...p, isSynonym: true })),
  ];
  return {
    ...person,
    alternatives,
    ...(phrases.length > 0 ? { phrases } : {}),
    described: { person, adjective },
  };
}

/**
 * One group: its own alternatives, the entries of the synonym groups `gids` (ranked as synonyms when
 * `entriesAreSynonyms`, else as typed words), and the similar vocabulary words of every one-word
 * alternative (the typed word's and the entries').
 */
function group(
  word: string,
  own: readonly WordAlternative[],
  gids: readonly string[],
  entries: ReadonlyMap<string, readonly SynonymEntry[]>,
  similar: ReadonlyMap<string, readonly SimilarWord[]>,
  entriesAreSynonyms: boolean,
  minSimilarity: number,
  ownPhrases: readonly PhraseAlternative[] = [],
): WordGroup {
  const alternatives = new Map<string, WordAlternative>(own.map((a) => [a.word, a]));
  const phrases = new Map<string, PhraseAlternative>(ownPhrases.map((p) => [p.text, p]));
  for (const gid of gids) {
    for (const entry of entries.get(gid) ?? []) {
      const [first] = entry.words;
      if (entry.words.length === 1 && first) {
        if (!alternatives.has(entry.text)) {
          alternatives.set(entry.text, {
            word: entry.text,
            isSynonym: entriesAreSynonyms,
            ...first.stems,
          });
        }
      } else if (entry.words.length > 1 && !phrases.has(entry.text)) {
        phrases.set(entry.text, {
          text: entry.text,
          isSynonym: entriesAreSynonyms,
          words: entry.words.map((w) => w.stems),
        });
      }
    }
  }
  // The similar vocabulary words of the one-word alternatives, the most similar first; for a short
  // known word only those containing it or its stem, diacritics aside (see MAX_SHORT_WORD).
  const best = new Map<string, SimilarWord>();
  for (const source of alternatives.values()) {
    const roots = [source.word, ...source.fi, ...source.sv, ...source.en]
      .filter((root) => [...root].length >= MIN_ROOT_LENGTH)
      .map(fold);
    for (const candidate of similar.get(source.word) ?? []) {
      if (alternatives.has(candidate.word)) continue;
      if (
        minSimilarity >= WORD_SIMILARITY &&
        [...source.word].length <= MAX_SHORT_WORD &&
        candidate.similarity < CLOSE_SIMILARITY &&
        !roots.some((root) => fold(candidate.word).includes(root))
      ) {
        continue;
      }
      const seen = best.get(candidate.word);
      if (!seen || seen.similarity < candidate.similarity) best.set(candidate.word, candidate);
    }
  }
  const similarWords = [...best.values()]
    .filter((candidate) => candidate.similarity >= minSimilarity)
    .sort((a, b) => b.similarity - a.similarity || a.word.localeCompare(b.word))
    .slice(0, MAX_SIMILAR_WORDS)
    .map(({ word: w, similarity, fi, sv, en }) => ({
      word: w,
      isSynonym: true,
      similarity,
      fi,
      sv,
      en,
    }));
  return {
    word,
    alternatives: [...alternatives.values(), ...similarWords],
    ...(phrases.size > 0 ? { phrases: [...phrases.values()] } : {}),
    minSimilarity,
  };
}

export { NO_STEMS };
