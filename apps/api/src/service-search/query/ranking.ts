import { Prisma } from '@linja/db';

import { type TSearchLocale } from '../models/service-search.model';
import {
  LANGUAGES,
  matchQuery,
  prefixQuery,
  rankQuery,
  type SearchLanguage,
  type WordGroup,
} from '../utils/search-text.util';

/** The full documents of service_search_row `s` (name A, summary B, description C). */
export const DOCUMENT: Record<SearchLanguage, Prisma.Sql> = {
  fi: Prisma.raw('s.search_fi'),
  sv: Prisma.raw('s.search_sv'),
  en: Prisma.raw('s.search_en'),
};
/** The name and summary parts of the documents (weights A and B), kept in the row for the cheap score. */
const RANK_DOCUMENT: Record<SearchLanguage, Prisma.Sql> = {
  fi: Prisma.raw('s.rank_fi'),
  sv: Prisma.raw('s.rank_sv'),
  en: Prisma.raw('s.rank_en'),
};

/**
 * One word group matches by a stem prefix, the exact stem of a similar word or all the words of a
 * phrase, in some language's document (with `within`, only in those areas: textIn): only tsvector
 * and array conditions, which the GIN indexes answer without rechecking rows. A phrase matches when its words are anywhere in one document (an index
 * cannot tell adjacency without reading the rows): a synonym group's phrases that the typed words
 * did not name match in the Finnish document only, which every service has — in English or Swedish
 * ones such as "support group" or "safe house" any text with both common words would match.
 */
export function matchCondition(
  group: WordGroup,
  locale: TSearchLocale,
  within?: Prisma.Sql,
): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  for (const language of LANGUAGES) {
    const phrases = language === 'fi';
    const query = matchQuery(group, language, locale, undefined, phrases);
    if (query) parts.push(textIn(DOCUMENT[language], query, within));
  }
  return parts.length > 0 ? Prisma.sql`(${Prisma.join(parts, ' OR ')})` : Prisma.sql`FALSE`;
}

/**
 * A document matching a query, and `within` (a municipality's areas: SearchFilters.areas) in the
 * same condition. The text indexes hold the areas as their second column, so one GIN scan answers
 * both and intersects them as it reads the postings: the heap reads only the matches there.
 */
function textIn(document: Prisma.Sql, query: string, within?: Prisma.Sql): Prisma.Sql {
  const text = Prisma.sql`${document} @@ to_tsquery('simple', ${query})`;
  return within ? Prisma.sql`(${text} AND ${within})` : text;
}

/**
 * The first tier of a search's window (search.query.ts): the group's typed words (their stems as
 * prefixes, not synonyms or similar words) in a name or summary — the small rank vectors, with GIN
 * indexes of their own. Few index ranges to read, and the matches that rank highest.
 */
export function strongCondition(
  group: WordGroup,
  locale: TSearchLocale,
  within?: Prisma.Sql,
): Prisma.Sql {
  return typedIn(RANK_DOCUMENT, group, locale, within);
}

/** The second tier: the group's typed words anywhere in a document (a few index ranges still). */
export function typedCondition(
  group: WordGroup,
  locale: TSearchLocale,
  within?: Prisma.Sql,
): Prisma.Sql {
  return typedIn(DOCUMENT, group, locale, within);
}

function typedIn(
  documents: Record<SearchLanguage, Prisma.Sql>,
  group: WordGroup,
  locale: TSearchLocale,
  within?: Prisma.Sql,
): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  for (const language of LANGUAGES) {
    const query = matchQuery(group, language, locale, 'typed');
    if (query) parts.push(textIn(documents[language], query, within));
  }
  return parts.length > 0 ? Prisma.sql`(${Prisma.join(parts, ' OR ')})` : Prisma.sql`FALSE`;
}

/** ts_rank_cd weights of D, C, B, A: description 0.1, summary and plain-language name 0.3, name 1. */
const FIELD_WEIGHTS = Prisma.sql`'{0.05, 0.1, 0.3, 1.0}'::float4[]`;
/**
 * How much a match counts by where it is: in the document of the query's language the typed words
 * (or all of a phrase's group) 1, their synonyms and similar words 0.6; in another language's
 * document any of them 0.5 (there the typed word itself is rare, its translations are what match),
 * or 0.8 when the service has no text in the query's language (nothing better to find).
 */
const TYPED = 1;
const SYNONYM = 0.6;
const OTHER_LANGUAGE = 0.5;
const ONLY_OTHER_LANGUAGE = 0.8;
/**
 * The ranking looks at a group's RANKED_SIMILAR most similar vocabulary words only (the matching at
 * up to 40): cover density costs with every word of the query (~0.1 ms a call at 40 words).
 */
const RANKED_SIMILAR = 3;
/** The weight of the trigram similarity of the whole query to the names (typos in a name). */
const NAME_SIMILARITY = 0.3;

/**
 * How strongly a service matches one group, 0 … 1: the best cover-density rank (ts_rank_cd: each
 * occurrence by its field, all words of a phrase the closer together the better; saturating, rank /
 * (rank + 1)) of its alternatives in each language's document, weighted as above.
 */
function strength(group: WordGroup, locale: TSearchLocale): Prisma.Sql {
  if (group.described) return describedStrength(group.described, locale);
  const rank = (language: SearchLanguage, query: string) =>
    Prisma.sql`ts_rank_cd(${FIELD_WEIGHTS}, ${DOCUMENT[language]}, to_tsquery('simple', ${query}), 32)`;
  const other = Prisma.sql`(CASE WHEN length(${DOCUMENT[locale]}) = 0 THEN ${ONLY_OTHER_LANGUAGE}
    ELSE ${OTHER_LANGUAGE} END)::float8`;
  const parts: Prisma.Sql[] = [];
  const typed = prefixQuery(group, locale, locale, 'typed', RANKED_SIMILAR);
  if (typed) parts.push(Prisma.sql`${TYPED}::float8 * ${rank(locale, typed)}`);
  const synonyms = prefixQuery(group, locale, locale, 'synonyms', RANKED_SIMILAR);
  if (synonyms) parts.push(Prisma.sql`${SYNONYM}::float8 * ${rank(locale, synonyms)}`);
  for (const language of LANGUAGES.filter((l) => l !== locale)) {
    const query = prefixQuery(group, language, locale, undefined, RANKED_SIMILAR);
    if (query) parts.push(Prisma.sql`${other} * ${rank(language, query)}`);
  }
  const [first] = parts;
  if (!first) return Prisma.sql`0::float8`;
  return parts.length === 1 ? first : Prisma.sql`greatest(${Prisma.join(parts, ', ')})`;
}

/**
 * A person described by an adjective ("violent men", word-groups.ts): the better of the person's own
 * words, the adjective's alone (DESCRIBED_BY_ADJECTIVE: a service for violent people is for violent
 * men too, but one that names them is better), and both together in one document, ranked by cover
 * density (the closer the better: "väkivaltaista käyttäytymistä" relates the words, two far apart
 * hardly do).
 */
const DESCRIBED_BY_ADJECTIVE = 0.2;
/** Both words together count wherever they are: how close they are is what relates them. */
const PAIR_WEIGHTS = Prisma.sql`'{1, 1, 1, 1}'::float4[]`;
function describedStrength(
  described: NonNullable<WordGroup['described']>,
  locale: TSearchLocale,
): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    strength(described.person, locale),
    Prisma.sql`${DESCRIBED_BY_ADJECTIVE}::float8 * ${strength(described.adjective, locale)}`,
  ];
  for (const language of LANGUAGES) {
    const adjective = prefixQuery(described.adjective, language, locale, undefined, RANKED_SIMILAR);
    const person = prefixQuery(described.person, language, locale, undefined, RANKED_SIMILAR);
    if (!adjective || !person) continue;
    const factor =
      language === locale ? Prisma.sql`${TYPED}::float8` : Prisma.sql`${OTHER_LANGUAGE}::float8`;
    parts.push(
      Prisma.sql`${factor} * ts_rank_cd(${PAIR_WEIGHTS}, ${DOCUMENT[language]},
        to_tsquery('simple', ${`(${adjective}) & (${person})`}), 32)`,
    );
  }
  return Prisma.sql`greatest(${Prisma.join(parts, ', ')})`;
}

/** How much the mean strength of a group among the candidates lowers its weight (see score). */
const MEAN_DAMPING = 0.1;

/** Each group's strength for the row `s`, as an array (float8[]) in the order of the groups. */
export function strengths(groups: readonly WordGroup[], locale: TSearchLocale): Prisma.Sql {
  if (groups.length === 0) return Prisma.sql`ARRAY[]::float8[]`;
  return Prisma.sql`ARRAY[${Prisma.join(
    groups.map((group) => strength(group, locale)),
    ', ',
  )}]::float8[]`;
}

/** Trigram word similarity of the whole query to the names of the row `s` (typos in a name). */
export function nameSimilarity(groups: readonly WordGroup[]): Prisma.Sql {
  if (groups.length === 0) return Prisma.sql`0::float8`;
  const text = groups.map((group) => group.word).join(' ');
  return Prisma.sql`word_similarity(${text}, s.search_names)::float8`;
}

/**
 * The score of the ranking rules (see ServiceSearchService) over the candidates' columns `st`
 * (strengths) and `ns` (name similarity): with several groups a weighted mean of the strengths, each
 * group weighted by 1 / (its mean strength among the candidates + 0.1), so a word that every
 * candidate has strongly ("help", "apua") decides less than one that tells them apart
 * ("drinking"); plus 0.3 × the name similarity. (How many groups a service matches orders before
 * this score.) A window over the candidates: no per-word counts over the catalogue are needed.
 */
export function score(groupCount: number): Prisma.Sql {
  if (groupCount === 0) return Prisma.sql`0::float8`;
  const similarity = Prisma.sql`${NAME_SIMILARITY}::float8 * ns`;
  if (groupCount === 1) return Prisma.sql`(st[1] + ${similarity})`;
  const indexes = Array.from({ length: groupCount }, (_, i) => i + 1);
  const weight = (i: number) => Prisma.sql`(1 / (avg(st[${i}]) OVER () + ${MEAN_DAMPING}))`;
  return Prisma.sql`((${Prisma.join(
    indexes.map((i) => Prisma.sql`${weight(i)} * st[${i}]`),
    ' + ',
  )}) / (${Prisma.join(indexes.map(weight), ' + ')}) + ${similarity})`;
}

/**
 * The cheap score that picks the candidates of the full ranking: the ts_rank of the typed words' own
 * stems (no synonyms or similar vocabulary words) in the name and summary part (rank_*, small) of
 * the document of the query's locale, for a Swedish or English query the better of that and the
 * Finnish document (every service has Finnish content). Small queries, at most two ranks per match
 * (this pass over every match is most of a text search's cost).
 */
export function cheapScore(groups: readonly WordGroup[], locale: TSearchLocale): Prisma.Sql {
  if (groups.length === 0) return Prisma.sql`0::real`;
  const languages: SearchLanguage[] = locale === 'fi' ? ['fi'] : [locale, 'fi'];
  const ranks = languages.flatMap((language) => {
    const query = rankQuery(groups, language, false, locale);
    return query
      ? [Prisma.sql`ts_rank(${RANK_DOCUMENT[language]}, to_tsquery('simple', ${query}))`]
      : [];
  });
  return ranks.length > 0
    ? Prisma.sql`greatest(${Prisma.join(ranks, ', ')})::real`
    : Prisma.sql`0::real`;
}
