import { openDatabase, type Database } from '../src/connection/database';
import { SILENT_LOGGER } from '../src/logger';
import { migrateDatabase } from '../src/migrate/migrate-database';
import { DEMO_NETWORKS, DEMO_ORGANIZATIONS, DEMO_SERVICES } from '../src/seed/demo';
import { DEMO_PLANNED_DELIVERIES } from '../src/seed/demo/planning';
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

  /** Every row the seed writes, in a stable order. */
  const snapshot = async () => {
    const { prisma } = database;
    return {
      networks: await prisma.network.findMany({ orderBy: { id: 'asc' } }),
      terms: await prisma.taxonomyTerm.findMany({ orderBy: { id: 'asc' } }),
      organizations: await prisma.organization.findMany({ orderBy: { id: 'asc' } }),
      memberships: await prisma.networkMembership.findMany({ orderBy: { id: 'asc' } }),
      services: await prisma.service.findMany({ orderBy: { id: 'asc' } }),
      revisions: await prisma.serviceRevision.findMany({ orderBy: { id: 'asc' } }),
      deliveries: await prisma.serviceDelivery.findMany({ orderBy: { id: 'asc' } }),
      areas: await prisma.deliveryArea.count(),
      locations: await prisma.deliveryLocation.count(),
      audit: await prisma.auditEvent.count(),
      users: await prisma.user.findMany({ orderBy: { id: 'asc' } }),
      roles: await prisma.roleAssignment.findMany({ orderBy: { id: 'asc' } }),
      readinessTemplate: await prisma.readinessTemplateItem.findMany({ orderBy: { id: 'asc' } }),
      readiness: await prisma.readinessItem.findMany({ orderBy: { id: 'asc' } }),
      supportTopics: await prisma.supportTopic.findMany({ orderBy: { id: 'asc' } }),
      supportContacts: await prisma.supportContact.findMany({ orderBy: { id: 'asc' } }),
      supportContactTopics: await prisma.supportContactTopic.count(),
    };
  };

  it('builds the demo catalogue: networks, members, and services in every publishing state', async () => {
    await seedDemoData(database.prisma, SILENT_LOGGER);

    const rows = await snapshot();
    expect(rows.networks.map(({ id, slug }) => ({ id, slug }))).toEqual(
      DEMO_NETWORKS.map(({ id, slug }) => ({ id, slug })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(rows.organizations).toHaveLength(DEMO_ORGANIZATIONS.length);
    expect(rows.services).toHaveLength(DEMO_SERVICES.length);
    expect(new Set(rows.services.map((service) => service.status))).toEqual(
      new Set(['DRAFT', 'PUBLISHED', 'ARCHIVED']),
    );
    expect(new Set(rows.revisions.map((revision) => revision.state))).toEqual(
      new Set(['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED']),
    );
    // A published service with an edit waiting: the approved revision stays public.
    const pending = rows.services.find(
      (service) => service.publishedRevisionId && service.workingRevisionId,
    );
    expect(pending?.status).toBe('PUBLISHED');
    expect(rows.areas).toBeGreaterThan(0);
    // The Lahti shelter is there, with its real name, and does not publish an address.
    const shelter = DEMO_SERVICES.find((service) => service.content.name.fi === 'Turvakoti');
    expect(shelter?.deliveries.every((delivery) => delivery.locations.length === 0)).toBe(true);
    // Every network has the 13-step readiness checklist; two deliveries are being planned with it.
    expect(rows.readinessTemplate).toHaveLength(13 * DEMO_NETWORKS.length);
    const planned = rows.deliveries.filter((delivery) => delivery.status === 'PLANNING');
    expect(planned.map((delivery) => delivery.id).sort()).toEqual(
      DEMO_PLANNED_DELIVERIES.map((delivery) => delivery.id).sort(),
    );
    expect(rows.readiness).toHaveLength(13 * planned.length);
    expect(rows.readiness.filter((item) => item.status !== 'NOT_STARTED').length).toBeGreaterThan(
      0,
    );
  });

  it('gives Perhelinja a topic list and a year of support contacts of its members', async () => {
    const rows = await snapshot();
    expect(rows.supportTopics.map((topic) => topic.slug)).toEqual(
      expect.arrayContaining([
        'rekrytointi',
        'perehdytys',
        'rahoitus',
        'palvelukuvaus',
        'kayttoonotto',
      ]),
    );
    expect(rows.supportContacts.length).toBeGreaterThanOrEqual(40);
    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10);
    for (const contact of rows.supportContacts) {
      const day = contact.contactedOn.toISOString().slice(0, 10);
      expect(day < today && day >= yearAgo).toBe(true);
    }
    const memberships = rows.memberships.filter(
      (m) => m.networkId === rows.supportContacts[0]?.networkId && m.role !== 'COORDINATOR',
    );
    const members = new Set(memberships.map((m) => m.organizationId));
    expect(rows.supportContacts.every((contact) => members.has(contact.organizationId))).toBe(true);
    expect(new Set(rows.supportContacts.map((contact) => contact.status))).toEqual(
      new Set(['OPEN', 'FOLLOW_UP', 'CLOSED']),
    );
    expect(rows.supportContactTopics).toBeGreaterThan(rows.supportContacts.length);
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
