import { readFileSync } from 'node:fs';
import path from 'node:path';

import { FEDERATION_ID, ORG_LAHTI, ORG_VSLJ, PERHELINJA_ID, PrismaClient } from '@linja/db';
import { parse } from 'csv-parse/sync';
import yauzl from 'yauzl';

import { DEV_ACTOR_HEADER } from '../../../src/auth/dev-actor';
import { HSDS_STANDARD_DIR } from '../../helpers/hsds-schemas';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const OTHER_COORDINATOR = `coordinator:${FEDERATION_ID}`;
/** An admin of a Perhelinja member organisation: not a coordinator. */
const ORG_ADMIN = `org-admin:${ORG_VSLJ}`;
const OTHER_ORG_ADMIN = `org-admin:${ORG_LAHTI}`;

const PACKAGE = '/hsds/datapackage.zip?network=perhelinja';
const NDJSON = '/hsds/services?format=ndjson&network=perhelinja';

interface Resource {
  name: string;
  path: string;
  profile: string;
  schema: {
    fields: { name: string }[];
    primaryKey?: string;
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
  linja_row_count: number;
}
interface Descriptor {
  profile: string;
  language: string;
  linja_profile: { url: string; note: string };
  resources: Resource[];
}

/**
 * HSDS's tabular schema: the standard's datapackage.json where HSDS_STANDARD_DIR points at a full
 * copy of it, otherwise the copy the API carries (src/hsds/standard, the same file unchanged).
 */
function standardResources(): Resource[] {
  const full = path.join(HSDS_STANDARD_DIR, 'datapackage.json');
  const vendored = path.resolve(__dirname, '../../../src/hsds/standard/hsds-3.1-datapackage.json');
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch {
    text = readFileSync(vendored, 'utf8');
  }
  return (JSON.parse(text) as { resources: Resource[] }).resources;
}

/** Every entry of a zip, by name (yauzl, reading from memory). */
function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error: Error | null, zip: yauzl.ZipFile) => {
      if (error) {
        reject(error);
        return;
      }
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError: Error | null, stream: NodeJS.ReadableStream) => {
          if (streamError) {
            reject(streamError);
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => {
            chunks.push(chunk);
          });
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => {
        resolve(entries);
      });
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe(`HSDS bulk export (Data Package, NDJSON) on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let publicIds: string[] = [];
  let hiddenIds: string[] = [];
  let professionalTexts: string[] = [];

  const get = (url: string, as?: string) =>
    fetch(`${api.baseUrl}${url}`, { headers: as ? { [DEV_ACTOR_HEADER]: as } : {} });

  const setPublic = (value: boolean, as: string) =>
    api.graphql<{ updateNetworkSettings: { catalogueExportPublic: boolean } }>(
      /* GraphQL */ `
        mutation ($input: UpdateNetworkSettingsInput!) {
          updateNetworkSettings(input: $input) {
            id
            catalogueExportPublic
          }
        }
      `,
      { input: { networkId: PERHELINJA_ID, catalogueExportPublic: value } },
      as,
    );

  /** Downloads the package as `as` and reads it: the descriptor and every CSV parsed. */
  async function download(as: string | undefined, query = '') {
    const response = await get(`${PACKAGE}${query}`, as);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="perhelinja-hsds-(fi|sv|en)-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const entries = await unzip(Buffer.from(await response.arrayBuffer()));
    const descriptor = JSON.parse(entries.get('datapackage.json')!.toString('utf8')) as Descriptor;
    const tables = new Map<string, { header: string[]; rows: Record<string, string>[] }>();
    const texts = new Map<string, string>();
    for (const resource of descriptor.resources) {
      const text = entries.get(resource.path)?.toString('utf8');
      expect({ path: resource.path, present: text !== undefined }).toEqual({
        path: resource.path,
        present: true,
      });
      texts.set(resource.path, text!);
      const records = parse(text!);
      const [header = [], ...rest] = records;
      tables.set(resource.name, {
        header,
        rows: rest.map((values) => Object.fromEntries(header.map((name, i) => [name, values[i]!]))),
      });
    }
    return { response, entries, descriptor, tables, texts };
  }

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    const now = new Date();
    const services = await prisma.service.findMany({ orderBy: { id: 'asc' } });
    // The public rule, written out here independently: published and inside its freshness window.
    const isPublic = (row: (typeof services)[number]) =>
      row.status === 'PUBLISHED' && row.visibleUntil !== null && row.visibleUntil > now;
    publicIds = services
      .filter((row) => isPublic(row) && row.networkId === PERHELINJA_ID)
      .map((row) => row.id);
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

  it('is off by default: the network’s coordinators download, no one else', async () => {
    const network = await prisma.network.findUniqueOrThrow({ where: { id: PERHELINJA_ID } });
    expect(network.catalogueExportPublic).toBe(false);
    for (const url of [PACKAGE, NDJSON]) {
      const anonymous = await get(url);
      expect({ url, status: anonymous.status }).toEqual({ url, status: 401 });
      expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
      for (const as of [OTHER_COORDINATOR, ORG_ADMIN, OTHER_ORG_ADMIN]) {
        const refused = await get(url, as);
        expect({ url, as, status: refused.status }).toEqual({ url, as, status: 403 });
        expect(await refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
      }
      const allowed = await get(url, COORDINATOR);
      expect({ url, status: allowed.status }).toEqual({ url, status: 200 });
      // Kept to the signed-in coordinator: never stored by a shared cache, no CORS.
      expect(allowed.headers.get('cache-control')).toBe('private, no-store');
      expect(allowed.headers.get('access-control-allow-origin')).toBeNull();
      await allowed.arrayBuffer();
    }
  });

  it('names the network and checks the parameters (400 naming them)', async () => {
    const cases: [string, string][] = [
      ['/hsds/datapackage.zip', 'network'],
      ['/hsds/services?format=ndjson', 'network'],
      ['/hsds/datapackage.zip?network=no-such-network', 'network'],
      ['/hsds/datapackage.zip?network=perhelinja&lang=de', 'lang'],
      ['/hsds/datapackage.zip?network=perhelinja&page=2', 'page'],
    ];
    for (const [url, field] of cases) {
      const response = await get(url, COORDINATOR);
      expect({ url, status: response.status }).toEqual({ url, status: 400 });
      expect(await response.json()).toEqual({
        error: { code: 'BAD_USER_INPUT', field, message: expect.any(String) },
      });
    }
  });

  it('zips HSDS’s tabular Data Package: the standard’s table schemas, CSV headers in their order', async () => {
    const { descriptor, tables } = await download(COORDINATOR);
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.linja_profile.url).toMatch(/\/hsds\/profile$/);
    const standard = new Map(standardResources().map((resource) => [resource.name, resource]));
    const names = descriptor.resources.map((resource) => resource.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'organization',
        'service',
        'service_at_location',
        'location',
        'address',
        'phone',
        'schedule',
        'service_area',
        'language',
        'cost_option',
        'attribute',
        'taxonomy_term',
        'taxonomy',
      ]),
    );
    for (const resource of descriptor.resources) {
      const reference = standard.get(resource.name);
      expect({ name: resource.name, known: reference !== undefined }).toEqual({
        name: resource.name,
        known: true,
      });
      expect(resource.path).toBe(reference!.path);
      expect(resource.profile).toBe('tabular-data-resource');
      const fields = reference!.schema.fields.map((field) => field.name);
      expect({ name: resource.name, fields: resource.schema.fields.map((f) => f.name) }).toEqual({
        name: resource.name,
        fields,
      });
      const table = tables.get(resource.name)!;
      // Every column is one of the schema's fields, in the schema's order.
      expect({ name: resource.name, header: table.header }).toEqual({
        name: resource.name,
        header: fields.filter((field) => table.header.includes(field)),
      });
      expect({ name: resource.name, count: table.rows.length }).toEqual({
        name: resource.name,
        count: resource.linja_row_count,
      });
      // Primary keys unique; foreign keys only to tables in the package, and every one resolves.
      const ids = table.rows.map((row) => row.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const key of resource.schema.foreignKeys ?? []) {
        expect(names).toContain(key.reference.resource);
      }
    }
    for (const resource of descriptor.resources) {
      for (const key of resource.schema.foreignKeys ?? []) {
        const targets = new Set(
          tables.get(key.reference.resource)!.rows.map((row) => row[key.reference.fields]),
        );
        const dangling = tables
          .get(resource.name)!
          .rows.map((row) => row[key.fields])
          .filter((value) => value !== '' && value !== undefined && !targets.has(value));
        expect({ resource: resource.name, key: key.fields, dangling }).toEqual({
          resource: resource.name,
          key: key.fields,
          dangling: [],
        });
      }
    }
    // The demo exercises the nested tables, not only services.
    for (const name of ['location', 'address', 'service_area', 'attribute', 'taxonomy_term']) {
      expect({ name, rows: tables.get(name)!.rows.length > 0 }).toEqual({ name, rows: true });
    }
  });

  it('holds exactly the network’s published, visible services — what the NDJSON export serves', async () => {
    const { tables, texts } = await download(COORDINATOR, '&lang=en');
    const services = tables.get('service')!.rows;
    expect(services.map((row) => row.id).sort()).toEqual([...publicIds].sort());
    const ndjson = await get(`${NDJSON}&lang=en`, COORDINATOR);
    expect(ndjson.status).toBe(200);
    const lines = (await ndjson.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id).sort()).toEqual([...publicIds].sort());
    const byId = new Map(lines.map((line) => [line.id, line]));
    for (const row of services) {
      const json = byId.get(row.id)!;
      for (const column of ['name', 'description', 'organization_id', 'url', 'last_modified']) {
        expect({ id: row.id, column, value: row[column] }).toEqual({
          id: row.id,
          column,
          value: json[column] === undefined ? '' : String(json[column] as string | number),
        });
      }
      expect(row.eligibility_description).toBe('');
    }
    const all = [...texts.values()].join('\n');
    for (const id of hiddenIds) expect(all).not.toContain(id);
    const leaked = professionalTexts.filter((text) => all.includes(text));
    expect(leaked).toEqual([]);
  });

  it('answers in the language asked for', async () => {
    const { response, descriptor } = await download(COORDINATOR, '&lang=sv');
    expect(response.headers.get('content-language')).toBe('sv');
    expect(descriptor.language).toBe('sv');
  });

  it('lets only the network’s coordinators open it to the public, audited; then anyone downloads', async () => {
    const before = await prisma.network.findUniqueOrThrow({ where: { id: PERHELINJA_ID } });
    const auditsBefore = await prisma.auditEvent.count({ where: { networkId: PERHELINJA_ID } });
    for (const as of [ORG_ADMIN, OTHER_COORDINATOR]) {
      const refused = await setPublic(true, as);
      expect({ as, code: refused.errors?.[0]?.extensions?.code }).toEqual({
        as,
        code: 'FORBIDDEN',
      });
    }
    expect(await prisma.network.findUniqueOrThrow({ where: { id: PERHELINJA_ID } })).toEqual(
      before,
    );
    expect(await prisma.auditEvent.count({ where: { networkId: PERHELINJA_ID } })).toBe(
      auditsBefore,
    );
    expect((await get(PACKAGE)).status).toBe(401);

    const opened = await setPublic(true, COORDINATOR);
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.updateNetworkSettings.catalogueExportPublic).toBe(true);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { networkId: PERHELINJA_ID, action: 'network.settings_updated' },
      orderBy: { occurredAt: 'desc' },
    });
    expect(audit.changes).toEqual([
      { field: 'catalogueExport.public', locale: null, before: 'false', after: 'true' },
    ]);

    const { response, tables } = await download(undefined);
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(tables.get('service')!.rows).toHaveLength(publicIds.length);
    const ndjson = await get(NDJSON);
    expect(ndjson.status).toBe(200);
    expect((await ndjson.text()).trimEnd().split('\n')).toHaveLength(publicIds.length);
    // Another network's switch stays off.
    expect((await get('/hsds/datapackage.zip?network=ensi-ja-turvakotien-liitto')).status).toBe(
      401,
    );

    expect((await setPublic(false, COORDINATOR)).errors).toBeUndefined();
    expect((await get(PACKAGE)).status).toBe(401);
  });
});
