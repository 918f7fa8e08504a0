import { PERHELINJA_ID, PrismaClient } from '@linja/db';

import { DEV_ACTOR_HEADER } from '../../../src/auth/dev-actor';
import { LINJA_AREA_SCHEMA, LINJA_SERVICE_SCHEMA } from '../../../src/hsds/hsds-profile';
import { errorsOf, hsdsValidators, type HsdsSchemaName } from '../../helpers/hsds-schemas';
import { countPrismaReads } from '../../helpers/prisma-calls';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

type Json = { id: string } & Record<string, unknown>;
interface Page {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Json[];
}

const LANGUAGES = ['fi', 'sv', 'en'] as const;

describe(`HSDS 3.1 read API on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  const schemas = hsdsValidators();
  const linjaService = schemas.compile(LINJA_SERVICE_SCHEMA);
  const linjaArea = schemas.compile(LINJA_AREA_SCHEMA);
  /** Every professional-only text of every revision of every demo service. */
  let professionalTexts: string[] = [];
  let publicIds: string[] = [];
  let hiddenIds: string[] = [];

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${api.baseUrl}/hsds${path}`, { headers });
  const getJson = async <T = Json>(path: string): Promise<T> => {
    const response = await get(path);
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
    return (await response.json()) as T;
  };
  const expectValid = (name: HsdsSchemaName, value: unknown, what: string) => {
    const validate = schemas.validator(name);
    const valid = validate(value);
    expect({ what, errors: valid ? '' : errorsOf(validate) }).toEqual({ what, errors: '' });
  };
  const expectNoProfessionalText = (body: string, what: string) => {
    const leaked = professionalTexts.filter((text) => body.includes(text));
    expect({ what, leaked }).toEqual({ what, leaked: [] });
    expect(body).not.toMatch(
      /"(professionalInfo|howToRefer|eligibility|whatHappensNext|eligibility_description)"/,
    );
  };
  /** Walks every page of a list; returns all items. */
  const walk = async (path: string, perPage: number) => {
    const items: Json[] = [];
    for (let page = 1; ; page += 1) {
      const sep = path.includes('?') ? '&' : '?';
      const body = await getJson<Page>(`${path}${sep}page=${page}&per_page=${perPage}`);
      expect(body.page_number).toBe(page);
      expect(body.size).toBe(body.contents.length);
      items.push(...body.contents);
      if (body.last_page) {
        expect(items).toHaveLength(body.total_items);
        return items;
      }
      expect(body.size).toBe(perPage);
    }
  };

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    const now = new Date();
    const services = await prisma.service.findMany({ orderBy: { id: 'asc' } });
    // The public rule, written out here independently: published and inside its freshness window.
    const isPublic = (row: (typeof services)[number]) =>
      row.status === 'PUBLISHED' && row.visibleUntil !== null && row.visibleUntil > now;
    publicIds = services.filter(isPublic).map((row) => row.id);
    hiddenIds = services.filter((row) => !isPublic(row)).map((row) => row.id);
    const revisions = await prisma.serviceRevision.findMany({ select: { content: true } });
    professionalTexts = revisions.flatMap(({ content }) => {
      const info = (content as { professionalInfo?: Record<string, Record<string, string>> })
        .professionalInfo;
      return Object.values(info ?? {}).flatMap((text) =>
        Object.values(text).filter((value) => value.length >= 20),
      );
    });
  });

  afterAll(async () => {
    await api.close();
  });

  it('has demo services in every state to tell apart', () => {
    expect(publicIds.length).toBeGreaterThan(5);
    expect(hiddenIds.length).toBeGreaterThanOrEqual(3); // a draft, an archived and a hidden one
    expect(professionalTexts.length).toBeGreaterThan(10);
  });

  it('answers the root with the HSDS version and the Linja profile, which it serves', async () => {
    const root = await getJson('/');
    expect(root).toEqual({
      version: '3.1',
      profile: expect.stringMatching(/^https?:\/\/.+\/hsds\/profile$/),
      openapi_url: expect.stringMatching(/openapi\.json$/),
    });
    const profile = await getJson('/profile');
    expect(profile).toMatchObject({
      name: 'Linja',
      hsds_version: '3.1',
      languages: { parameter: 'lang', values: ['fi', 'sv', 'en'] },
      extensions: { service: { linja: LINJA_SERVICE_SCHEMA } },
    });
  });

  it('serves every public demo service fully, valid against compiled/service.json in fi, sv and en', async () => {
    let areas = 0;
    let locations = 0;
    for (const id of publicIds) {
      for (const lang of LANGUAGES) {
        const response = await get(`/services/${id}?lang=${lang}`);
        expect({ id, lang, status: response.status }).toEqual({ id, lang, status: 200 });
        expect(response.headers.get('content-language')).toBe(lang);
        const text = await response.text();
        const service = JSON.parse(text) as Json & {
          linja: unknown;
          service_areas: { linja_area: unknown }[];
          service_at_locations: unknown[];
        };
        expectValid('compiled/service', service, `${id} ${lang}`);
        expect(service.id).toBe(id);
        expect(linjaService(service.linja)).toBe(true);
        for (const area of service.service_areas) expect(linjaArea(area.linja_area)).toBe(true);
        expectNoProfessionalText(text, `${id} ${lang}`);
        areas += service.service_areas.length;
        locations += service.service_at_locations.length;
      }
    }
    // The demo exercises the nested parts, not only the top level.
    expect(areas).toBeGreaterThan(0);
    expect(locations).toBeGreaterThan(0);
  });

  it('answers 404 for unpublished, archived and hidden services, and for ids that are not ids', async () => {
    for (const id of [...hiddenIds, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const response = await get(`/services/${id}`);
      expect({ id, status: response.status }).toEqual({ id, status: 404 });
      expect(await response.json()).toEqual({
        error: { code: 'NOT_FOUND', message: expect.any(String), id },
      });
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('walks /services page by page: every public service once, each page valid', async () => {
    const validateList = schemas.validator('compiled/service_list');
    const items: Json[] = [];
    for (let page = 1; ; page += 1) {
      const response = await get(`/services?page=${page}&per_page=4`);
      const text = await response.text();
      const body = JSON.parse(text) as Page;
      expectNoProfessionalText(text, `page ${page}`);
      for (const item of body.contents) {
        expect({ page, valid: validateList(item), errors: errorsOf(validateList) }).toEqual({
          page,
          valid: true,
          errors: '',
        });
      }
      expect(body.first_page).toBe(page === 1);
      items.push(...body.contents);
      if (body.last_page) break;
    }
    expect(items.map((item) => item.id).sort()).toEqual([...publicIds].sort());
    const full = await getJson<Page>('/services?per_page=200&full=true&lang=sv');
    expect(full.total_items).toBe(publicIds.length);
    for (const item of full.contents) expectValid('compiled/service', item, `full ${item.id}`);
    const fullText = JSON.stringify(full);
    expectNoProfessionalText(fullText, 'full list');
    // Deliveries being planned or ended stay out: none of their areas or locations is served.
    const unpublished = await prisma.serviceDelivery.findMany({
      where: { status: { not: 'ACTIVE' }, serviceId: { in: publicIds } },
      include: { areas: true, locations: true },
    });
    const unpublishedIds = unpublished.flatMap((delivery) => [
      delivery.id,
      ...delivery.areas.map((area) => area.id),
      ...delivery.locations.map((location) => location.id),
    ]);
    expect(unpublished.length).toBeGreaterThan(0);
    expect(unpublishedIds.filter((id) => fullText.includes(id))).toEqual([]);
    const beyond = await getJson<Page>('/services?page=99&per_page=10');
    expect(beyond).toMatchObject({ empty: true, size: 0, last_page: true });
  });

  it('loads a page of services with the same number of queries whatever its size', async () => {
    const reads = countPrismaReads(prisma);
    try {
      await getJson('/services?per_page=2&full=true');
      const small = reads.total();
      await getJson('/services?per_page=12&full=true');
      expect(reads.total() - small).toBe(small);
    } finally {
      reads.restore();
    }
  });

  it('filters by network, organisation, taxonomy term, taxonomy and search', async () => {
    const network = await walk('/services?network=perhelinja', 50);
    const inNetwork = await prisma.service.count({
      where: { id: { in: publicIds }, networkId: PERHELINJA_ID },
    });
    expect(network).toHaveLength(inNetwork);
    expect(network.every((item) => (item.linja as Json).network)).toBe(true);
    expect(new Set(network.map((item) => ((item.linja as Json).network as Json).slug))).toEqual(
      new Set(['perhelinja']),
    );

    const [sample] = await prisma.service.findMany({
      where: { id: { in: publicIds }, terms: { some: {} } },
      include: { terms: { include: { term: true } } },
      take: 1,
    });
    const term = sample!.terms[0]!.term;
    const byTerm = await walk(`/services?taxonomy_term_id=${term.id}&full=true`, 50);
    expect(byTerm.map((item) => item.id)).toContain(sample!.id);
    for (const item of byTerm) {
      const termIds = (item.attributes as Json[]).map((attribute) => attribute.taxonomy_term_id);
      expect(termIds).toContain(term.id);
    }
    const attribute = (byTerm[0]!.attributes as Json[]).find(
      (entry) => entry.taxonomy_term_id === term.id,
    )!;
    const taxonomyId = (attribute.taxonomy_term as Json).taxonomy_id as string;
    const byTaxonomy = await walk(`/services?taxonomy_id=${taxonomyId}`, 50);
    expect(byTaxonomy.map((item) => item.id)).toEqual(
      expect.arrayContaining(byTerm.map((item) => item.id)),
    );

    const byOrganization = await walk(
      `/services?organization_id=${sample!.responsibleOrganizationId}`,
      50,
    );
    expect(byOrganization.map((item) => item.id)).toContain(sample!.id);

    const found = await getJson<Page>(`/services?search=${encodeURIComponent('ensikoti')}`);
    expect(found.total_items).toBeGreaterThan(0);
    // LIKE's wildcards match themselves, not everything.
    const wildcard = await getJson<Page>(`/services?search=${encodeURIComponent('%_%')}`);
    expect(wildcard.total_items).toBe(0);
    const nothing = await getJson<Page>('/services?search=qqqxxqqq');
    expect(nothing).toMatchObject({ total_items: 0, empty: true, contents: [] });
  });

  it('returns only what changed with modified_after, and dates last_modified by the change', async () => {
    const future = new Date(Date.now() + 60_000).toISOString();
    const none = await getJson<Page>(`/services?modified_after=${future}`);
    expect(none.total_items).toBe(0);

    const since = new Date();
    await new Promise((resolve) => setTimeout(resolve, 5)); // timestamps have millisecond precision
    const delivery = await prisma.serviceDelivery.findFirstOrThrow({
      where: { status: 'ACTIVE', serviceId: { in: publicIds } },
    });
    // A delivery changes (what the public sees of the service): the service counts as modified.
    await prisma.serviceDelivery.update({
      where: { id: delivery.id },
      data: { acceptingClients: !delivery.acceptingClients },
    });
    const changed = await walk(`/services?modified_after=${since.toISOString()}`, 50);
    expect(changed.map((item) => item.id)).toEqual([delivery.serviceId]);
    expect(new Date(changed[0]!.last_modified as string).getTime()).toBeGreaterThanOrEqual(
      since.getTime(),
    );
    const older = await getJson<Page>(`/services?modified_after=2000-01-01`);
    expect(older.total_items).toBe(publicIds.length);
  });

  it('answers 304 to If-None-Match and If-Modified-Since, and 200 again after a change', async () => {
    const id = publicIds[0]!;
    const first = await get(`/services/${id}`);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^".+"$/);
    expect(lastModified).toBeTruthy();
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const byTag = await get(`/services/${id}`, { 'If-None-Match': etag });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe('');
    const byDate = await get(`/services/${id}`, { 'If-Modified-Since': lastModified });
    expect(byDate.status).toBe(304);
    // Another language is another body.
    expect((await get(`/services/${id}?lang=en`, { 'If-None-Match': etag })).status).toBe(200);

    const list = await get('/services?per_page=3');
    const listTag = list.headers.get('etag')!;
    expect(list.headers.get('last-modified')).toBeNull();
    expect((await get('/services?per_page=3', { 'If-None-Match': listTag })).status).toBe(304);

    await new Promise((resolve) => setTimeout(resolve, 1100)); // Last-Modified has whole seconds
    await prisma.organization.update({
      where: {
        id: (await prisma.service.findUniqueOrThrow({ where: { id } })).responsibleOrganizationId,
      },
      data: { website: 'https://changed.example/' },
    });
    const after = await get(`/services/${id}`, { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect((await get(`/services/${id}`, { 'If-Modified-Since': lastModified })).status).toBe(200);
  });

  it('streams a network’s whole public catalogue as NDJSON of full services', async () => {
    // The bulk export is the network's coordinators' unless it is made public (hsds-bulk-export).
    const response = await get('/services?format=ndjson&network=perhelinja&lang=en', {
      [DEV_ACTOR_HEADER]: `coordinator:${PERHELINJA_ID}`,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const text = await response.text();
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    const expected = await prisma.service.findMany({
      where: { id: { in: publicIds }, networkId: PERHELINJA_ID },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    const services = lines.map((line) => JSON.parse(line) as Json);
    expect(services.map((service) => service.id)).toEqual(expected.map((row) => row.id));
    for (const service of services)
      expectValid('compiled/service', service, `ndjson ${service.id}`);
    expectNoProfessionalText(text, 'ndjson');
  });

  it('compresses large answers with gzip', async () => {
    const response = await get('/services?per_page=50&full=true', { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(((await response.json()) as Page).total_items).toBe(publicIds.length);
  });

  it('answers bad parameters with 400 and a JSON error naming the parameter', async () => {
    const cases: [string, string][] = [
      ['/services?per_page=201', 'per_page'],
      ['/services?per_page=0', 'per_page'],
      ['/services?page=0', 'page'],
      ['/services?page=abc', 'page'],
      ['/services?modified_after=yesterday', 'modified_after'],
      ['/services?taxonomy_term_id=nope', 'taxonomy_term_id'],
      ['/services?organization_id=1', 'organization_id'],
      ['/services?taxonomy_id=00000000-0000-4000-8000-000000000000', 'taxonomy_id'],
      ['/services?network=no-such-network', 'network'],
      ['/services?lang=de', 'lang'],
      ['/services?format=xml', 'format'],
      ['/services?format=ndjson&page=2', 'page'],
      ['/services?format=ndjson&full=true', 'full'],
      ['/services?format=ndjson', 'network'],
      ['/services?color=blue', 'color'],
      ['/services?page=1&page=2', 'page'],
      ['/organizations?per_page=1000', 'per_page'],
      ['/taxonomy_terms?taxonomy_id=x', 'taxonomy_id'],
      [`/services/${'0'.repeat(8)}?lang=xx`, 'lang'],
    ];
    for (const [path, field] of cases) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect({ path, body: await response.json() }).toEqual({
        path,
        body: { error: { code: 'BAD_USER_INPUT', field, message: expect.any(String) } },
      });
    }
  });

  it('lists organisations, service_at_locations, taxonomies and terms in valid HSDS shapes', async () => {
    const organizations = await walk('/organizations', 3);
    expect(organizations.length).toBeGreaterThan(0);
    for (const organization of organizations) {
      expectValid('compiled/organization_list', organization, `organization ${organization.id}`);
    }
    const organization = await getJson<Json & { services: Json[] }>(
      `/organizations/${organizations[0]!.id}?lang=en`,
    );
    expectValid('compiled/organization', organization, 'organization full');
    expectNoProfessionalText(JSON.stringify(organization), 'organization full');
    for (const service of organization.services) expect(publicIds).toContain(service.id);
    expect((await get('/organizations/00000000-0000-4000-8000-000000000000')).status).toBe(404);

    const atLocations = await walk('/service_at_locations', 2);
    expect(atLocations.length).toBeGreaterThan(0);
    for (const item of atLocations) {
      expectValid('compiled/service_at_location_list', item, `sal ${item.id}`);
      expect(publicIds).toContain(item.service_id);
    }
    expectNoProfessionalText(JSON.stringify(atLocations), 'service_at_locations');

    const taxonomies = await walk('/taxonomies', 1);
    expect(taxonomies.length).toBeGreaterThanOrEqual(2);
    for (const taxonomy of taxonomies) expectValid('taxonomy', taxonomy, `taxonomy ${taxonomy.id}`);
    const one = await getJson(`/taxonomies/${taxonomies[0]!.id}?lang=sv`);
    expect(one.id).toBe(taxonomies[0]!.id);
    // Identifiers are stable across calls.
    expect((await walk('/taxonomies', 5)).map((item) => item.id)).toEqual(
      taxonomies.map((item) => item.id),
    );

    const terms = await walk(`/taxonomy_terms?taxonomy_id=${taxonomies[0]!.id}`, 5);
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      expectValid('taxonomy_term', term, `term ${term.id}`);
      expect(term.taxonomy_id).toBe(taxonomies[0]!.id);
    }
    expect((await getJson(`/taxonomy_terms/${terms[0]!.id}`)).id).toBe(terms[0]!.id);
  });

  it('serves texts in the requested language with Finnish as the fallback', async () => {
    const revision = await prisma.serviceRevision.findFirstOrThrow({
      where: { publishedService: { id: { in: publicIds } }, hiddenTranslations: { isEmpty: true } },
      select: { serviceId: true, content: true },
    });
    const name = (revision.content as { name: Record<string, string> }).name;
    for (const lang of LANGUAGES) {
      const service = await getJson(`/services/${revision.serviceId}?lang=${lang}`);
      expect(service.name).toBe(name[lang] ?? name.fi);
    }
  });
});
