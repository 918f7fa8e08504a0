import { PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import {
  AS,
  content,
  CREATE,
  ok,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  type ServiceShape,
  termId,
  UPDATE,
} from './fixtures';

const ARCHIVE_TERM = /* GraphQL */ `
  mutation ($id: ID!) {
    archiveTaxonomyTerm(id: $id) {
      archivedAt
    }
  }
`;

describe(`archived taxonomy terms on services on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  const archived = termId('perhelinja', 'themes', 2);
  const current = termId('perhelinja', 'themes', 1);

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  });

  afterAll(async () => {
    await api.close();
  });

  it('refuses a newly chosen archived term but keeps one the service already has', async () => {
    const carrying = await ok<ServiceShape>(
      api,
      CREATE,
      {
        input: {
          networkId: PERHELINJA_ID,
          responsibleOrganizationId: ORG_TURKU_ETK,
          content: content({ fi: 'Teema arkistoidaan' }, { themeIds: [archived] }),
        },
      },
      AS.turkuEditor,
    );
    await ok(api, ARCHIVE_TERM, { id: archived }, AS.perhelinjaCoordinator);
    const servicesBefore = await prisma.service.count();

    const fresh = await api.graphql(
      CREATE,
      {
        input: {
          networkId: PERHELINJA_ID,
          responsibleOrganizationId: ORG_TURKU_ETK,
          content: content({ fi: 'Uusi palvelu' }, { themeIds: [current, archived] }),
        },
      },
      AS.turkuEditor,
    );
    expect(fresh.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'content.themeIds',
    });
    expect(await prisma.service.count()).toBe(servicesBefore);

    // The draft that already has the term stays editable with it…
    const renamed = await ok<ServiceShape>(
      api,
      UPDATE,
      {
        input: {
          id: carrying.id,
          expectedVersion: carrying.version,
          content: content({ fi: 'Teema arkistoitu' }, { themeIds: [archived] }),
        },
      },
      AS.turkuEditor,
    );
    expect(renamed.workingRevision?.content.name.fi).toBe('Teema arkistoitu');

    // …but once dropped, the archived term cannot be chosen again.
    const dropped = await ok<ServiceShape>(
      api,
      UPDATE,
      {
        input: {
          id: carrying.id,
          expectedVersion: renamed.version,
          content: content({ fi: 'Teema arkistoitu' }, { themeIds: [current] }),
        },
      },
      AS.turkuEditor,
    );
    const readded = await api.graphql(
      UPDATE,
      {
        input: {
          id: carrying.id,
          expectedVersion: dropped.version,
          content: content({ fi: 'Teema arkistoitu' }, { themeIds: [archived] }),
        },
      },
      AS.turkuEditor,
    );
    expect(readded.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'content.themeIds',
    });
    const after = await prisma.service.findUniqueOrThrow({ where: { id: carrying.id } });
    expect(after.version).toBe(dropped.version);
  });
});
