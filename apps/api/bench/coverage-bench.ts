/* eslint-disable no-console -- a command-line benchmark prints its figures */
// The coverage matrix's one statement on a benchmark catalogue (issue 18):
//   cd apps/api && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/linja_bench \
//     node -r @swc-node/register bench/coverage-bench.ts [networkSlug] [runs]
// Times the whole-network view (themes × every wellbeing area) and a drill-down, each filter
// combination, `runs` times after one warm-up; prints the median and the worst in milliseconds.
import { openDatabase } from '@linja/db';

import { readCoverageCells } from '../src/coverage/coverage.query';
import { type CoverageFilter } from '../src/coverage/dto/coverage-filter.schema';

const [slug = 'perhelinja', runsArg = '5'] = process.argv.slice(2);

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('Set DATABASE_URL to the benchmark database.');
  const database = await openDatabase({ databaseUrl, pgliteDataDir: 'unused' });
  try {
    const network = await database.prisma.network.findUniqueOrThrow({
      where: { slug },
      select: { id: true },
    });
    const [counts] = await database.prisma.$queryRaw<{ services: number; areas: number }[]>`
      SELECT (SELECT count(*)::int FROM service_search_row WHERE network_id = ${network.id}::uuid) AS services,
             (SELECT count(*)::int FROM delivery_area) AS areas`;
    console.log(`${slug}: ${counts?.services} services in search, ${counts?.areas} delivery areas`);
    const views: [string, CoverageFilter][] = [
      [
        'themes × areas',
        {
          dimension: 'THEME',
          wellbeingAreaCode: null,
          inPersonOnly: false,
          acceptingOnly: false,
          includeOtherProviders: false,
        },
      ],
      [
        'target groups × areas',
        {
          dimension: 'TARGET_GROUP',
          wellbeingAreaCode: null,
          inPersonOnly: false,
          acceptingOnly: false,
          includeOtherProviders: false,
        },
      ],
      [
        'themes × areas, in person, accepting',
        {
          dimension: 'THEME',
          wellbeingAreaCode: null,
          inPersonOnly: true,
          acceptingOnly: true,
          includeOtherProviders: false,
        },
      ],
      [
        'themes × Päijät-Häme municipalities',
        {
          dimension: 'THEME',
          wellbeingAreaCode: '09',
          inPersonOnly: false,
          acceptingOnly: false,
          includeOtherProviders: false,
        },
      ],
    ];
    for (const [label, filter] of views) {
      await readCoverageCells(database.prisma, network.id, filter);
      const times: number[] = [];
      let cells = 0;
      for (let run = 0; run < Number(runsArg); run += 1) {
        const started = performance.now();
        cells = (await readCoverageCells(database.prisma, network.id, filter)).length;
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? 0;
      console.log(
        `${label}: median ${median.toFixed(0)} ms, max ${(times.at(-1) ?? 0).toFixed(0)} ms (${cells} cells)`,
      );
    }
  } finally {
    await database.close();
  }
}

void main();
