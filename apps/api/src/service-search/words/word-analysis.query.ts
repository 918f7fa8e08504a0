import { Prisma } from '@linja/db';

import { type TSearchLocale } from '../models/service-search.model';
import { MAX_QUERY_WORDS, MIN_TRIGRAM_WORD_LENGTH } from '../utils/search-text.util';

/**
 * The statements that turn typed words into word groups (word-groups.ts), answered by small indexes
 * (the vocabulary `search_word` and the synonym groups), never by the services:
 *  1. typedWordsQuery, every search: per typed word its stems, whether it is a stop word, whether the
 *     vocabulary knows it (a vocabulary word starts with one of its stems), how a long word splits
 *     into two known parts (eroperhe → ero + perhe, babyblues → baby + blues), and whether it forms a
 *     known word with the next typed word (turva koti → turvakoti); and the vocabulary's generation;
 *  2. synonymsQuery, once per network and vocabulary generation (word-expander.ts keeps it): the
 *     network's synonym entries with their words' stems;
 *  3. similarQuery, once per word and generation: the vocabulary words similar to it (trigrams).
 * Each answers the vocabulary's generation (search_generation.words_generation: raised only when words
 * are added to search_word or synonyms or networks change) in the same snapshot as its data, which
 * the caches are keyed by; an edit that brings no new word leaves them valid.
 */

export const LOCALE_DICTIONARY: Record<TSearchLocale, string> = {
  fi: 'finnish_stem',
  sv: 'swedish_stem',
  en: 'english_stem',
};
/** A part of a split compound has at least this many letters ("ero", "apu"). */
export const MIN_PART_LENGTH = 3;
/** Only words at least this long are split into two parts. */
export const MIN_SPLIT_LENGTH = 6;
/** At most this many similar vocabulary words per looked-up word (the most similar first). */
export const MAX_SIMILAR_WORDS = 40;

/** Synonym groups of the network (`s` is search_synonym), or of every network without one. */
function networkCondition(networkSlug: string | null | undefined): Prisma.Sql {
  return networkSlug
    ? Prisma.sql`s.network_id IN (SELECT id FROM network WHERE slug = ${networkSlug})`
    : Prisma.sql`TRUE`;
}

/** A word's stems in the three languages, as a json object {fi, sv, en}. */
const stems = (word: Prisma.Sql) => Prisma.sql`json_build_object(
  'fi', ts_lexize('finnish_stem', ${word}), 'sv', ts_lexize('swedish_stem', ${word}),
  'en', ts_lexize('english_stem', ${word}))`;
/**
 * The typed words as MAX_QUERY_WORDS slots of one array parameter, the count written into the text:
 * the planner then estimates the same rows whatever the words, so a search session's prepared
 * statement 1 (Database.sessionPool) settles on one generic plan after its first executions
 * instead of planning every search's words again (`unnest` of a parameter is estimated at 100 rows
 * in a generic plan and at the array's length in a custom one, which kept every plan custom: ~1 ms
 * of planning in a statement of ~0.7 ms).
 */
const WORD_SLOTS = Prisma.raw(String(MAX_QUERY_WORDS));
/** The vocabulary's generation (search_generation.words_generation), as text. */
const GENERATION = Prisma.sql`(SELECT words_generation::text FROM search_generation WHERE id = 1)`;

/**
 * True when a vocabulary word starts with the word or one of its stems (for Finnish also the stem
 * without its last letter: consonant gradation), or a synonym entry is the word. A range on the
 * primary key finds the prefixes whatever the collation (starts_with then checks).
 */
function known(word: Prisma.Sql): Prisma.Sql {
  // Scalar sub-selects with LIMIT 1: the planner would turn EXISTS into a hash of the vocabulary.
  return Prisma.sql`(coalesce((
      SELECT true FROM unnest(ARRAY[${word}] || ts_lexize('finnish_stem', ${word})
                              || ts_lexize('swedish_stem', ${word}) || ts_lexize('english_stem', ${word})
                              || (SELECT array_agg(left(f, -1)) FROM unnest(ts_lexize('finnish_stem', ${word})) f
                                  WHERE char_length(f) >= 6)) AS p(prefix)
      JOIN search_word v ON v.word >= p.prefix AND v.word < p.prefix || chr(1114111)
                        AND starts_with(v.word, p.prefix)
      WHERE char_length(p.prefix) >= ${MIN_PART_LENGTH} LIMIT 1), false)
    OR ${word} IN (SELECT word FROM synonym_words))`;
}

/** True when the word is a vocabulary word or a synonym entry itself. */
function exact(word: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(coalesce((SELECT true FROM search_word v WHERE v.word = ${word} LIMIT 1), false)
    OR ${word} IN (SELECT word FROM synonym_words))`;
}

/** A word's stems in each language (json; a stop word has none there). */
export interface StemsJson {
  fi: string[] | null;
  sv: string[] | null;
  en: string[] | null;
}

export interface TypedWordRow {
  ord: number | bigint;
  word: string;
  stop: boolean;
  known: boolean;
  /**
   * The best split into two known parts, or null: of an unknown word (which then stands for its
   * parts), or of a known one into two words of their own (eroryhmä: ero + ryhmä, which then also
   * match apart).
   */
  head: string | null;
  tail: string | null;
  /** The word written together with the next typed word, when the vocabulary knows that. */
  joined: string | null;
  /** Stems of the word, its parts and the joined word (json). */
  stems:
    | string
    | { word: StemsJson; head: StemsJson | null; tail: StemsJson | null; joined: StemsJson | null };
  generation: string;
}

/**
 * Statement 1 (see above). A split of an unknown word needs both parts known and one of them a word
 * of its own (the other may be an inflected or linking form: familje|våld, ero|perheelle); a known
 * word splits only into two words of their own that are not stop words. The split with more whole
 * words, then the more even one, wins. Stop words and words under MIN_SPLIT_LENGTH never split.
 */
export function typedWordsQuery(
  words: readonly string[],
  locale: TSearchLocale,
  networkSlug: string | null | undefined,
): Prisma.Sql {
  if (words.length > MAX_QUERY_WORDS) {
    throw new Error(`typedWordsQuery takes at most ${MAX_QUERY_WORDS} words (queryWords)`);
  }
  const head = Prisma.sql`p.head`;
  const tail = Prisma.sql`p.tail`;
  const dictionary = Prisma.sql`${LOCALE_DICTIONARY[locale]}::regdictionary`;
  return Prisma.sql`
    WITH synonym_words AS MATERIALIZED (
      SELECT DISTINCT m.word FROM search_synonym s CROSS JOIN LATERAL unnest(s.words) AS m(word)
      WHERE ${networkCondition(networkSlug)}
    ), typed AS (
      SELECT w.word, t.ord, cardinality(ts_lexize(${dictionary}, w.word)) = 0 AS stop
      FROM generate_series(1, ${WORD_SLOTS}) AS t(ord)
      CROSS JOIN LATERAL (SELECT (${words}::text[])[t.ord] AS word) w
      WHERE w.word IS NOT NULL
    ), analysed AS (
      SELECT t.*, NOT t.stop AND ${known(Prisma.sql`t.word`)} AS known FROM typed t
    ), parts AS (
      SELECT a.ord, left(a.word, i.n) AS head, substr(a.word, i.n + 1) AS tail
      FROM analysed a
      CROSS JOIN LATERAL generate_series(${MIN_PART_LENGTH}, char_length(a.word) - ${MIN_PART_LENGTH}) AS i(n)
      WHERE NOT a.stop AND char_length(a.word) >= ${MIN_SPLIT_LENGTH}
    ), splits AS (
      SELECT DISTINCT ON (p.ord) p.ord, p.head, p.tail
      FROM parts p JOIN analysed a ON a.ord = p.ord
      CROSS JOIN LATERAL (SELECT ${exact(head)} AS whole) h
      CROSS JOIN LATERAL (SELECT ${exact(tail)} AS whole) t
      WHERE CASE WHEN a.known
        THEN h.whole AND t.whole AND cardinality(ts_lexize(${dictionary}, p.head)) > 0
             AND cardinality(ts_lexize(${dictionary}, p.tail)) > 0
        ELSE (h.whole OR t.whole) AND (h.whole OR ${known(head)}) AND (t.whole OR ${known(tail)})
        END
      ORDER BY p.ord, h.whole::int + t.whole::int DESC,
               least(char_length(p.head), char_length(p.tail)) DESC
    ), joins AS (
      SELECT a.ord, a.word || b.word AS joined FROM analysed a JOIN analysed b ON b.ord = a.ord + 1
      WHERE NOT a.stop AND NOT b.stop AND ${known(Prisma.sql`a.word || b.word`)}
    )
    SELECT a.ord, a.word, a.stop, a.known, s.head, s.tail, j.joined,
           json_build_object('word', ${stems(Prisma.sql`a.word`)},
             'head', CASE WHEN s.head IS NOT NULL THEN ${stems(Prisma.sql`s.head`)} END,
             'tail', CASE WHEN s.tail IS NOT NULL THEN ${stems(Prisma.sql`s.tail`)} END,
             'joined', CASE WHEN j.joined IS NOT NULL THEN ${stems(Prisma.sql`j.joined`)} END) AS stems,
           ${GENERATION} AS generation
    FROM analysed a LEFT JOIN splits s ON s.ord = a.ord LEFT JOIN joins j ON j.ord = a.ord
    ORDER BY a.ord`;
}

/**
 * The texts of statement 1 (with and without a network), which are the same whatever the words and
 * locale (those are its parameters): a search session prepares them once (Database.sessionPool).
 */
export function typedWordsStatementTexts(): string[] {
  return [null, 'network'].map((network) => typedWordsQuery(['word'], 'fi', network).text);
}

export interface SynonymRow {
  generation: string;
  /** Null when the network has no synonym groups (the row only carries the generation). */
  gid: string | null;
  language: string | null;
  entry: string | null;
  /** Each word of the entry with its stems (json). */
  words: string | ({ word: string } & StemsJson)[] | null;
}

/** Statement 2 (see above): every entry of the network's synonym groups, each word with its stems. */
export function synonymsQuery(networkSlug: string | null | undefined): Prisma.Sql {
  return Prisma.sql`
    SELECT g.generation, x.gid, x.language, x.entry, x.words
    FROM (SELECT ${GENERATION} AS generation) g
    LEFT JOIN LATERAL (
      SELECT s.id::text AS gid, s.language, e.entry, e.n,
             json_agg(json_build_object('word', w.word, 'fi', ts_lexize('finnish_stem', w.word),
                                        'sv', ts_lexize('swedish_stem', w.word),
                                        'en', ts_lexize('english_stem', w.word)) ORDER BY w.i) AS words
      FROM search_synonym s
      CROSS JOIN LATERAL unnest(s.words) WITH ORDINALITY AS e(entry, n)
      CROSS JOIN LATERAL regexp_split_to_table(e.entry, ' ') WITH ORDINALITY AS w(word, i)
      WHERE ${networkCondition(networkSlug)}
      GROUP BY s.id, s.language, e.entry, e.n
    ) x ON true
    ORDER BY x.gid, x.n`;
}

export interface SimilarRow {
  generation: string;
  source: string | null;
  word: string | null;
  similarity: number | string | null;
  stems: string | StemsJson | null;
  /** Null for a similar word; else the probe (word-families.ts) that found the word. */
  probe: string | null;
}

/**
 * A look-up of word-families.ts for `source`: the vocabulary words beginning with `prefix` of at most
 * `maxLength` letters (at most MAX_PROBE_WORDS of them, in the order of the primary key).
 */
export interface FamilyProbe {
  readonly source: string;
  /** Returned as the rows' `probe`: what the caller looked for (a variant, a root and its language). */
  readonly key: string;
  readonly prefix: string;
  readonly maxLength: number;
}
/** At most this many vocabulary words per family probe. */
export const MAX_PROBE_WORDS = 12;

/**
 * Statement 3 (see above): for each source word (of at least MIN_TRIGRAM_WORD_LENGTH letters), the
 * vocabulary words with trigram word similarity ≥ the transaction's
 * pg_trgm.word_similarity_threshold (the trigram index), at most MAX_SIMILAR_WORDS, most similar
 * first, with their stems; and for each family probe the vocabulary words it finds (ranges of the
 * vocabulary's primary key, as in statement 1).
 */
export function similarQuery(
  sources: readonly string[],
  probes: readonly FamilyProbe[] = [],
): Prisma.Sql {
  const probeRows =
    probes.length === 0
      ? Prisma.empty
      : Prisma.sql`UNION ALL
      SELECT p.source, f.word, NULL::real, ${stems(Prisma.sql`f.word`)}, p.key
      FROM unnest(${probes.map((x) => x.source)}::text[], ${probes.map((x) => x.key)}::text[],
                  ${probes.map((x) => x.prefix)}::text[], ${probes.map((x) => x.maxLength)}::int[])
           AS p(source, key, prefix, max_length)
      CROSS JOIN LATERAL (
        SELECT v.word FROM search_word v
        WHERE v.word >= p.prefix AND v.word < p.prefix || chr(1114111)
          AND starts_with(v.word, p.prefix) AND char_length(v.word) <= p.max_length
        ORDER BY v.word LIMIT ${MAX_PROBE_WORDS}) f`;
  return Prisma.sql`
    SELECT g.generation, x.source, x.word, x.similarity, x.stems, x.probe
    FROM (SELECT ${GENERATION} AS generation) g
    LEFT JOIN LATERAL (
      SELECT r.source, r.word, r.similarity, ${stems(Prisma.sql`r.word`)} AS stems, NULL::text AS probe
      FROM (
        SELECT t.source, v.word, word_similarity(t.source, v.word) AS similarity,
               row_number() OVER (PARTITION BY t.source
                                  ORDER BY word_similarity(t.source, v.word) DESC, v.word) AS n
        FROM unnest(${sources}::text[]) AS t(source)
        JOIN search_word v ON t.source <% v.word
        WHERE char_length(t.source) >= ${MIN_TRIGRAM_WORD_LENGTH}) r
      WHERE r.n <= ${MAX_SIMILAR_WORDS}
      ${probeRows}
    ) x ON true`;
}
