import { DEMO_PASSWORD, ORG_VSLJ, PERHELINJA_ID, PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

/**
 * Audit finding 3 (issue 11): tampered cursors, NUL bytes, unpaired surrogates and oversized strings
 * and lists were answered with INTERNAL_SERVER_ERROR (in development with Prisma's call text and file
 * paths). Each must be BAD_USER_INPUT naming the field, in development and in production, and change
 * nothing.
 */

interface Reply {
  status: number;
  text: string;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** base64url(JSON) of a cursor, as a client that tampers with one would make it. */
function cursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

const SOME_UUID = '5a1e0b6e-0c1f-4c3e-9d0a-999999999999';
const NOT_A_DATE = cursor([1e308, 'x']);

interface Case {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly field: string;
}

const ids = (count: number) =>
  Array.from(
    { length: count },
    (_, index) => `5a1e0b6e-0c1f-4c3e-9d0a-${String(index).padStart(12, '0')}`,
  );

function cases(serviceId: string): Case[] {
  const networkList = (field: string, after: string): Case => ({
    name: `Network.${field} with a tampered cursor`,
    query: `query ($after: String) { network(slug: "perhelinja") { ${field}(after: $after) { totalCount } } }`,
    variables: { after },
    field: 'after',
  });
  const createService = (name: string, field = 'input.content.name.fi'): Case => ({
    name: `createService with the name ${JSON.stringify(name)}`,
    query: `mutation ($input: CreateServiceInput!) { createService(input: $input) { id } }`,
    variables: {
      input: {
        networkId: PERHELINJA_ID,
        responsibleOrganizationId: ORG_VSLJ,
        content: { name: { fi: name } },
      },
    },
    field,
  });
  const createTerm = (label: string): Case => ({
    name: `createTaxonomyTerm with the label ${JSON.stringify(label)}`,
    query: `mutation ($input: CreateTaxonomyTermInput!) { createTaxonomyTerm(input: $input) { id } }`,
    variables: { input: { networkId: PERHELINJA_ID, kind: 'THEME', label: { fi: label } } },
    field: 'input.label.fi',
  });
  return [
    // Tampered cursors: the right number of parts, the wrong types or values.
    {
      name: 'services with a number for the name and a non-uuid id',
      query: `query ($after: String) { services(after: $after) { totalCount } }`,
      variables: { after: NOT_A_DATE },
      field: 'after',
    },
    networkList('members', cursor([1e308, 'x'])),
    networkList('plannedDeliveries', cursor(['2026-02-30T00:00:00.000Z', SOME_UUID])),
    networkList('reviewQueue', cursor(['yesterday', SOME_UUID])),
    networkList('recentChanges', cursor(['2026-01-01T00:00:00.000Z', 'x'])),
    networkList('searchSynonyms', cursor([1e308, SOME_UUID])),
    networkList('services', cursor(['Nimi', 42])),
    networkList('taxonomy', cursor([{ id: 1 }])),
    {
      name: 'Service.auditTrail with a number for the time',
      query: `query ($id: ID!, $after: String) { service(id: $id) { auditTrail(after: $after) { totalCount } } }`,
      variables: { id: serviceId, after: cursor([1e308, 'x']) },
      field: 'after',
    },
    {
      name: 'municipalities with a NUL in the name part',
      query: `query ($after: String) { municipalities(after: $after) { totalCount } }`,
      variables: { after: cursor(['Lah\u0000ti', '398']) },
      field: 'after',
    },
    {
      name: 'wellbeingAreas with a NUL code',
      query: `query ($after: String) { wellbeingAreas(after: $after) { totalCount } }`,
      variables: { after: cursor(['\u0000']) },
      field: 'after',
    },
    {
      name: 'networks with a non-uuid id',
      query: `query ($after: String) { networks(after: $after) { totalCount } }`,
      variables: { after: cursor(['Perhelinja', 'x']) },
      field: 'after',
    },
    {
      name: 'invitations with an invalid date',
      query: `query ($after: String) { invitations(after: $after) { totalCount } }`,
      variables: { after: cursor(['2026-13-45T00:00:00.000Z', SOME_UUID]) },
      field: 'after',
    },
    {
      name: 'searchServices with an offset of 1e308',
      query: `query ($after: String) { searchServices(after: $after) { totalCount } }`,
      variables: { after: cursor(['o', 1e308]) },
      field: 'after',
    },
    {
      name: 'Organization.servicesDueForCheck with a non-uuid id',
      query: `query ($after: String) { organization(id: "${ORG_VSLJ}") { servicesDueForCheck(after: $after) { totalCount } } }`,
      variables: { after: cursor(['2026-01-01T00:00:00.000Z', 'x']) },
      field: 'after',
    },
    // NUL bytes.
    {
      name: 'a NUL in a network slug',
      query: `query ($slug: String!) { network(slug: $slug) { id } }`,
      variables: { slug: 'perhe\u0000linja' },
      field: 'slug',
    },
    {
      name: 'a NUL in nameContains',
      query: `query ($filter: ServiceFilterInput) { services(filter: $filter) { totalCount } }`,
      variables: { filter: { nameContains: 'tuki\u0000' } },
      field: 'filter.nameContains',
    },
    {
      name: 'a NUL in the municipality search (a literal in the query)',
      query: `{ municipalities(filter: { search: "lah\\u0000" }) { totalCount } }`,
      variables: {},
      field: 'filter.search',
    },
    {
      name: 'a NUL in the sign-in email',
      query: `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`,
      variables: { email: 'admin\u0000@linja.example', password: DEMO_PASSWORD },
      field: 'email',
    },
    createService('Palvelu\u0000'),
    createTerm('Teema\u0000'),
    // Unpaired UTF-16 surrogates.
    createService('Palvelu\uD800'),
    createService('\uDC00Palvelu'),
    createTerm('Teema\uD800'),
    // Oversized strings and lists.
    {
      name: 'a 600 kB nameContains',
      query: `query ($filter: ServiceFilterInput) { services(filter: $filter) { totalCount } }`,
      variables: { filter: { nameContains: 'a'.repeat(600_000) } },
      field: 'filter.nameContains',
    },
    {
      name: '20 000 theme ids in a search',
      query: `query ($input: SearchServicesInput) { searchServices(input: $input) { totalCount } }`,
      variables: { input: { themes: ids(20_000) } },
      field: 'input.themes',
    },
    {
      name: '20 000 theme ids in a service list filter',
      query: `query ($filter: ServiceFilterInput) { services(filter: $filter) { totalCount } }`,
      variables: { filter: { themeIds: ids(20_000) } },
      field: 'filter.themeIds',
    },
  ];
}

describe.each(['development', 'production'])(
  `hostile input in %s mode (${DB_MODE_LABEL})`,
  (mode) => {
    let api: TestApp;
    let prisma: PrismaClient;
    let session: string;
    let serviceId: string;

    async function post(query: string, variables: Record<string, unknown>): Promise<Reply> {
      const response = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: session },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return { status: response.status, text, body: JSON.parse(text) as Reply['body'] };
    }

    async function counts(): Promise<number[]> {
      return Promise.all([
        prisma.service.count(),
        prisma.serviceRevision.count(),
        prisma.taxonomyTerm.count(),
        prisma.auditEvent.count(),
        prisma.session.count(),
      ]);
    }

    beforeAll(async () => {
      api = await startTestApp({ NODE_ENV: mode, SEED_DEMO_DATA: 'true', DEV_AUTH: 'false' });
      prisma = api.app.get(PrismaClient);
      const signIn = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`,
          variables: { email: 'admin@linja.example', password: DEMO_PASSWORD },
        }),
      });
      session = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect(session).toMatch(/=./);
      const service = await prisma.service.findFirstOrThrow({
        where: { networkId: PERHELINJA_ID },
      });
      serviceId = service.id;
    });

    afterAll(async () => {
      await api.close();
    });

    it('has a control: the same mutation with a clean name succeeds', async () => {
      const reply = await post(
        `mutation ($input: CreateServiceInput!) { createService(input: $input) { id } }`,
        {
          input: {
            networkId: PERHELINJA_ID,
            responsibleOrganizationId: ORG_VSLJ,
            content: { name: { fi: 'Siisti nimi' } },
          },
        },
      );
      expect(reply.body.errors).toBeUndefined();
    });

    it('answers every hostile input with BAD_USER_INPUT naming the field, and changes nothing', async () => {
      const before = await counts();
      const outcomes: Record<string, unknown> = {};
      const expected: Record<string, unknown> = {};
      for (const testCase of cases(serviceId)) {
        const reply = await post(testCase.query, testCase.variables);
        const [error] = reply.body.errors ?? [];
        outcomes[testCase.name] = {
          code: error?.extensions?.code,
          field: error?.extensions?.field,
          data: reply.body.data ?? null,
          // Never Prisma's call text, a source path, or the input quoted back at length.
          leaks: /prisma|invocation|\.ts:\d|\/work\/|node_modules/i.test(reply.text),
          small: reply.text.length < 2000,
        };
        expected[testCase.name] = {
          code: 'BAD_USER_INPUT',
          field: testCase.field,
          data: null,
          leaks: false,
          small: true,
        };
      }
      expect(outcomes).toEqual(expected);
      expect(await counts()).toEqual(before);
    });
  },
);
