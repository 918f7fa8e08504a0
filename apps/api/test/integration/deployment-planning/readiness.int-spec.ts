import {
  FEDERATION_ID,
  ORG_LAHTI,
  ORG_MLL_VS,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  PLANNED_BABY_BLUES_KYMENLAAKSO,
  PLANNED_KESKUSTELUAPU_SATAKUNTA,
  PrismaClient,
} from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const OTHER_COORDINATOR = `coordinator:${FEDERATION_ID}`;
const TURKU_EDITOR = `editor:${ORG_TURKU_ETK}`;
const OTHER_EDITOR = `editor:${ORG_MLL_VS}`;
const OTHER_NETWORK_EDITOR = `editor:${ORG_LAHTI}`;
/** Perhelinja keskusteluapu (Turku association, Perhelinja): published. */
const KESKUSTELUAPU = '5a1e0b6e-0c1f-4c3e-9d0a-400000000021';

const CHECKLIST = /* GraphQL */ `
  fragment Checklist on ServiceDelivery {
    id
    status
    version
    readiness {
      total
      done
      notNeeded
      inProgress
      notStarted
      isComplete
      items {
        id
        position
        title {
          fi
          sv
          en
        }
        status
        ownerName
        notes
        updatedByLabel
      }
    }
  }
`;

interface Checklist {
  id: string;
  status: string;
  version: number;
  readiness: {
    total: number;
    done: number;
    notNeeded: number;
    inProgress: number;
    notStarted: number;
    isComplete: boolean;
    items: {
      id: string;
      position: number;
      title: { fi: string; sv: string; en: string };
      status: string;
      ownerName: string | null;
      notes: string | null;
      updatedByLabel: string | null;
    }[];
  } | null;
}

const UPDATE_ITEM = /* GraphQL */ `
  mutation ($input: UpdateReadinessItemInput!) {
    updateReadinessItem(input: $input) {
      ...Checklist
    }
  }
  ${CHECKLIST}
`;

const ACTIVATE = /* GraphQL */ `
  mutation ($input: ActivateServiceDeliveryInput!) {
    activateServiceDelivery(input: $input) {
      ...Checklist
    }
  }
  ${CHECKLIST}
`;

const CREATE_DELIVERY = /* GraphQL */ `
  mutation ($input: CreateServiceDeliveryInput!) {
    createServiceDelivery(input: $input) {
      ...Checklist
    }
  }
  ${CHECKLIST}
`;

describe(`deployment planning on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  });

  afterAll(async () => {
    await api.close();
  });

  async function planDelivery(areaCode = '06'): Promise<Checklist> {
    const result = await api.graphql<{ createServiceDelivery: Checklist }>(
      CREATE_DELIVERY,
      {
        input: {
          serviceId: KESKUSTELUAPU,
          organizationId: ORG_TURKU_ETK,
          status: 'PLANNING',
          areas: { wellbeingAreaCodes: [areaCode] },
        },
      },
      TURKU_EDITOR,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createServiceDelivery;
  }

  async function itemsOf(deliveryId: string) {
    return prisma.readinessItem.findMany({
      where: { deliveryId },
      orderBy: { position: 'asc' },
    });
  }

  describe('the checklist template', () => {
    const TEMPLATE = /* GraphQL */ `
      query ($slug: String!) {
        network(slug: $slug) {
          readinessTemplate {
            id
            position
            title {
              fi
              sv
              en
            }
            description {
              fi
            }
          }
        }
      }
    `;

    it('gives every network the 13 steps of the Perhelinja model in three languages', async () => {
      const result = await api.graphql<{
        network: {
          readinessTemplate: { position: number; title: Record<string, string> }[];
        };
      }>(TEMPLATE, { slug: 'perhelinja' }, COORDINATOR);
      expect(result.errors).toBeUndefined();
      const steps = result.data!.network.readinessTemplate;
      expect(steps).toHaveLength(13);
      expect(steps.map((step) => step.position)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
      ]);
      expect(steps[0]!.title).toEqual({ fi: 'Ydintarkoitus', sv: 'Kärnsyfte', en: 'Core purpose' });
      expect(steps[12]!.title.en).toBe('Backup plan');
      for (const step of steps) {
        expect(step.title.fi && step.title.sv && step.title.en).toBeTruthy();
      }
    });

    it('gives a network created by createNetwork the default checklist', async () => {
      const created = await api.graphql<{ createNetwork: { id: string } }>(
        'mutation { createNetwork(input: { slug: "uusi-verkosto", name: "Uusi verkosto" }) { id } }',
        {},
        'platform-admin',
      );
      expect(created.errors).toBeUndefined();
      expect(
        await prisma.readinessTemplateItem.count({
          where: { networkId: created.data!.createNetwork.id },
        }),
      ).toBe(13);
    });

    it('is shown only to the network’s coordinators', async () => {
      for (const as of [OTHER_COORDINATOR, TURKU_EDITOR, undefined]) {
        const result = await api.graphql(TEMPLATE, { slug: 'perhelinja' }, as);
        expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(result.errors?.[0]?.extensions?.code);
      }
    });

    it('lets the coordinator reorder, rename, add and remove steps; copies already made stay', async () => {
      const planned = await planDelivery('04');
      const template = await prisma.readinessTemplateItem.findMany({
        where: { networkId: PERHELINJA_ID },
        orderBy: { position: 'asc' },
      });
      const items = [
        {
          id: template[1]!.id,
          title: { fi: 'Ihmiset ja tuki', sv: 'Personer och stöd', en: 'People' },
        },
        { id: template[0]!.id, title: { fi: 'Tarkoitus' } },
        {
          title: { fi: 'Uusi vaihe', sv: 'Nytt steg', en: 'New step' },
          description: { fi: 'Kuvaus' },
        },
      ];
      const before = await prisma.auditEvent.count({
        where: { action: 'network.readiness_template_updated' },
      });

      const refused = await api.graphql(
        'mutation ($input: UpdateReadinessTemplateInput!) { updateReadinessTemplate(input: $input) { id } }',
        { input: { networkId: PERHELINJA_ID, items } },
        OTHER_COORDINATOR,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const invalid = await api.graphql(
        'mutation ($input: UpdateReadinessTemplateInput!) { updateReadinessTemplate(input: $input) { id } }',
        { input: { networkId: PERHELINJA_ID, items: [{ title: { sv: 'Bara svenska' } }] } },
        COORDINATOR,
      );
      expect(invalid.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'items.0.title.fi',
      });
      for (const [badItems, field] of [
        [[], 'items'],
        [Array.from({ length: 51 }, (_, i) => ({ title: { fi: `Vaihe ${i}` } })), 'items'],
        [[{ id: '5a1e0b6e-0c1f-4c3e-9d0a-999999999999', title: { fi: 'Vieras' } }], 'items.0.id'],
        [
          [
            { id: template[0]!.id, title: { fi: 'A' } },
            { id: template[0]!.id, title: { fi: 'B' } },
          ],
          'items.1.id',
        ],
        [[{ title: { fi: 'x'.repeat(201) } }], 'items.0.title.fi'],
      ] as const) {
        const bad = await api.graphql(
          'mutation ($input: UpdateReadinessTemplateInput!) { updateReadinessTemplate(input: $input) { id } }',
          { input: { networkId: PERHELINJA_ID, items: badItems } },
          COORDINATOR,
        );
        expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(
        await prisma.readinessTemplateItem.count({ where: { networkId: PERHELINJA_ID } }),
      ).toBe(13);

      const result = await api.graphql<{
        updateReadinessTemplate: { readinessTemplate: { id: string; title: { fi: string } }[] };
      }>(
        `mutation ($input: UpdateReadinessTemplateInput!) {
          updateReadinessTemplate(input: $input) { readinessTemplate { id title { fi } } }
        }`,
        { input: { networkId: PERHELINJA_ID, items } },
        COORDINATOR,
      );
      expect(result.errors).toBeUndefined();
      const steps = result.data!.updateReadinessTemplate.readinessTemplate;
      expect(steps.map((step) => step.title.fi)).toEqual([
        'Ihmiset ja tuki',
        'Tarkoitus',
        'Uusi vaihe',
      ]);
      expect(steps[0]!.id).toBe(template[1]!.id);
      expect(
        await prisma.auditEvent.count({ where: { action: 'network.readiness_template_updated' } }),
      ).toBe(before + 1);

      // The delivery planned before keeps its 13 steps; a new plan gets the new three.
      expect(await itemsOf(planned.id)).toHaveLength(13);
      const next = await planDelivery('02');
      expect(next.readiness?.items.map((item) => item.title.fi)).toEqual([
        'Ihmiset ja tuki',
        'Tarkoitus',
        'Uusi vaihe',
      ]);

      // Restore the default steps' order for the other tests.
      await prisma.readinessTemplateItem.deleteMany({ where: { networkId: PERHELINJA_ID } });
      await prisma.$executeRaw`SELECT "add_default_readiness_template"(${PERHELINJA_ID}::uuid)`;
    });
  });

  describe('a delivery being planned', () => {
    it('gets its own copy of the checklist when created in PLANNING (none when ACTIVE)', async () => {
      const planned = await planDelivery();
      expect(planned.status).toBe('PLANNING');
      expect(planned.readiness).toMatchObject({
        total: 13,
        done: 0,
        notStarted: 13,
        isComplete: false,
      });
      const active = await api.graphql<{ createServiceDelivery: Checklist }>(
        CREATE_DELIVERY,
        {
          input: {
            serviceId: KESKUSTELUAPU,
            organizationId: ORG_TURKU_ETK,
            areas: { wellbeingAreaCodes: ['05'] },
          },
        },
        TURKU_EDITOR,
      );
      expect(active.data?.createServiceDelivery.readiness).toBeNull();
    });

    it('lists the network’s planned deliveries with their progress for the coordinator', async () => {
      const result = await api.graphql<{
        network: {
          plannedDeliveries: {
            totalCount: number;
            edges: {
              node: Checklist & { service: { id: string }; organization: { id: string } };
            }[];
          };
        };
      }>(
        `query {
          network(slug: "perhelinja") {
            plannedDeliveries(first: 50) {
              totalCount
              edges { node { ...Checklist service { id } organization { id } } }
            }
          }
        }
        ${CHECKLIST}`,
        {},
        COORDINATOR,
      );
      expect(result.errors).toBeUndefined();
      const demo = result.data!.network.plannedDeliveries.edges.find(
        (edge) => edge.node.id === PLANNED_KESKUSTELUAPU_SATAKUNTA,
      );
      expect(demo?.node).toMatchObject({
        status: 'PLANNING',
        service: { id: KESKUSTELUAPU },
        organization: { id: ORG_TURKU_ETK },
        readiness: { total: 13, done: 2, notNeeded: 1, inProgress: 1, notStarted: 9 },
      });
      // Only this network's: the federation's Baby Blues plan is not here.
      expect(
        result.data!.network.plannedDeliveries.edges.some(
          (edge) => edge.node.id === PLANNED_BABY_BLUES_KYMENLAAKSO,
        ),
      ).toBe(false);

      const refused = await api.graphql(
        '{ network(slug: "perhelinja") { plannedDeliveries { totalCount } } }',
        {},
        OTHER_COORDINATOR,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('lets the producer’s staff and the coordinator record progress; others change nothing', async () => {
      const planned = await planDelivery();
      const [first, second] = planned.readiness!.items;

      const byEditor = await api.graphql<{ updateReadinessItem: Checklist }>(
        UPDATE_ITEM,
        {
          input: {
            id: first!.id,
            status: 'DONE',
            ownerName: '  Liisa Mäkinen ',
            notes: 'Johto sitoutunut.',
          },
        },
        TURKU_EDITOR,
      );
      expect(byEditor.errors).toBeUndefined();
      expect(byEditor.data!.updateReadinessItem.readiness).toMatchObject({
        done: 1,
        notStarted: 12,
      });
      expect(byEditor.data!.updateReadinessItem.readiness!.items[0]).toMatchObject({
        status: 'DONE',
        ownerName: 'Liisa Mäkinen',
        notes: 'Johto sitoutunut.',
      });

      const byCoordinator = await api.graphql<{ updateReadinessItem: Checklist }>(
        UPDATE_ITEM,
        { input: { id: second!.id, status: 'NOT_NEEDED' } },
        COORDINATOR,
      );
      expect(byCoordinator.errors).toBeUndefined();
      expect(byCoordinator.data!.updateReadinessItem.readiness).toMatchObject({
        done: 1,
        notNeeded: 1,
      });

      const before = JSON.stringify(await itemsOf(planned.id));
      for (const as of [OTHER_COORDINATOR, OTHER_EDITOR, OTHER_NETWORK_EDITOR, undefined]) {
        const result = await api.graphql(
          UPDATE_ITEM,
          { input: { id: first!.id, status: 'NOT_STARTED', ownerName: 'Joku muu' } },
          as,
        );
        expect(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']).toContain(
          result.errors?.[0]?.extensions?.code,
        );
      }
      const tooLong = await api.graphql(
        UPDATE_ITEM,
        { input: { id: first!.id, status: 'IN_PROGRESS', ownerName: 'x'.repeat(201) } },
        TURKU_EDITOR,
      );
      expect(tooLong.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'ownerName',
      });
      expect(JSON.stringify(await itemsOf(planned.id))).toBe(before);

      const audit = await prisma.auditEvent.findMany({
        where: { entityId: planned.id, action: 'delivery.readiness_updated' },
      });
      expect(audit).toHaveLength(2);
    });

    it('cannot be taken live by its organisation through updateServiceDelivery', async () => {
      const planned = await planDelivery();
      const result = await api.graphql(
        'mutation ($input: UpdateServiceDeliveryInput!) { updateServiceDelivery(input: $input) { id } }',
        { input: { id: planned.id, expectedVersion: planned.version, status: 'ACTIVE' } },
        TURKU_EDITOR,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'status',
      });
      const row = await prisma.serviceDelivery.findUniqueOrThrow({ where: { id: planned.id } });
      expect(row.status).toBe('PLANNING');
    });
  });

  describe('going live', () => {
    it('is the coordinator’s decision; open steps need an explicit acknowledgement', async () => {
      const planned = await planDelivery();
      const input = { id: planned.id, expectedVersion: planned.version };

      for (const as of [TURKU_EDITOR, OTHER_COORDINATOR, OTHER_EDITOR, undefined]) {
        const refused = await api.graphql(ACTIVATE, { input }, as);
        expect(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']).toContain(
          refused.errors?.[0]?.extensions?.code,
        );
      }

      const blocked = await api.graphql(ACTIVATE, { input }, COORDINATOR);
      expect(blocked.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'acknowledgeIncomplete',
      });
      expect(blocked.errors?.[0]?.extensions?.incompleteItemIds).toHaveLength(13);

      const stale = await api.graphql(
        ACTIVATE,
        { input: { ...input, expectedVersion: planned.version + 5, acknowledgeIncomplete: true } },
        COORDINATOR,
      );
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(
        (await prisma.serviceDelivery.findUniqueOrThrow({ where: { id: planned.id } })).status,
      ).toBe('PLANNING');

      const live = await api.graphql<{ activateServiceDelivery: Checklist }>(
        ACTIVATE,
        { input: { ...input, acknowledgeIncomplete: true } },
        COORDINATOR,
      );
      expect(live.errors).toBeUndefined();
      expect(live.data!.activateServiceDelivery).toMatchObject({
        status: 'ACTIVE',
        version: planned.version + 1,
      });
      const event = await prisma.auditEvent.findFirstOrThrow({
        where: { entityId: planned.id, action: 'delivery.activated' },
      });
      expect(event.networkId).toBe(PERHELINJA_ID);
      expect(event.note).toContain('Ydintarkoitus');

      const again = await api.graphql(
        ACTIVATE,
        { input: { id: planned.id, expectedVersion: planned.version + 1 } },
        COORDINATOR,
      );
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

      // Live now: the public sees the delivery, not its planning notes; steps are frozen.
      const publicView = await api.graphql<{
        service: { deliveries: { edges: { node: Checklist }[] } };
      }>(
        `query ($id: ID!) { service(id: $id) { deliveries(first: 50) { edges { node { ...Checklist } } } } }
        ${CHECKLIST}`,
        { id: KESKUSTELUAPU },
      );
      const node = publicView.data!.service.deliveries.edges.find((e) => e.node.id === planned.id);
      expect(node?.node.readiness).toBeNull();
      const frozen = await api.graphql(
        UPDATE_ITEM,
        { input: { id: planned.readiness!.items[0]!.id, status: 'DONE' } },
        COORDINATOR,
      );
      expect(frozen.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });

    it('needs no acknowledgement when every step is settled', async () => {
      const planned = await planDelivery();
      await prisma.readinessItem.updateMany({
        where: { deliveryId: planned.id },
        data: { status: 'DONE' },
      });
      await prisma.readinessItem.updateMany({
        where: { deliveryId: planned.id, position: 13 },
        data: { status: 'NOT_NEEDED' },
      });
      const live = await api.graphql<{ activateServiceDelivery: Checklist }>(
        ACTIVATE,
        { input: { id: planned.id, expectedVersion: planned.version } },
        COORDINATOR,
      );
      expect(live.errors).toBeUndefined();
      expect(live.data!.activateServiceDelivery.readiness).toMatchObject({
        isComplete: true,
        done: 12,
        notNeeded: 1,
      });
    });
  });
});
