import { type Prisma } from '@linja/db';
import { LRUCache } from 'lru-cache';

import { type TSearchLocale } from '../models/service-search.model';
import { type SearchSql } from '../query/search-sql';
import { type SearchLanguage, type Stems, type WordGroup } from '../utils/search-text.util';
import {
  type FamilyProbe,
  type SimilarRow,
  similarQuery,
  type StemsJson,
  type SynonymRow,
  synonymsQuery,
  typedWordsQuery,
  type TypedWordRow,
} from './word-analysis.query';
import {
  buildGroups,
  matchSpans,
  planWords,
  type SimilarWord,
  similarSources,
  type SynonymGroup,
  type TypedWord,
  type WordFamily,
} from './word-groups';
import { familyProbes, toFamily } from './word-families.probes';

/** Networks' synonym lists and words' similar vocabulary words kept per vocabulary generation. */
const MAX_NETWORKS = 200;
const MAX_WORDS = 20_000;

const parse = <T>(value: T | string): T =>
  typeof value === 'string' ? (JSON.parse(value) as T) : value;
const toStems = (json: StemsJson | null | undefined): Stems => ({
  fi: json?.fi ?? [],
  sv: json?.sv ?? [],
  en: json?.en ?? [],
});
const LANGUAGE: Record<string, SearchLanguage> = { fi: 'fi', sv: 'sv', en: 'en' };

/**
 * Turns typed words into word groups (word-groups.ts). Every search sends statement 1 of
 * word-analysis.query.ts (its words, in context); a network's synonym entries and a word's similar
 * vocabulary words and word family depend only on the vocabulary (search_word), the synonyms and the
 * networks, so they are computed once per vocabulary generation (search_generation.words_generation,
 * raised by a transaction that adds words or changes synonyms or networks, not by every catalogue
 * change) and kept in memory: a search of known words sends one statement here, also right after a
 * coordinator's edit that brought no new word.
 */
export class WordExpander {
  private readonly synonyms = new LRUCache<string, readonly SynonymGroup[]>({
    max: MAX_NETWORKS,
  });
  private readonly similar = new LRUCache<string, readonly SimilarWord[]>({ max: MAX_WORDS });
  private readonly families = new LRUCache<string, WordFamily>({ max: MAX_WORDS });

  /** `statements` collects what is sent (the benchmark's SQL floor). */
  async expand(
    sql: SearchSql,
    words: readonly string[],
    locale: TSearchLocale,
    networkSlug: string | null | undefined,
    statements?: Prisma.Sql[],
  ): Promise<WordGroup[]> {
    if (words.length === 0) return [];
    const run = async <T extends object>(statement: Prisma.Sql): Promise<T[]> => {
      statements?.push(statement);
      return sql.rows<T>(statement);
    };
    const rows = await run<TypedWordRow>(typedWordsQuery(words, locale, networkSlug));
    const generation = rows[0]?.generation ?? '';
    const plan = planWords(rows.sort((a, b) => Number(a.ord) - Number(b.ord)).map(toTypedWord));
    if (plan.words.length === 0) return [];

    const networkKey = `${generation}|${networkSlug ?? '*'}`;
    let groups = this.synonyms.get(networkKey);
    if (!groups) {
      const synonymRows = await run<SynonymRow>(synonymsQuery(networkSlug));
      groups = toSynonymGroups(synonymRows);
      this.synonyms.set(
        `${synonymRows[0]?.generation ?? generation}|${networkSlug ?? '*'}`,
        groups,
      );
    }
    const spans = matchSpans(plan, groups, locale);

    const sources = similarSources(plan, spans, groups);
    const similar = new Map<string, readonly SimilarWord[]>();
    const families = new Map<string, WordFamily>();
    const missing: string[] = [];
    for (const source of sources) {
      const known = this.similar.get(`${generation}|${source}`);
      if (known) similar.set(source, known);
      else missing.push(source);
    }
    // The typed words' families (word-families.ts), looked up in the same statement as the similar
    // words and kept per word and generation the same way.
    const probes: FamilyProbe[] = [];
    const probed = new Map<string, FamilyProbe[]>();
    for (const word of plan.words) {
      const family = this.families.get(`${generation}|${word.word}`);
      if (family) {
        families.set(word.word, family);
        continue;
      }
      const own = familyProbes(word);
      probed.set(word.word, own);
      probes.push(...own);
    }
    if (missing.length > 0 || probes.length > 0) {
      const similarRows = await run<SimilarRow>(similarQuery(missing, probes));
      const found = new Map<string, SimilarWord[]>(missing.map((source) => [source, []]));
      const familyRows = new Map<string, SimilarRow[]>();
      for (const row of similarRows) {
        if (row.source === null || row.word === null) continue;
        if (row.probe !== null) {
          familyRows.set(row.source, [...(familyRows.get(row.source) ?? []), row]);
          continue;
        }
        found.get(row.source)?.push({
          word: row.word,
          similarity: Number(row.similarity),
          ...toStems(row.stems === null ? null : parse(row.stems)),
        });
      }
      const at = similarRows[0]?.generation ?? generation;
      for (const [source, list] of found) {
        similar.set(source, list);
        this.similar.set(`${at}|${source}`, list);
      }
      for (const word of plan.words) {
        const own = probed.get(word.word);
        if (!own) continue;
        const rows = (familyRows.get(word.word) ?? []).map((row) => ({
          probe: row.probe ?? '',
          word: row.word ?? '',
          stems: toStems(row.stems === null ? null : parse(row.stems)),
        }));
        const family = toFamily(word, own, rows);
        families.set(word.word, family);
        this.families.set(`${at}|${word.word}`, family);
      }
    }
    return buildGroups(plan, spans, groups, similar, families);
  }
}

function toTypedWord(row: TypedWordRow): TypedWord {
  const stems = parse(row.stems);
  return {
    word: row.word,
    stems: toStems(stems.word),
    stop: row.stop,
    known: row.known,
    ...(row.head && row.tail
      ? {
          split: [
            { word: row.head, stems: toStems(stems.head) },
            { word: row.tail, stems: toStems(stems.tail) },
          ] as const,
        }
      : {}),
    ...(row.joined ? { joined: { word: row.joined, stems: toStems(stems.joined) } } : {}),
  };
}

function toSynonymGroups(rows: readonly SynonymRow[]): SynonymGroup[] {
  const groups = new Map<
    string,
    { id: string; language: SearchLanguage; entries: SynonymGroup['entries'][number][] }
  >();
  for (const row of rows) {
    if (row.gid === null || row.entry === null || row.words === null) continue;
    const group = groups.get(row.gid) ?? {
      id: row.gid,
      language: LANGUAGE[row.language ?? 'fi'] ?? 'fi',
      entries: [],
    };
    group.entries.push({
      text: row.entry,
      words: parse(row.words).map((word) => ({ word: word.word, stems: toStems(word) })),
    });
    groups.set(row.gid, group);
  }
  return [...groups.values()];
}
