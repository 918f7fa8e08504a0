import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parse } from 'csv-parse/sync';

import { type HsdsCatalogueService } from './hsds-catalogue.service';
import { datapackageDescriptor, spoolTables } from './hsds-datapackage';
import { type ServiceRecord } from './hsds-records';
import { columnsOf, RESOURCES, TABLES } from './hsds-tabular';

/** A full service with only what the test needs; a text that CSV must quote. */
jest.mock('./hsds-service.mapper', () => ({
  toHsdsService: (record: { service: { id: string } }) => ({
    id: record.service.id,
    organization_id: 'org-1',
    name: `Palvelu, "${record.service.id}"\nrivi 2`,
    status: 'active',
    minimum_age: 0,
    phones: [{ id: `${record.service.id}-phone`, service_id: record.service.id, number: '1' }],
    schedules: [],
    service_areas: [],
    languages: [],
    cost_options: [],
    contacts: [],
    attributes: [],
    service_at_locations: [],
  }),
}));

const organization = {
  id: 'org-1',
  name: 'Yhdistys',
  description: {},
  contactEmail: null,
  contactPhone: null,
  website: null,
  businessId: null,
};

/** A catalogue of `size` services, recording each read. */
function fakeCatalogue(size: number) {
  const ids = Array.from({ length: size }, (_, index) => `s${String(index).padStart(4, '0')}`);
  const reads: string[] = [];
  const catalogue: Pick<HsdsCatalogueService, 'serviceIdsAfter' | 'loadRecords'> = {
    serviceIdsAfter: (_filter, afterId, take) => {
      const start = afterId === undefined ? 0 : ids.indexOf(afterId) + 1;
      reads.push(`ids after ${afterId ?? '-'}`);
      return Promise.resolve(ids.slice(start, start + take));
    },
    loadRecords: (batch) => {
      reads.push(`load ${batch.length}`);
      return Promise.resolve(
        batch.map(
          (id) =>
            ({
              service: { id },
              organization,
              producers: new Map(),
              themes: [],
              targetGroups: [],
            }) as unknown as ServiceRecord,
        ),
      );
    },
  };
  return { catalogue, reads };
}

describe('spoolTables', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'linja-hsds-spec-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const table = async (name: (typeof TABLES)[number]) =>
    parse(await readFile(path.join(dir, RESOURCES[name].path), 'utf8'));

  it('writes every table with HSDS’s header, each shared row once, quoting what CSV must', async () => {
    const { catalogue, reads } = fakeCatalogue(7);
    const counts = await spoolTables(catalogue, {}, 'fi', dir, () => false, 3);
    // Keyset batches of 3, one after another.
    expect(reads).toEqual([
      'ids after -',
      'load 3',
      'ids after s0002',
      'load 3',
      'ids after s0005',
      'load 1',
    ]);
    expect(counts).toMatchObject({ service: 7, phone: 7, organization: 1, location: 0 });
    for (const name of TABLES) {
      const rows = await table(name);
      expect({ name, header: rows[0] }).toEqual({ name, header: columnsOf(name) });
      expect({ name, rows: rows.length - 1 }).toEqual({ name, rows: counts[name] });
    }
    const services = await table('service');
    const name = columnsOf('service').indexOf('name');
    expect(services[1]![name]).toBe('Palvelu, "s0000"\nrivi 2');
    expect(services[1]![columnsOf('service').indexOf('minimum_age')]).toBe('0');
    expect(services[1]![columnsOf('service').indexOf('description')]).toBe('');
    expect((await table('organization')).slice(1).map((row) => row[0])).toEqual(['org-1']);
  });

  it('stops reading when the client has gone', async () => {
    const { catalogue, reads } = fakeCatalogue(10);
    let batches = 0;
    await spoolTables(catalogue, {}, 'fi', dir, () => (batches += 1) > 1, 3);
    expect(reads.filter((read) => read.startsWith('load'))).toHaveLength(2);
  });
});

describe('datapackageDescriptor', () => {
  it('lists the tables Linja fills with the standard’s schemas, foreign keys inside the package', () => {
    const counts = Object.fromEntries(TABLES.map((name) => [name, 1])) as Record<
      (typeof TABLES)[number],
      number
    >;
    const descriptor = datapackageDescriptor(
      { id: 'n', slug: 'perhelinja', name: 'Perhelinja' },
      'sv',
      'https://linja.test',
      counts,
      new Date('2026-12-05T10:00:00Z'),
    );
    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package',
      name: 'linja-perhelinja-hsds',
      language: 'sv',
      linja_profile: { url: 'https://linja.test/hsds/profile' },
    });
    expect(descriptor.resources.map((resource) => resource.name)).toEqual([...TABLES]);
    for (const resource of descriptor.resources) {
      for (const key of resource.schema.foreignKeys ?? []) {
        expect(TABLES).toContain(key.reference.resource);
      }
    }
  });
});
