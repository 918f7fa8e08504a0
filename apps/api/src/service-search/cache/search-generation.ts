import { type PrismaClient } from '@linja/db';

/**
 * The public catalogue's generation (table search_generation): raised at the commit of every
 * transaction that changes anything a public search response shows (deferred constraint triggers,
 * migration 20261130072249_search_generation). One primary-key read.
 */
export async function readSearchGeneration(prisma: PrismaClient): Promise<string> {
  const [row] = await prisma.$queryRaw<{ generation: bigint | string }[]>`
    SELECT generation FROM search_generation WHERE id = 1`;
  if (!row) throw new Error('search_generation has no row (migration not applied?)');
  return String(row.generation);
}
