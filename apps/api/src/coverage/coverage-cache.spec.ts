import { type PrismaClient } from '@linja/db';

import { COVERAGE_CACHE_TTL_MS, CoverageCache } from './coverage-cache';
import { type CoverageCellRow } from './coverage.query';
import { type CoverageFilter } from './dto/coverage-filter.schema';

const NETWORK = '00000000-0000-4000-8000-00000000000a';
const FILTER: CoverageFilter = {
  dimension: 'THEME',
  wellbeingAreaCode: null,
  inPersonOnly: false,
  acceptingOnly: false,
  includeOtherProviders: false,
};

/** A database whose generation the test sets; each matrix statement answers a numbered cell. */
function fakeDatabase() {
  const state = { generation: '1:1', statements: 0, fail: false };
  const prisma = {
    $queryRaw: () => Promise.resolve([{ generation: state.generation }]),
    $transaction: (work: (tx: unknown) => Promise<CoverageCellRow[]>) =>
      work({
        $queryRaw: (strings: TemplateStringsArray) => {
          if (!strings.join('').includes('WITH col_code')) return Promise.resolve([]);
          state.statements += 1;
          if (state.fail) return Promise.reject(new Error('statement failed'));
          const cell: CoverageCellRow = {
            term_id: 't',
            col: '09',
            active_services: state.statements,
            planned_deliveries: 0,
            organization_ids: [],
          };
          return Promise.resolve([cell]);
        },
      }),
  };
  return { state, prisma: prisma as unknown as PrismaClient };
}

class ClockedCache extends CoverageCache {
  time = 0;
  protected override now(): number {
    return this.time;
  }
}

describe('CoverageCache', () => {
  it('keeps a matrix while the generation is unchanged, per filter', async () => {
    const { state, prisma } = fakeDatabase();
    const cache = new ClockedCache(prisma);
    const first = await cache.cells(NETWORK, FILTER);
    expect(await cache.cells(NETWORK, FILTER)).toBe(first);
    expect(state.statements).toBe(1);
    await cache.cells(NETWORK, { ...FILTER, inPersonOnly: true });
    await cache.cells(NETWORK, { ...FILTER, wellbeingAreaCode: '09' });
    expect(state.statements).toBe(3);
  });

  it('computes again when the network changed or the matrix is older than the limit', async () => {
    const { state, prisma } = fakeDatabase();
    const cache = new ClockedCache(prisma);
    await cache.cells(NETWORK, FILTER);
    state.generation = '2:2';
    expect((await cache.cells(NETWORK, FILTER))[0]?.active_services).toBe(2);
    cache.time += COVERAGE_CACHE_TTL_MS - 1;
    await cache.cells(NETWORK, FILTER);
    expect(state.statements).toBe(2);
    cache.time += 1;
    expect((await cache.cells(NETWORK, FILTER))[0]?.active_services).toBe(3);
  });

  it('shares one statement between concurrent first views and keeps no failure', async () => {
    const { state, prisma } = fakeDatabase();
    const cache = new ClockedCache(prisma);
    await Promise.all([cache.cells(NETWORK, FILTER), cache.cells(NETWORK, FILTER)]);
    expect(state.statements).toBe(1);
    state.fail = true;
    state.generation = '3:3';
    await expect(cache.cells(NETWORK, FILTER)).rejects.toThrow('statement failed');
    state.fail = false;
    expect((await cache.cells(NETWORK, FILTER))[0]?.active_services).toBe(3);
  });
});
