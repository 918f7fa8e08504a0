import { type PrismaClient } from '../generated/prisma/client.js';
import { type DbLogger } from '../logger.js';
import { DEMO_NETWORKS } from './demo-networks.js';

/**
 * Inserts the demo data. Idempotent: rows are inserted with ON CONFLICT DO NOTHING, so a second run
 * changes nothing (not even `updated_at`), and data edited by hand in a development database is kept.
 */
export async function seedDemoData(prisma: PrismaClient, logger: DbLogger): Promise<void> {
  const networks = await prisma.network.createMany({
    data: DEMO_NETWORKS.map((network) => ({ ...network })),
    skipDuplicates: true,
  });
  logger.info({ networks: networks.count }, 'demo data seeded');
}
