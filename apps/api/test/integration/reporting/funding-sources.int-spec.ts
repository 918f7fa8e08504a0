import { FEDERATION_ID, ORG_LAHTI, ORG_TURKU_ETK, PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { errorCode, gql } from '../identity/identity-kit';

const TURVAKOTI = '5a1e0b6e-0c1f-4c3e-9d0a-400000000005';
const COORDINATOR = `coordinator:${FEDERATION_ID}`;
const LAHTI_ADMIN = `org-admin:${ORG_LAHTI}`;
const LAHTI_EDITOR = `editor:${ORG_LAHTI}`;
const TURKU_ADMIN = `org-admin:${ORG_TURKU_ETK}`;
const VIEWER = `report-viewer:${FEDERATION_ID}`;

const FIELDS = 'id serviceId type funderName amount startsOn endsOn isPermanent';
const CREATE = `mutation ($input: CreateFundingSourceInput!) { createFundingSource(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateFundingSourceInput!) { updateFundingSource(input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation ($id: ID!) { removeFundingSource(id: $id) { id } }`;
const LIST = `query ($id: ID!) { serviceFundingSources(serviceId: $id, first: 50) { totalCount edges { node { ${FIELDS} } } } }`;

describe(`a service's funding sources on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    as: string,
  ) => gql<T>(api.baseUrl, query, variables, { as });

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('adds, changes and removes a funding source, audited; bad input and other writers change nothing', async () => {
    const input = {
      serviceId: TURVAKOTI,
      type: 'PURCHASE_MUNICIPALITY',
      funderName: '  Lahden kaupunki ',
      amount: 25000,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      isPermanent: false,
    };
    const created = await call<{ createFundingSource: { id: string } }>(
      CREATE,
      { input },
      LAHTI_ADMIN,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createFundingSource.id;
    expect(created.data!.createFundingSource).toMatchObject({
      funderName: 'Lahden kaupunki',
      amount: 25000,
      endsOn: '2026-12-31',
    });
    const createdAudit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'fundingSource.created', entityId: id },
    });
    expect(createdAudit).toMatchObject({
      entityType: 'FundingSource',
      serviceId: TURVAKOTI,
      organizationId: ORG_LAHTI,
      networkId: FEDERATION_ID,
    });

    const change = {
      id,
      type: 'PURCHASE_WELLBEING_AREA',
      funderName: 'Päijät-Hämeen hyvinvointialue',
      amount: 30000,
      startsOn: '2026-01-01',
      endsOn: null,
      isPermanent: true,
    };
    // Neither another organisation's admin, an editor nor the read-only viewer writes it.
    for (const as of [TURKU_ADMIN, LAHTI_EDITOR, VIEWER]) {
      expect(errorCode(await call(UPDATE, { input: change }, as))).toBe('FORBIDDEN');
      expect(errorCode(await call(REMOVE, { id }, as))).toBe('FORBIDDEN');
    }
    // Bad input names its field and changes nothing.
    const bad = [
      [{ funderName: ' ' }, 'input.funderName'],
      [{ amount: -1 }, 'input.amount'],
      [{ startsOn: '2026-02-30' }, 'input.startsOn'],
      [{ endsOn: '2025-12-31' }, 'input.endsOn'],
    ] as const;
    for (const [patch, field] of bad) {
      const refused = await call(UPDATE, { input: { ...change, ...patch } }, LAHTI_ADMIN);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(await prisma.fundingSource.findUniqueOrThrow({ where: { id } })).toMatchObject({
      funderName: 'Lahden kaupunki',
      type: 'PURCHASE_MUNICIPALITY',
    });
    expect(
      errorCode(await call(UPDATE, { input: { ...change, id: FEDERATION_ID } }, LAHTI_ADMIN)),
    ).toBe('NOT_FOUND');

    // The network's coordinator may change it too; the change is audited field by field.
    const updated = await call<{ updateFundingSource: Record<string, unknown> }>(
      UPDATE,
      { input: change },
      COORDINATOR,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateFundingSource).toMatchObject({
      type: 'PURCHASE_WELLBEING_AREA',
      amount: 30000,
      endsOn: null,
      isPermanent: true,
    });
    const updatedAudit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'fundingSource.updated', entityId: id },
    });
    expect(updatedAudit.changes).toEqual(
      expect.arrayContaining([
        {
          field: 'type',
          locale: null,
          before: 'PURCHASE_MUNICIPALITY',
          after: 'PURCHASE_WELLBEING_AREA',
        },
        { field: 'amount', locale: null, before: '25000', after: '30000' },
        { field: 'endsOn', locale: null, before: '2026-12-31', after: null },
        { field: 'isPermanent', locale: null, before: 'false', after: 'true' },
      ]),
    );
    expect(updatedAudit.changes).toHaveLength(5);

    // Readers see it; another organisation's admin does not.
    const list = await call<{
      serviceFundingSources: { edges: { node: { id: string; funderName: string } }[] };
    }>(LIST, { id: TURVAKOTI }, VIEWER);
    expect(list.data!.serviceFundingSources.edges.map((edge) => edge.node)).toContainEqual(
      expect.objectContaining({ id, funderName: 'Päijät-Hämeen hyvinvointialue' }),
    );
    expect(errorCode(await call(LIST, { id: TURVAKOTI }, TURKU_ADMIN))).toBe('FORBIDDEN');

    expect((await call(REMOVE, { id }, LAHTI_ADMIN)).errors).toBeUndefined();
    expect(await prisma.fundingSource.findUnique({ where: { id } })).toBeNull();
    expect(
      await prisma.auditEvent.count({ where: { action: 'fundingSource.removed', entityId: id } }),
    ).toBe(1);
    expect(errorCode(await call(REMOVE, { id }, LAHTI_ADMIN))).toBe('NOT_FOUND');
  }, 120_000);
});
