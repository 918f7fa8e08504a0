import { type Prisma } from '@linja/db';
import { LRUCache } from 'lru-cache';

import { type TSearchLocale } from '../models/service-search.model';
import { type SearchLanguage, type Stems, type WordGroup } from '../utils/search-text.util';
import {
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
} from './word-groups';

type Db = Pick<Prisma.TransactionClient, '$queryRaw'>;

/** Networks' synonym lists and words' similar vocabulary words kept per catalogue generation. */
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
 * vocabulary words depend only on the catalogue, so they are computed once per catalogue generation
 * (table search_generation, raised by every change to services, revisions — and so the vocabulary —
 * and synonyms) and kept in memory: a search of known words sends one statement here.
 */
export class WordExpander {
  private readonly synonyms = new LRUCache<string, readonly SynonymGroup[]>({
    max: MAX_NETWORKS,
  });
  private readonly similar = new LRUCache<string, readonly SimilarWord[]>({ max: MAX_WORDS });

  /** `statements` collects what is sent (the benchmark's SQL floor). */
  async expand(
    db: Db,
    words: readonly string[],
    locale: TSearchLocale,
    networkSlug: string | null | undefined,
    statements?: Prisma.Sql[],
  ): Promise<WordGroup[]> {
    if (words.length === 0) return [];
    const run = async <T>(sql: Prisma.Sql): Promise<T[]> => {
      statements?.push(sql);
      return db.$queryRaw<T[]>(sql);
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
    const missing: string[] = [];
    for (const source of sources) {
      const known = this.similar.get(`${generation}|${source}`);
      if (known) similar.set(source, known);
      else missing.push(source);
    }
    if (missing.length > 0) {
      const similarRows = await run<SimilarRow>(similarQuery(missing));
      const found = new Map<string, SimilarWord[]>(missing.map((source) => [source, []]));
      for (const row of similarRows) {
        if (row.source === null || row.word === null) continue;
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
    }
    return buildGroups(plan, spans, groups, similar);
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
