import { FEDERATION_ID, ORG_TURKU_ETK, PERHELINJA_ID, PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const OTHER_COORDINATOR = `coordinator:${FEDERATION_ID}`;
const EDITOR = `editor:${ORG_TURKU_ETK}`;

const UPDATE_SETTINGS = /* GraphQL */ `
  mutation ($input: UpdateNetworkSettingsInput!) {
    updateNetworkSettings(input: $input) {
      name
      description {
        fi
        sv
        en
      }
      contact {
        email
        phone
        website
      }
      brand {
        logoUrl
        primaryColor
        accentColor
      }
    }
  }
`;
const TERM_FIELDS = 'id kind slug position archivedAt label { fi sv en }';

interface Term {
  id: string;
  kind: string;
  slug: string;
  position: number;
  archivedAt: string | null;
  label: { fi: string; sv: string | null; en: string | null };
}

describe(`network settings on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  });

  afterAll(async () => {
    await api.close();
  });

  const networkRow = () => prisma.network.findUniqueOrThrow({ where: { id: PERHELINJA_ID } });

  describe('event settings', () => {
    const UPDATE_EVENTS = /* GraphQL */ `
      mutation ($input: UpdateEventSettingsInput!) {
        updateNetworkEventSettings(input: $input) {
          eventSettings {
            eventsRequireReview
            signupRetentionDays
          }
        }
      }
    `;

    it('lets the coordinator turn review off and set the sign-ups’ retention, audited', async () => {
      const result = await api.graphql<{
        updateNetworkEventSettings: {
          eventSettings: { eventsRequireReview: boolean; signupRetentionDays: number };
        };
      }>(
        UPDATE_EVENTS,
        {
          input: { networkId: PERHELINJA_ID, eventsRequireReview: false, signupRetentionDays: 14 },
        },
        COORDINATOR,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.updateNetworkEventSettings.eventSettings).toEqual({
        eventsRequireReview: false,
        signupRetentionDays: 14,
      });
      expect(await networkRow()).toMatchObject({
        eventsRequireReview: false,
        signupRetentionDays: 14,
      });
      const audit = await prisma.auditEvent.findFirstOrThrow({
        where: { networkId: PERHELINJA_ID, action: 'network.event_settings_updated' },
        orderBy: { occurredAt: 'desc' },
      });
      expect((audit.changes as { field: string }[]).map((c) => c.field).sort()).toEqual([
        'eventSettings.eventsRequireReview',
        'eventSettings.signupRetentionDays',
      ]);
      // Back to the demo's setting for the other tests.
      await prisma.network.update({
        where: { id: PERHELINJA_ID },
        data: { eventsRequireReview: true, signupRetentionDays: 30 },
      });
    });

    it('refuses a retention out of range, another network’s coordinator and an editor; nothing changes', async () => {
      const before = await networkRow();
      const bad = await api.graphql(
        UPDATE_EVENTS,
        { input: { networkId: PERHELINJA_ID, eventsRequireReview: false, signupRetentionDays: 0 } },
        COORDINATOR,
      );
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'signupRetentionDays',
      });
      for (const actor of [OTHER_COORDINATOR, EDITOR]) {
        const refused = await api.graphql(
          UPDATE_EVENTS,
          {
            input: { networkId: PERHELINJA_ID, eventsRequireReview: false, signupRetentionDays: 7 },
          },
          actor,
        );
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await networkRow()).toEqual(before);
    });
  });

  describe('profile and brand', () => {
    it('lets the coordinator change them, audited', async () => {
      const result = await api.graphql<{
        updateNetworkSettings: {
          name: string;
          description: { fi: string; sv: string; en: string };
          contact: { email: string | null; phone: string | null; website: string | null };
          brand: { logoUrl: string | null; primaryColor: string; accentColor: string };
        };
      }>(
        UPDATE_SETTINGS,
        {
          input: {
            networkId: PERHELINJA_ID,
            description: { fi: 'Uusi kuvaus', sv: 'Ny beskrivning', en: 'New description' },
            contactEmail: 'info@perhelinja.example',
            contactPhone: '',
            logoUrl: 'https://perhelinja.example/logo.svg',
            primaryColor: '#1A5E8C',
            accentColor: '#B4531F',
          },
        },
        COORDINATOR,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.updateNetworkSettings).toMatchObject({
        description: { fi: 'Uusi kuvaus', sv: 'Ny beskrivning', en: 'New description' },
        contact: { email: 'info@perhelinja.example', phone: null },
        brand: {
          logoUrl: 'https://perhelinja.example/logo.svg',
          primaryColor: '#1a5e8c',
          accentColor: '#b4531f',
        },
      });
      const event = await prisma.auditEvent.findFirstOrThrow({
        where: { networkId: PERHELINJA_ID, action: 'network.settings_updated' },
        orderBy: { occurredAt: 'desc' },
      });
      expect((event.changes as { field: string }[]).map((c) => c.field)).toEqual(
        expect.arrayContaining(['brand.primaryColor', 'brand.logoUrl', 'description']),
      );
    });

    it.each([
      [{ primaryColor: '#ffcc00' }, 'primaryColor'], // 1.6:1 on white
      [{ primaryColor: 'blue' }, 'primaryColor'],
      [{ accentColor: '#dddddd' }, 'accentColor'],
      [{ logoUrl: 'http://perhelinja.example/logo.svg' }, 'logoUrl'],
      [{ contactEmail: 'ei-osoite' }, 'contactEmail'],
      [{ website: 'javascript:alert(1)' }, 'website'],
      [{ name: 'x' }, 'name'],
      [{ description: { fi: 'x'.repeat(3001) } }, 'description.fi'],
    ])('refuses bad input %j (field %s) and changes nothing', async (input, field) => {
      const before = await networkRow();
      const result = await api.graphql(
        UPDATE_SETTINGS,
        { input: { networkId: PERHELINJA_ID, name: 'Perhelinja 2', ...input } },
        COORDINATOR,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await networkRow()).toEqual(before);
    });

    it('refuses another network’s coordinator and the members’ staff', async () => {
      const before = await networkRow();
      for (const as of [OTHER_COORDINATOR, EDITOR, undefined]) {
        const result = await api.graphql(
          UPDATE_SETTINGS,
          { input: { networkId: PERHELINJA_ID, name: 'Kaapattu' } },
          as,
        );
        expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(result.errors?.[0]?.extensions?.code);
      }
      expect(await networkRow()).toEqual(before);
    });
  });

  describe('taxonomy', () => {
    const CREATE = `mutation ($input: CreateTaxonomyTermInput!) { createTaxonomyTerm(input: $input) { ${TERM_FIELDS} } }`;
    const UPDATE = `mutation ($input: UpdateTaxonomyTermInput!) { updateTaxonomyTerm(input: $input) { ${TERM_FIELDS} } }`;
    const ARCHIVE = `mutation ($id: ID!) { archiveTaxonomyTerm(id: $id) { ${TERM_FIELDS} } }`;
    const RESTORE = `mutation ($id: ID!) { restoreTaxonomyTerm(id: $id) { ${TERM_FIELDS} } }`;
    const LIST = `query ($all: Boolean) { network(slug: "perhelinja") { taxonomy(kind: THEME, first: 100, includeArchived: $all) { edges { node { ${TERM_FIELDS} } } } } }`;

    const themes = async (all = false) => {
      const result = await api.graphql<{
        network: { taxonomy: { edges: { node: Term }[] } };
      }>(LIST, { all });
      return result.data!.network.taxonomy.edges.map((edge) => edge.node);
    };

    it('creates, renames, archives and restores a theme', async () => {
      const created = await api.graphql<{ createTaxonomyTerm: Term }>(
        CREATE,
        {
          input: {
            networkId: PERHELINJA_ID,
            kind: 'THEME',
            label: { fi: 'Päihteet ja riippuvuus', sv: 'Missbruk', en: 'Substance use' },
          },
        },
        COORDINATOR,
      );
      expect(created.errors).toBeUndefined();
      const term = created.data!.createTaxonomyTerm;
      expect(term).toMatchObject({
        kind: 'THEME',
        slug: 'paihteet-ja-riippuvuus',
        archivedAt: null,
      });
      const listed = await themes();
      expect(listed.at(-1)?.id).toBe(term.id);

      const duplicate = await api.graphql(
        CREATE,
        {
          input: {
            networkId: PERHELINJA_ID,
            kind: 'THEME',
            label: { fi: 'Päihteet ja riippuvuus' },
          },
        },
        COORDINATOR,
      );
      expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });

      const renamed = await api.graphql<{ updateTaxonomyTerm: Term }>(
        UPDATE,
        {
          input: {
            id: term.id,
            label: { fi: 'Päihteet', sv: 'Rusmedel', en: 'Substances' },
            position: 0,
          },
        },
        COORDINATOR,
      );
      expect(renamed.data?.updateTaxonomyTerm).toMatchObject({
        label: { fi: 'Päihteet', sv: 'Rusmedel', en: 'Substances' },
        slug: 'paihteet-ja-riippuvuus',
        position: 0,
      });

      const archived = await api.graphql<{ archiveTaxonomyTerm: Term }>(
        ARCHIVE,
        { id: term.id },
        COORDINATOR,
      );
      expect(archived.data?.archiveTaxonomyTerm.archivedAt).not.toBeNull();
      expect((await themes()).some((t) => t.id === term.id)).toBe(false);
      expect((await themes(true)).some((t) => t.id === term.id)).toBe(true);

      const restored = await api.graphql<{ restoreTaxonomyTerm: Term }>(
        RESTORE,
        { id: term.id },
        COORDINATOR,
      );
      expect(restored.data?.restoreTaxonomyTerm.archivedAt).toBeNull();
      const again = await api.graphql(RESTORE, { id: term.id }, COORDINATOR);
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

      const actions = (
        await prisma.auditEvent.findMany({
          where: { entityId: term.id },
          orderBy: { occurredAt: 'asc' },
        })
      ).map((event) => event.action);
      expect(actions).toEqual([
        'taxonomy.term_created',
        'taxonomy.term_updated',
        'taxonomy.term_archived',
        'taxonomy.term_restored',
      ]);
    });

    it('refuses bad input and other networks; nothing changes', async () => {
      const before = await prisma.taxonomyTerm.findMany({ orderBy: { id: 'asc' } });
      const missingFi = await api.graphql(
        CREATE,
        { input: { networkId: PERHELINJA_ID, kind: 'THEME', label: { sv: 'Bara svenska' } } },
        COORDINATOR,
      );
      expect(missingFi.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'label.fi',
      });
      const badSlug = await api.graphql(
        CREATE,
        {
          input: {
            networkId: PERHELINJA_ID,
            kind: 'THEME',
            label: { fi: 'Hyvä' },
            slug: 'Ei Näin',
          },
        },
        COORDINATOR,
      );
      expect(badSlug.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'slug',
      });

      const perhelinjaTerm = before.find((term) => term.networkId === PERHELINJA_ID)!;
      for (const as of [OTHER_COORDINATOR, EDITOR, undefined]) {
        const create = await api.graphql(
          CREATE,
          { input: { networkId: PERHELINJA_ID, kind: 'THEME', label: { fi: 'Vieras' } } },
          as,
        );
        expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(create.errors?.[0]?.extensions?.code);
        const archive = await api.graphql(ARCHIVE, { id: perhelinjaTerm.id }, as);
        expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(archive.errors?.[0]?.extensions?.code);
        const update = await api.graphql(
          UPDATE,
          { input: { id: perhelinjaTerm.id, label: { fi: 'Vieras' } } },
          as,
        );
        expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(update.errors?.[0]?.extensions?.code);
      }
      expect(await prisma.taxonomyTerm.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    });
  });
});
