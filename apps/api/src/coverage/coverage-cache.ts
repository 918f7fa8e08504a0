import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { type CoverageCellRow, readCoverageCells } from './coverage.query';
import { type CoverageFilter } from './dto/coverage-filter.schema';

/** How long a computed matrix may be shown: bounds what time alone changes (`visible_until`). */
export const COVERAGE_CACHE_TTL_MS = 5 * 60_000;
/** Matrices kept (network × view × filters); the oldest goes first. */
export const COVERAGE_CACHE_ENTRIES = 200;

interface Entry {
  readonly generation: string;
  readonly at: number;
  readonly cells: Promise<CoverageCellRow[]>;
}

/**
 * The matrix's cells per network and filter, valid while the network's search generation is
 * unchanged (search_network_generation: raised at the commit of any transaction writing the
 * network's services, their terms, deliveries, delivery areas, taxonomy, memberships or
 * organisations — everything the statement reads) and for at most COVERAGE_CACHE_TTL_MS. The
 * statement reads every delivery area of the network (about a second per view at 100 000 services);
 * the generation is one primary-key read. Concurrent first views share one statement.
 */
@Injectable()
export class CoverageCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly prisma: PrismaClient) {}

  /** The clock (a test moves it). */
  protected now(): number {
    return Date.now();
  }

  async cells(networkId: string, filter: CoverageFilter): Promise<CoverageCellRow[]> {
    const generation = await this.generation(networkId);
    const key = JSON.stringify([
      networkId,
      filter.dimension,
      filter.wellbeingAreaCode ?? null,
      filter.inPersonOnly,
      filter.acceptingOnly,
      // The network's own cells do not depend on the switch (other providers are read apart, fresh).
    ]);
    const found = this.entries.get(key);
    if (found && found.generation === generation && this.now() - found.at < COVERAGE_CACHE_TTL_MS) {
      return found.cells;
    }
    const cells = readCoverageCells(this.prisma, networkId, filter);
    this.entries.delete(key);
    this.entries.set(key, { generation, at: this.now(), cells });
    // A failed statement is not kept.
    cells.catch(() => {
      if (this.entries.get(key)?.cells === cells) this.entries.delete(key);
    });
    while (this.entries.size > COVERAGE_CACHE_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return cells;
  }

  /**
   * The network's own number only: a write in another network leaves this network's matrices kept
   * (the statement reads nothing outside the network but the municipality reference data).
   */
  private async generation(networkId: string): Promise<string> {
    const rows = await this.prisma.$queryRaw<{ generation: string }[]>`
      SELECT coalesce((SELECT generation FROM search_network_generation
                       WHERE network_id = ${networkId}::uuid)::text, '-') AS generation`;
    return rows[0]?.generation ?? '';
  }
}
