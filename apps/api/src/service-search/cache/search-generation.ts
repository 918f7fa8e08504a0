import { Prisma, type PrismaClient } from '@linja/db';

/**
 * The generation of the public catalogue that a search response depends on, as an opaque key: for a
 * search across networks the whole catalogue's number (table search_generation), for a search
 * within networks (their slugs) each network's id and number (table search_network_generation), so
 * an edit in one network leaves the other networks' cached searches valid, with the vocabulary's
 * generation (words_generation: the words are shared by every network). All are raised at the
 * commit of every transaction that changes what a public search response shows (deferred constraint
 * triggers, migrations 20261130072249_search_generation, *_add_network_search_generation and
 * *_search_words_generation). One statement of primary-key reads.
 */
export async function readSearchGeneration(
  prisma: PrismaClient,
  networkSlugs: readonly string[] | null = null,
): Promise<string> {
  if (networkSlugs && networkSlugs.length > 0) {
    // A slug no network has: keyed by the whole catalogue (a network created with it changes that).
    // With the vocabulary's generation: how typed words are analysed (known, split, similar words)
    // depends on every network's words, so a new word anywhere changes it.
    const rows = await prisma.$queryRaw<{ slug: string; key: string }[]>`
      SELECT t.slug, coalesce(n.id::text || ':' || coalesce(g.generation, 0)::text,
                              '*:' || w.generation::text) || ':' || w.words_generation::text AS key
      FROM unnest(${networkSlugs}::text[]) AS t(slug)
      CROSS JOIN (SELECT generation, words_generation FROM search_generation WHERE id = 1) w
      LEFT JOIN network n ON n.slug = t.slug
      LEFT JOIN search_network_generation g ON g.network_id = n.id
      ORDER BY t.slug`;
    return rows.map((row) => row.key).join('|');
  }
  const [row] = await prisma.$queryRaw<{ generation: bigint | string }[]>(
    Prisma.sql`SELECT generation FROM search_generation WHERE id = 1`,
  );
  if (!row) throw new Error('search_generation has no row (migration not applied?)');
  return String(row.generation);
}

/** The networks a search is within (their slugs; null: the whole catalogue), as generations go. */
export function searchedNetworkSlugs(
  input: { networkSlug?: string | null } | null | undefined,
): string[] | null {
  return input?.networkSlug ? [input.networkSlug] : null;
}

/**
 * The generations one GraphQL request has read, by the networks searched within (GraphQLContext): the
 * public response cache reads a search's generation first, and the search's kept rankings
 * (search-result-sets.ts) need the same one, so it is read once per request.
 */
export type GenerationMemo = Map<string, Promise<string>>;

export function rememberedGeneration(
  memo: GenerationMemo,
  read: (networkSlugs: readonly string[] | null) => Promise<string>,
  networkSlugs: readonly string[] | null,
): Promise<string> {
  const key = networkSlugs === null ? '*' : JSON.stringify([...networkSlugs].sort());
  let generation = memo.get(key);
  if (!generation) {
    generation = read(networkSlugs);
    memo.set(key, generation);
  }
  return generation;
}
