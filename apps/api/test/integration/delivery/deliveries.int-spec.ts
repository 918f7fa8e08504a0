import { PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import {
  createDeliveryWorld,
  createServiceRow,
  type DeliveryWorld,
  deliverySnapshot,
  gqlAs,
} from './delivery-fixtures';

const DELIVERY_FIELDS = /* GraphQL */ `
  fragment DeliveryFields on ServiceDelivery {
    id
    status
    version
    isNationwide
    isRemote
    organization {
      id
      name
    }
    municipalities {
      code
      name {
        fi
      }
    }
    wellbeingAreas {
      code
    }
    regions {
      code
    }
    contact {
      name
      phone
      email
      website
    }
    locations {
      name
      streetAddress
      postalCode
      postOffice
      latitude
      longitude
      accessibility {
        fi
      }
      municipality {
        code
        name {
          fi
        }
      }
    }
    openingHours {
      open247
      periods {
        days
        opens
        closes
      }
      note {
        fi
      }
    }
    capacityPlaces
    groupSize
    startsOn
    endsOn
    acceptingClients
    isAnonymous
    isOpen247
    hasOnlineBooking
  }
`;

const CREATE = /* GraphQL */ `
  ${DELIVERY_FIELDS}
  mutation Create($input: CreateServiceDeliveryInput!) {
    createServiceDelivery(input: $input) {
      ...DeliveryFields
    }
  }
`;

const UPDATE = /* GraphQL */ `
  ${DELIVERY_FIELDS}
  mutation Update($input: UpdateServiceDeliveryInput!) {
    updateServiceDelivery(input: $input) {
      ...DeliveryFields
    }
  }
`;

const REMOVE = /* GraphQL */ `
  mutation Remove($input: RemoveServiceDeliveryInput!) {
    removeServiceDelivery(input: $input) {
      id
      deliveries {
        totalCount
      }
    }
  }
`;

const SERVICE_DELIVERIES = /* GraphQL */ `
  query ServiceDeliveries($id: ID!, $municipalityCode: String, $first: Int, $after: String) {
    service(id: $id) {
      deliveries(municipalityCode: $municipalityCode, first: $first, after: $after) {
        totalCount
        edges {
          node {
            id
            status
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

interface DeliveryNode {
  id: string;
  status: string;
  version: number;
  isNationwide: boolean;
  isRemote: boolean;
  organization: { id: string; name: string };
  municipalities: { code: string; name: { fi: string } }[];
  wellbeingAreas: { code: string }[];
  regions: { code: string }[];
  contact: Record<string, string | null>;
  locations: {
    streetAddress: string;
    postalCode: string;
    municipality: { code: string; name: { fi: string } } | null;
    accessibility: { fi: string | null };
  }[];
  openingHours: {
    open247: boolean;
    periods: { days: string[]; opens: string; closes: string }[];
    note: { fi: string | null };
  };
  capacityPlaces: number | null;
  groupSize: number | null;
  startsOn: string | null;
  endsOn: string | null;
  acceptingClients: boolean;
  isOpen247: boolean;
}

interface DeliveryPage {
  service: {
    deliveries: {
      totalCount: number;
      edges: { node: { id: string; status: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

const LAHTI_OFFICE = {
  name: 'Lahden toimipiste',
  streetAddress: 'Aleksanterinkatu 1',
  postalCode: '15110',
  postOffice: 'Lahti',
  municipalityCode: '398',
  latitude: 60.983,
  longitude: 25.656,
  accessibility: { fi: 'Esteetön sisäänkäynti' },
};

describe(`service deliveries on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let world: DeliveryWorld;
  let areaDelivery: DeliveryNode;
  let nationwideDelivery: DeliveryNode;
  let plannedDelivery: DeliveryNode;

  const responsibleEditor = () => gqlAs(api, `editor:${world.responsibleOrgId}`);
  const producerEditor = () => gqlAs(api, `editor:${world.producerOrgId}`);
  const outsiderEditor = () => gqlAs(api, `editor:${world.outsiderOrgId}`);
  const anonymous = () => gqlAs(api);

  const deliveriesOf = async (
    role: string | undefined,
    variables: Record<string, unknown> = {},
  ) => {
    const result = await gqlAs(api, role)<DeliveryPage>(SERVICE_DELIVERIES, {
      id: world.serviceId,
      ...variables,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.service.deliveries;
  };

  const idsOf = (page: DeliveryPage['service']['deliveries']) =>
    page.edges.map((edge) => edge.node.id).sort();

  beforeAll(async () => {
    // This suite asks for large nested pages on purpose (to prove batching): lift the cost limit,
    // which security/hardening.int-spec.ts tests.
    api = await startTestApp({ GRAPHQL_MAX_COST: '1000000' });
    prisma = api.app.get(PrismaClient);
    world = await createDeliveryWorld(prisma);
  });

  afterAll(async () => {
    await api.close();
  });

  describe('creating', () => {
    it('lets the responsible organisation add a delivery produced by another member, to wellbeing area 09', async () => {
      const result = await responsibleEditor()<{ createServiceDelivery: DeliveryNode }>(CREATE, {
        input: {
          serviceId: world.serviceId,
          organizationId: world.producerOrgId,
          areas: { wellbeingAreaCodes: ['09'] },
          contact: {
            name: 'Päijät-Hämeen neuvonta',
            phone: '+358 40 123 4567',
            email: 'neuvonta@example.fi',
            website: 'https://example.fi/lahti',
          },
          locations: [LAHTI_OFFICE],
          openingHours: {
            periods: [{ days: ['MONDAY', 'WEDNESDAY'], opens: '09:00', closes: '16:00' }],
            note: { fi: 'Suljettu arkipyhinä' },
          },
          capacityPlaces: 12,
          groupSize: 6,
          startsOn: '2026-01-15',
          endsOn: '2026-12-31',
        },
      });

      expect(result.errors).toBeUndefined();
      areaDelivery = result.data!.createServiceDelivery;
      expect(areaDelivery).toMatchObject({
        status: 'ACTIVE',
        version: 1,
        isNationwide: false,
        isRemote: false,
        organization: { id: world.producerOrgId },
        municipalities: [],
        wellbeingAreas: [{ code: '09' }],
        regions: [],
        contact: {
          name: 'Päijät-Hämeen neuvonta',
          phone: '+358 40 123 4567',
          email: 'neuvonta@example.fi',
          website: 'https://example.fi/lahti',
        },
        locations: [
          {
            streetAddress: 'Aleksanterinkatu 1',
            postalCode: '15110',
            municipality: { code: '398', name: { fi: 'Lahti' } },
            accessibility: { fi: 'Esteetön sisäänkäynti' },
          },
        ],
        openingHours: {
          open247: false,
          periods: [{ days: ['MONDAY', 'WEDNESDAY'], opens: '09:00', closes: '16:00' }],
          note: { fi: 'Suljettu arkipyhinä' },
        },
        capacityPlaces: 12,
        groupSize: 6,
        startsOn: '2026-01-15',
        endsOn: '2026-12-31',
        acceptingClients: true,
        isOpen247: false,
      });
    });

    it('lets the responsible organisation add its own nationwide delivery, open around the clock', async () => {
      const result = await responsibleEditor()<{ createServiceDelivery: DeliveryNode }>(CREATE, {
        input: {
          serviceId: world.serviceId,
          organizationId: world.responsibleOrgId,
          isNationwide: true,
          openingHours: { open247: true },
        },
      });

      expect(result.errors).toBeUndefined();
      nationwideDelivery = result.data!.createServiceDelivery;
      expect(nationwideDelivery).toMatchObject({
        isNationwide: true,
        isOpen247: true,
        openingHours: { open247: true, periods: [] },
        organization: { id: world.responsibleOrgId },
      });
    });

    it('lets a producer add its own PLANNING delivery of a member’s service', async () => {
      const result = await producerEditor()<{ createServiceDelivery: DeliveryNode }>(CREATE, {
        input: {
          serviceId: world.serviceId,
          organizationId: world.producerOrgId,
          status: 'PLANNING',
          areas: { municipalityCodes: ['853', '398'], regionCodes: ['02'] },
        },
      });

      expect(result.errors).toBeUndefined();
      plannedDelivery = result.data!.createServiceDelivery;
      expect(plannedDelivery.status).toBe('PLANNING');
      expect(plannedDelivery.municipalities.map((m) => m.name.fi)).toEqual(['Lahti', 'Turku']);
      expect(plannedDelivery.regions).toEqual([{ code: '02' }]);
    });

    it('records an audit event with the fields, in the same transaction', async () => {
      const events = await prisma.auditEvent.findMany({
        where: { entityType: 'ServiceDelivery', entityId: areaDelivery.id },
      });

      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: 'delivery.created',
        serviceId: world.serviceId,
        networkId: world.networkId,
        organizationId: world.producerOrgId,
        actorLabel: `dev (editor:${world.responsibleOrgId})`,
      });
      expect(events[0]!.changes).toEqual(
        expect.arrayContaining([
          { field: 'areas.wellbeingAreaCodes', locale: null, before: null, after: '09' },
          { field: 'capacityPlaces', locale: null, before: null, after: '12' },
          { field: 'locations[1].postalCode', locale: null, before: null, after: '15110' },
        ]),
      );
    });
  });

  describe('Service.deliveries', () => {
    it('finds, for Lahti (398), the delivery to its wellbeing area 09 and the nationwide one', async () => {
      const page = await deliveriesOf(undefined, { municipalityCode: '398' });

      expect(idsOf(page)).toEqual([areaDelivery.id, nationwideDelivery.id].sort());
    });

    it('finds, for Turku (853), only the nationwide one (to the public)', async () => {
      const page = await deliveriesOf(undefined, { municipalityCode: '853' });

      expect(idsOf(page)).toEqual([nationwideDelivery.id]);
    });

    it('hides PLANNING deliveries from anonymous callers and professionals', async () => {
      expect(idsOf(await deliveriesOf(undefined))).toEqual(
        [areaDelivery.id, nationwideDelivery.id].sort(),
      );
      expect(idsOf(await deliveriesOf(`professional:${world.networkId}`))).toHaveLength(2);
      expect(idsOf(await deliveriesOf(`editor:${world.outsiderOrgId}`))).toHaveLength(2);
    });

    it('shows PLANNING deliveries to the organisations’ editors and the coordinator', async () => {
      const all = [areaDelivery.id, nationwideDelivery.id, plannedDelivery.id].sort();

      expect(idsOf(await deliveriesOf(`editor:${world.responsibleOrgId}`))).toEqual(all);
      expect(idsOf(await deliveriesOf(`editor:${world.producerOrgId}`))).toEqual(all);
      expect(idsOf(await deliveriesOf(`coordinator:${world.networkId}`))).toEqual(all);
      const turku = await deliveriesOf(`editor:${world.producerOrgId}`, {
        municipalityCode: '853',
      });
      expect(idsOf(turku)).toEqual([nationwideDelivery.id, plannedDelivery.id].sort());
    });

    it('pages with cursors', async () => {
      const role = `editor:${world.responsibleOrgId}`;
      const first = await deliveriesOf(role, { first: 2 });
      const second = await deliveriesOf(role, { first: 2, after: first.pageInfo.endCursor });

      expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect([...idsOf(first), ...idsOf(second)].sort()).toEqual(
        [areaDelivery.id, nationwideDelivery.id, plannedDelivery.id].sort(),
      );
    });

    it.each([
      ['39', 'municipalityCode'],
      ['999', 'municipalityCode'],
    ])('refuses municipalityCode %s as BAD_USER_INPUT', async (municipalityCode, field) => {
      const result = await anonymous()(SERVICE_DELIVERIES, {
        id: world.serviceId,
        municipalityCode,
      });

      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  });

  describe('validation', () => {
    it.each<[string, Record<string, unknown>]>([
      ['areas.municipalityCodes.1', { areas: { municipalityCodes: ['398', '999'] } }],
      ['areas.wellbeingAreaCodes.0', { areas: { wellbeingAreaCodes: ['88'] } }],
      ['areas.regionCodes.0', { areas: { regionCodes: ['7'] } }],
      ['areas', { areas: { municipalityCodes: [] } }],
      [
        'locations.0.postalCode',
        { isRemote: true, locations: [{ ...LAHTI_OFFICE, postalCode: '1511' }] },
      ],
      ['locations.0.latitude', { isRemote: true, locations: [{ ...LAHTI_OFFICE, latitude: 91 }] }],
      [
        'locations.0.municipalityCode',
        { isRemote: true, locations: [{ ...LAHTI_OFFICE, municipalityCode: '999' }] },
      ],
      [
        'openingHours.periods.0.closes',
        {
          isRemote: true,
          openingHours: { periods: [{ days: ['FRIDAY'], opens: '16:00', closes: '08:00' }] },
        },
      ],
      [
        'openingHours.periods.0.opens',
        {
          isRemote: true,
          openingHours: { periods: [{ days: ['FRIDAY'], opens: '8.00', closes: '16:00' }] },
        },
      ],
      ['capacityPlaces', { isRemote: true, capacityPlaces: -1 }],
      ['endsOn', { isRemote: true, startsOn: '2026-06-01', endsOn: '2026-05-31' }],
      ['startsOn', { isRemote: true, startsOn: '1.6.2026' }],
      ['contact.email', { isRemote: true, contact: { email: 'neuvonta(at)example.fi' } }],
      ['contact.website', { isRemote: true, contact: { website: 'example' } }],
      ['contact.phone', { isRemote: true, contact: { phone: 'soita meille' } }],
    ])('refuses a create naming %s, and changes nothing', async (field, fields) => {
      const before = await deliverySnapshot(prisma);

      const result = await responsibleEditor()(CREATE, {
        input: { serviceId: world.serviceId, organizationId: world.producerOrgId, ...fields },
      });

      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await deliverySnapshot(prisma)).toEqual(before);
    });

    it('refuses an update that leaves no area, and changes nothing', async () => {
      const before = await deliverySnapshot(prisma);

      const result = await responsibleEditor()(UPDATE, {
        input: { id: areaDelivery.id, expectedVersion: areaDelivery.version, areas: null },
      });

      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'areas',
      });
      expect(await deliverySnapshot(prisma)).toEqual(before);
    });

    it('refuses an update whose end date falls before the kept start date', async () => {
      const before = await deliverySnapshot(prisma);

      const result = await producerEditor()(UPDATE, {
        input: { id: areaDelivery.id, expectedVersion: areaDelivery.version, endsOn: '2026-01-14' },
      });

      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'endsOn',
      });
      expect(await deliverySnapshot(prisma)).toEqual(before);
    });
  });

  describe('who may do what', () => {
    it('refuses a producer that is not a member of the network, and a suspended member', async () => {
      const before = await deliverySnapshot(prisma);

      for (const [role, organizationId] of [
        [`editor:${world.outsiderOrgId}`, world.outsiderOrgId],
        [`editor:${world.responsibleOrgId}`, world.outsiderOrgId],
        [`editor:${world.responsibleOrgId}`, world.suspendedOrgId],
      ] as const) {
        const result = await gqlAs(api, role)(CREATE, {
          input: { serviceId: world.serviceId, organizationId, isRemote: true },
        });

        expect(result.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'organizationId',
        });
      }
      expect(await deliverySnapshot(prisma)).toEqual(before);
    });

    it('refuses another organisation’s editor everywhere, and changes nothing', async () => {
      const before = await deliverySnapshot(prisma);
      const outsider = outsiderEditor();

      const create = await outsider(CREATE, {
        input: { serviceId: world.serviceId, organizationId: world.producerOrgId, isRemote: true },
      });
      const update = await outsider(UPDATE, {
        input: {
          id: areaDelivery.id,
          expectedVersion: areaDelivery.version,
          acceptingClients: false,
        },
      });
      const remove = await outsider(REMOVE, {
        input: { id: nationwideDelivery.id, expectedVersion: nationwideDelivery.version },
      });
      const planned = await outsider(UPDATE, {
        input: { id: plannedDelivery.id, expectedVersion: plannedDelivery.version, isRemote: true },
      });
      const draft = await outsider(CREATE, {
        input: {
          serviceId: world.draftServiceId,
          organizationId: world.outsiderOrgId,
          isRemote: true,
        },
      });

      expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(remove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // Deliveries and services the outsider may not see do not exist for them.
      expect(planned.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(draft.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await deliverySnapshot(prisma)).toEqual(before);
    });

    it('lets a producer manage only its own deliveries, and anonymous callers none', async () => {
      const before = await deliverySnapshot(prisma);

      const others = await producerEditor()(UPDATE, {
        input: {
          id: nationwideDelivery.id,
          expectedVersion: nationwideDelivery.version,
          isRemote: true,
        },
      });
      const anonymousUpdate = await anonymous()(UPDATE, {
        input: {
          id: areaDelivery.id,
          expectedVersion: areaDelivery.version,
          acceptingClients: false,
        },
      });
      const professional = await gqlAs(api, `professional:${world.networkId}`)(CREATE, {
        input: { serviceId: world.serviceId, organizationId: world.producerOrgId, isRemote: true },
      });

      expect(others.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(anonymousUpdate.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(professional.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await deliverySnapshot(prisma)).toEqual(before);
    });

    it('does not let a producer publish a delivery on another organisation’s service (audit finding 7)', async () => {
      const before = await deliverySnapshot(prisma);
      // The audit's reproduction: an ACTIVE nationwide delivery with the producer's own number.
      const active = await producerEditor()(CREATE, {
        input: {
          serviceId: world.serviceId,
          organizationId: world.producerOrgId,
          isNationwide: true,
          contact: { phone: '+358 40 999 9999' },
        },
      });
      expect(active.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'status' });
      expect(await deliverySnapshot(prisma)).toEqual(before);
      const publicPage = await deliveriesOf(undefined, { first: 50 });
      expect(JSON.stringify(publicPage)).not.toContain('+358 40 999 9999');

      // As a plan it is accepted, and stays out of public view until the coordinators take it live.
      const planned = await producerEditor()<{ createServiceDelivery: DeliveryNode }>(CREATE, {
        input: {
          serviceId: world.serviceId,
          organizationId: world.producerOrgId,
          status: 'PLANNING',
          isNationwide: true,
        },
      });
      expect(planned.errors).toBeUndefined();
      const plan = planned.data!.createServiceDelivery;
      expect(idsOf(await deliveriesOf(undefined, { first: 50 }))).not.toContain(plan.id);
      await producerEditor()(REMOVE, { input: { id: plan.id, expectedVersion: plan.version } });
    });

    it('closes PLANNING → ENDED → ACTIVE: an ended plan goes back to PLANNING, not live (audit finding 2)', async () => {
      for (const editor of [producerEditor, responsibleEditor]) {
        const created = await editor()<{ createServiceDelivery: DeliveryNode }>(CREATE, {
          input: {
            serviceId: world.serviceId,
            organizationId: world.producerOrgId,
            status: 'PLANNING',
            areas: { municipalityCodes: ['853'] },
          },
        });
        expect(created.errors).toBeUndefined();
        const plan = created.data!.createServiceDelivery;
        const live = await editor()(UPDATE, {
          input: { id: plan.id, expectedVersion: plan.version, status: 'ACTIVE' },
        });
        expect(live.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'status',
        });
        const ended = await editor()<{ updateServiceDelivery: DeliveryNode }>(UPDATE, {
          input: { id: plan.id, expectedVersion: plan.version, status: 'ENDED' },
        });
        expect(ended.data?.updateServiceDelivery.status).toBe('ENDED');
        const before = await deliverySnapshot(prisma);
        const revived = await editor()(UPDATE, {
          input: { id: plan.id, expectedVersion: plan.version + 1, status: 'ACTIVE' },
        });
        expect(revived.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'status',
        });
        expect(await deliverySnapshot(prisma)).toEqual(before);
        const replanned = await editor()<{ updateServiceDelivery: DeliveryNode }>(UPDATE, {
          input: { id: plan.id, expectedVersion: plan.version + 1, status: 'PLANNING' },
        });
        expect(replanned.data?.updateServiceDelivery.status).toBe('PLANNING');
        await editor()(REMOVE, { input: { id: plan.id, expectedVersion: plan.version + 2 } });
      }
    });

    it('lets the network’s coordinators plan a delivery where help is missing, and only plan it (issue 18)', async () => {
      const coordinator = () => gqlAs(api, `coordinator:${world.networkId}`);
      const otherCoordinator = () => gqlAs(api, `coordinator:${world.otherNetworkId}`);
      const plan = {
        serviceId: world.serviceId,
        organizationId: world.producerOrgId,
        status: 'PLANNING',
        acceptingClients: false,
        areas: { municipalityCodes: ['316'] },
      };

      // Another network's coordinator, and a coordinator asking for a public delivery: nothing written.
      const before = await deliverySnapshot(prisma);
      const foreign = await otherCoordinator()(CREATE, { input: plan });
      expect(foreign.errors?.[0]?.extensions?.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
      const live = await coordinator()(CREATE, { input: { ...plan, status: 'ACTIVE' } });
      expect(live.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'status' });
      expect(await deliverySnapshot(prisma)).toEqual(before);

      // The plan: created in PLANNING for the chosen member, not public.
      const created = await coordinator()<{ createServiceDelivery: DeliveryNode }>(CREATE, {
        input: plan,
      });
      expect(created.errors).toBeUndefined();
      const planned = created.data!.createServiceDelivery;
      expect(planned).toMatchObject({
        status: 'PLANNING',
        organization: { id: world.producerOrgId },
        municipalities: [{ code: '316' }],
      });
      expect(idsOf(await deliveriesOf(undefined, { first: 50 }))).not.toContain(planned.id);

      // Edited while a plan; going live is activateServiceDelivery's, not an edit.
      const edited = await coordinator()<{ updateServiceDelivery: DeliveryNode }>(UPDATE, {
        input: { id: planned.id, expectedVersion: 1, areas: { municipalityCodes: ['316', '081'] } },
      });
      expect(edited.errors).toBeUndefined();
      const toActive = await coordinator()(UPDATE, {
        input: { id: planned.id, expectedVersion: 2, status: 'ACTIVE' },
      });
      expect(toActive.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'status',
      });
      const foreignEdit = await otherCoordinator()(UPDATE, {
        input: { id: planned.id, expectedVersion: 2, acceptingClients: true },
      });
      expect(foreignEdit.errors?.[0]?.extensions?.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);

      // Dropping the plan ends it; an ENDED (or ACTIVE) delivery is no longer the coordinators' to change.
      const ended = await coordinator()<{ updateServiceDelivery: DeliveryNode }>(UPDATE, {
        input: { id: planned.id, expectedVersion: 2, status: 'ENDED' },
      });
      expect(ended.data?.updateServiceDelivery.status).toBe('ENDED');
      const afterEnd = await deliverySnapshot(prisma);
      const replan = await coordinator()(UPDATE, {
        input: { id: planned.id, expectedVersion: 3, status: 'PLANNING' },
      });
      expect(replan.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const activeEdit = await coordinator()(UPDATE, {
        input: {
          id: areaDelivery.id,
          expectedVersion: areaDelivery.version,
          acceptingClients: false,
        },
      });
      expect(activeEdit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await deliverySnapshot(prisma)).toEqual(afterEnd);
      await producerEditor()(REMOVE, { input: { id: planned.id, expectedVersion: 3 } });
    });
  });

  describe('updating', () => {
    it('lets the producer stop taking clients at once (no review), keeping everything else', async () => {
      const result = await producerEditor()<{ updateServiceDelivery: DeliveryNode }>(UPDATE, {
        input: {
          id: areaDelivery.id,
          expectedVersion: 1,
          acceptingClients: false,
          capacityPlaces: null,
        },
      });

      expect(result.errors).toBeUndefined();
      const updated = result.data!.updateServiceDelivery;
      expect(updated).toEqual({
        ...areaDelivery,
        version: 2,
        acceptingClients: false,
        capacityPlaces: null,
      });
      const event = await prisma.auditEvent.findFirst({
        where: { entityId: areaDelivery.id, action: 'delivery.updated' },
      });
      expect(event?.changes).toEqual([
        { field: 'capacityPlaces', locale: null, before: '12', after: null },
        { field: 'acceptingClients', locale: null, before: 'true', after: 'false' },
      ]);
      areaDelivery = updated;
    });

    it('replaces areas and locations as a whole when given', async () => {
      const result = await responsibleEditor()<{ updateServiceDelivery: DeliveryNode }>(UPDATE, {
        input: {
          id: areaDelivery.id,
          expectedVersion: areaDelivery.version,
          areas: { municipalityCodes: ['398'], regionCodes: ['07'] },
          locations: [{ ...LAHTI_OFFICE, streetAddress: 'Vapaudenkatu 5', postalCode: '15140' }],
        },
      });

      expect(result.errors).toBeUndefined();
      const updated = result.data!.updateServiceDelivery;
      expect(updated).toMatchObject({
        version: 3,
        municipalities: [{ code: '398' }],
        wellbeingAreas: [],
        regions: [{ code: '07' }],
        locations: [{ streetAddress: 'Vapaudenkatu 5', postalCode: '15140' }],
        acceptingClients: false,
      });
      expect(await prisma.deliveryLocation.count({ where: { deliveryId: areaDelivery.id } })).toBe(
        1,
      );
      areaDelivery = updated;
    });

    it('answers CONFLICT to a stale version and changes nothing', async () => {
      const before = await deliverySnapshot(prisma);

      const update = await producerEditor()(UPDATE, {
        input: { id: areaDelivery.id, expectedVersion: 1, acceptingClients: true },
      });
      const remove = await producerEditor()(REMOVE, {
        input: { id: areaDelivery.id, expectedVersion: 2 },
      });

      expect(update.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        expectedVersion: 1,
        currentVersion: 3,
      });
      expect(remove.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await deliverySnapshot(prisma)).toEqual(before);
    });

    it('lets only one of two concurrent edits of the same version through', async () => {
      const edit = (groupSize: number) =>
        producerEditor()(UPDATE, {
          input: { id: areaDelivery.id, expectedVersion: areaDelivery.version, groupSize },
        });

      const results = await Promise.all([edit(4), edit(5)]);

      const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const row = await prisma.serviceDelivery.findUniqueOrThrow({
        where: { id: areaDelivery.id },
      });
      expect(row.version).toBe(areaDelivery.version + 1);
      areaDelivery = { ...areaDelivery, version: row.version };
    });
  });

  describe('removing', () => {
    it('removes a delivery with its areas and locations, returns the service and audits it', async () => {
      const result = await responsibleEditor()<{
        removeServiceDelivery: { id: string; deliveries: { totalCount: number } };
      }>(REMOVE, { input: { id: areaDelivery.id, expectedVersion: areaDelivery.version } });

      expect(result.errors).toBeUndefined();
      expect(result.data!.removeServiceDelivery).toEqual({
        id: world.serviceId,
        deliveries: { totalCount: 2 },
      });
      expect(await prisma.serviceDelivery.count({ where: { id: areaDelivery.id } })).toBe(0);
      expect(await prisma.deliveryArea.count({ where: { deliveryId: areaDelivery.id } })).toBe(0);
      expect(await prisma.deliveryLocation.count({ where: { deliveryId: areaDelivery.id } })).toBe(
        0,
      );
      const actions = await prisma.auditEvent.findMany({
        where: { entityType: 'ServiceDelivery', entityId: areaDelivery.id },
        orderBy: { occurredAt: 'asc' },
        select: { action: true },
      });
      expect(actions.map((event) => event.action)).toEqual([
        'delivery.created',
        'delivery.updated',
        'delivery.updated',
        'delivery.updated',
        'delivery.removed',
      ]);
    });

    it('answers NOT_FOUND for an unknown or malformed id', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
        const result = await responsibleEditor()(REMOVE, { input: { id, expectedVersion: 1 } });

        expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    });
  });

  describe('DataLoaders', () => {
    const SERVICES_WITH_DELIVERIES = /* GraphQL */ `
      query Services($first: Int!, $slug: String!) {
        services(first: $first, filter: { networkSlug: $slug }) {
          edges {
            node {
              id
              deliveries {
                edges {
                  node {
                    organization {
                      name
                    }
                    municipalities {
                      name {
                        fi
                      }
                    }
                    wellbeingAreas {
                      code
                    }
                    locations {
                      streetAddress
                      municipality {
                        code
                      }
                    }
                  }
                }
              }
              lahti: deliveries(municipalityCode: "398") {
                totalCount
              }
            }
          }
        }
      }
    `;

    it('costs the same queries for 5 services as for 50', async () => {
      const bulk = await createDeliveryWorld(prisma);
      for (let index = 0; index < 50; index += 1) {
        const serviceId = await createServiceRow(
          prisma,
          bulk.networkId,
          bulk.responsibleOrgId,
          `Kuormitus ${String(index).padStart(2, '0')}`,
        );
        const local = await prisma.serviceDelivery.create({
          data: { serviceId, organizationId: bulk.producerOrgId },
        });
        await prisma.deliveryArea.createMany({
          data: [
            { deliveryId: local.id, municipalityCode: index % 2 === 0 ? '398' : '853' },
            { deliveryId: local.id, wellbeingAreaCode: '09' },
          ],
        });
        await prisma.deliveryLocation.create({
          data: {
            deliveryId: local.id,
            streetAddress: `Katu ${index}`,
            postalCode: '15110',
            postOffice: 'Lahti',
            municipalityCode: '398',
          },
        });
        await prisma.serviceDelivery.create({
          data: { serviceId, organizationId: bulk.responsibleOrgId, isNationwide: true },
        });
      }
      const delegates = {
        serviceDelivery: jest.spyOn(prisma.serviceDelivery, 'findMany'),
        deliveryArea: jest.spyOn(prisma.deliveryArea, 'findMany'),
        deliveryLocation: jest.spyOn(prisma.deliveryLocation, 'findMany'),
        organization: jest.spyOn(prisma.organization, 'findMany'),
        municipality: jest.spyOn(prisma.municipality, 'findMany'),
      };
      const countQueries = async (first: number) => {
        for (const spy of Object.values(delegates)) spy.mockClear();
        const result = await anonymous()<{
          services: {
            edges: { node: { deliveries: { edges: unknown[] }; lahti: { totalCount: number } } }[];
          };
        }>(SERVICES_WITH_DELIVERIES, { first, slug: bulk.networkSlug });
        expect(result.errors).toBeUndefined();
        const edges = result.data!.services.edges;
        expect(edges).toHaveLength(first);
        expect(edges.every((edge) => edge.node.deliveries.edges.length === 2)).toBe(true);
        expect(edges.every((edge) => edge.node.lahti.totalCount === 2)).toBe(true);
        return Object.fromEntries(
          Object.entries(delegates).map(([name, spy]) => [name, spy.mock.calls.length]),
        );
      };

      try {
        // Municipalities are reference data kept for the process (region/municipality-table.ts):
        // the first request may read the table; the counts compared are of requests after it.
        await countQueries(5);
        const five = await countQueries(5);
        const fifty = await countQueries(50);

        expect(fifty).toEqual(five);
        expect(five.serviceDelivery).toBe(1);
        expect(five.deliveryArea).toBe(1);
        expect(five.deliveryLocation).toBe(1);
      } finally {
        for (const spy of Object.values(delegates)) spy.mockRestore();
      }
    });
  });
});
