import { openDatabase, type Database } from '../src/connection/database';
import { SILENT_LOGGER } from '../src/logger';
import { migrateDatabase } from '../src/migrate/migrate-database';
import { DEMO_NETWORKS } from '../src/seed/demo-networks';
import { seedDemoData } from '../src/seed/seed-demo-data';
import { createTestDatabase, type TestDatabaseTarget } from '../src/testing/test-database';

describe(`demo seed (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  let target: TestDatabaseTarget;
  let database: Database;

  beforeAll(async () => {
    target = await createTestDatabase();
    database = await openDatabase(target);
    await migrateDatabase(database, SILENT_LOGGER);
  });

  afterAll(async () => {
    await database.close();
    await target.drop();
  });

  const snapshot = () => database.prisma.network.findMany({ orderBy: { id: 'asc' } });

  it('inserts the demo networks with their fixed ids', async () => {
    await seedDemoData(database.prisma, SILENT_LOGGER);

    const networks = await snapshot();
    expect(networks.map(({ id, slug, name }) => ({ id, slug, name }))).toEqual(
      [...DEMO_NETWORKS].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('changes nothing when run again, not even timestamps', async () => {
    const before = await snapshot();

    await seedDemoData(database.prisma, SILENT_LOGGER);

    expect(await snapshot()).toEqual(before);
  });

  it('keeps rows edited since the last run', async () => {
    const slug = DEMO_NETWORKS[0].slug;
    await database.prisma.network.update({ where: { slug }, data: { name: 'Renamed locally' } });

    await seedDemoData(database.prisma, SILENT_LOGGER);

    expect(await database.prisma.network.findUnique({ where: { slug } })).toMatchObject({
      name: 'Renamed locally',
    });
  });
});
