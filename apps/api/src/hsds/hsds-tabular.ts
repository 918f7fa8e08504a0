import { type TLocale } from '@linja/domain';

import { type HsdsObject } from './hsds-place.mapper';
import { type ServiceRecord } from './hsds-records';
import { toHsdsService } from './hsds-service.mapper';
import { toHsdsOrganization, toHsdsTaxonomy } from './hsds-taxonomy.mapper';
import standard from './standard/hsds-3.1-datapackage.json';

/**
 * The HSDS tables Linja fills, in the order of the standard's datapackage.json. The others (program,
 * funding, required_document, url, metadata, meta_table_description, service_capacity, unit) have
 * nothing in Linja to come from and are left out of the package.
 */
export const TABLES = [
  'organization',
  'service',
  'attribute',
  'service_at_location',
  'location',
  'phone',
  'contact',
  'address',
  'schedule',
  'service_area',
  'language',
  'accessibility',
  'taxonomy_term',
  'cost_option',
  'organization_identifier',
  'taxonomy',
] as const;
export type TableName = (typeof TABLES)[number];

interface StandardField {
  readonly name: string;
}
interface StandardForeignKey {
  readonly fields: string;
  readonly reference: { readonly resource: string; readonly fields: string };
}
export interface StandardResource {
  readonly name: string;
  readonly path: string;
  readonly schema: {
    readonly fields: readonly StandardField[];
    readonly primaryKey?: string;
    readonly foreignKeys?: readonly StandardForeignKey[];
  };
  readonly [key: string]: unknown;
}

const STANDARD_RESOURCES = (standard as unknown as { resources: StandardResource[] }).resources;

/**
 * The standard's resource descriptors of the tables Linja fills: table schemas as published (so the
 * CSV columns are HSDS's names in HSDS's order), minus foreign keys to tables left out.
 */
export const RESOURCES = Object.fromEntries(
  TABLES.map((name) => {
    const resource = STANDARD_RESOURCES.find((candidate) => candidate.name === name);
    if (!resource) throw new Error(`HSDS datapackage.json has no resource ${name}.`);
    const foreignKeys = resource.schema.foreignKeys?.filter((key) =>
      (TABLES as readonly string[]).includes(key.reference.resource),
    );
    return [
      name,
      {
        ...resource,
        schema: { ...resource.schema, ...(foreignKeys ? { foreignKeys } : {}) },
      },
    ] as const;
  }),
) as Readonly<Record<TableName, StandardResource>>;

/** The columns of a table, in the standard's order. */
export function columnsOf(table: TableName): string[] {
  return RESOURCES[table].schema.fields.map((field) => field.name);
}

/** The standard's descriptor's top-level metadata (name, licence of the specification…). */
export const STANDARD_PROFILE = {
  homepage: (standard as { homepage?: string }).homepage,
  license: (standard as { license?: unknown }).license,
};

export type TableRows = Record<TableName, HsdsObject[]>;

/**
 * Splits full HSDS services into the rows of the tabular form, each table's rows being exactly the
 * objects of the JSON answer (toHsdsService), flattened: what the API and NDJSON serve, the CSVs hold.
 * Organisations, taxonomy terms and taxonomies are shared between services, so each is written once
 * (the sets of their ids grow with the network's organisations and terms, not its services).
 */
export class TabularSplitter {
  private readonly organizations = new Set<string>();
  private readonly terms = new Set<string>();
  private readonly taxonomies = new Set<string>();

  constructor(private readonly language: TLocale) {}

  rowsOf(records: readonly ServiceRecord[]): TableRows {
    const rows = Object.fromEntries(TABLES.map((table) => [table, []])) as unknown as TableRows;
    const add = (table: TableName, items: readonly HsdsObject[] | undefined) => {
      if (items) rows[table].push(...items);
    };
    for (const record of records) {
      const service = toHsdsService(record, this.language) as unknown as FullService;
      for (const organization of [record.organization, ...record.producers.values()]) {
        if (this.organizations.has(organization.id)) continue;
        this.organizations.add(organization.id);
        const hsds = toHsdsOrganization(organization, this.language) as unknown as HsdsObject & {
          phones?: HsdsObject[];
          organization_identifiers?: HsdsObject[];
        };
        add('organization', [hsds]);
        add('phone', hsds.phones);
        add('organization_identifier', hsds.organization_identifiers);
      }
      add('service', [service]);
      add('phone', service.phones);
      add('schedule', service.schedules);
      add('service_area', service.service_areas);
      add('language', service.languages);
      add('cost_option', service.cost_options);
      this.contacts(service.contacts, add);
      for (const sal of service.service_at_locations) {
        add('service_at_location', [sal]);
        add('schedule', sal.schedules);
        this.contacts(sal.contacts, add);
        add('location', [sal.location]);
        add('address', sal.location.addresses);
        add('accessibility', sal.location.accessibility);
      }
      add('attribute', service.attributes);
      for (const attribute of service.attributes) {
        const term = attribute.taxonomy_term;
        if (this.terms.has(term.id)) continue;
        this.terms.add(term.id);
        add('taxonomy_term', [term]);
      }
      for (const term of [...record.themes, ...record.targetGroups]) {
        const taxonomy = toHsdsTaxonomy(record.network, term.kind, this.language);
        if (this.taxonomies.has(taxonomy.id)) continue;
        this.taxonomies.add(taxonomy.id);
        add('taxonomy', [taxonomy]);
      }
    }
    return rows;
  }

  private contacts(
    contacts: readonly (HsdsObject & { phones?: HsdsObject[] })[] | undefined,
    add: (table: TableName, items: readonly HsdsObject[] | undefined) => void,
  ): void {
    for (const contact of contacts ?? []) {
      add('contact', [contact]);
      add('phone', contact.phones);
    }
  }
}

/** A CSV cell: text as is, numbers and booleans written out, nothing as empty. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`A nested value in a CSV column: ${JSON.stringify(value)}`);
}

type Location = HsdsObject & { addresses?: HsdsObject[]; accessibility?: HsdsObject[] };
type Contact = HsdsObject & { phones?: HsdsObject[] };
interface FullService extends HsdsObject {
  phones: HsdsObject[];
  schedules: HsdsObject[];
  service_areas: HsdsObject[];
  languages: HsdsObject[];
  cost_options: HsdsObject[];
  contacts: Contact[];
  attributes: (HsdsObject & { taxonomy_term: HsdsObject & { id: string } })[];
  service_at_locations: (HsdsObject & {
    schedules?: HsdsObject[];
    contacts?: Contact[];
    location: Location;
  })[];
}
