import { Injectable } from '@nestjs/common';
import { type Network } from '@linja/db';
import { type TLocale } from '@linja/domain';

import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { HsdsCatalogueService, type ServiceFilter } from './hsds-catalogue.service';
import {
  ORGANIZATIONS_QUERY,
  type Paging,
  pagingOf,
  parseQuery,
  SERVICE_AT_LOCATIONS_QUERY,
  SERVICES_QUERY,
  TAXONOMIES_QUERY,
  TAXONOMY_TERMS_QUERY,
  toPage,
} from './hsds-query.schema';
import { type ServiceRecord } from './hsds-records';
import { toHsdsService, toHsdsServiceSummary } from './hsds-service.mapper';
import {
  TAXONOMY_KINDS,
  type TaxonomyKind,
  taxonomyId,
  toHsdsOrganization,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
} from './hsds-taxonomy.mapper';

/** A response body, with the date to send as Last-Modified when it has a trustworthy one. */
export interface HsdsAnswer {
  readonly body: unknown;
  readonly language: TLocale;
  readonly lastModified?: Date;
}

export interface ServicesRequest {
  /** The network named by `network=`, if any (the NDJSON export needs one: hsds-export-access.ts). */
  readonly network?: Network;
  readonly filter: ServiceFilter;
  readonly paging: Paging;
  readonly full: boolean;
  readonly ndjson: boolean;
}

const notFound = (what: string, id: string) =>
  new DomainError('NOT_FOUND', `No public ${what} with id "${id}".`, { id });

/** The HSDS endpoints' logic: parameters in, HSDS objects out (hsds.controller.ts sends them). */
@Injectable()
export class HsdsReadService {
  constructor(private readonly catalogue: HsdsCatalogueService) {}

  /** /services' parameters, checked (BAD_USER_INPUT naming the parameter otherwise). */
  async servicesRequest(query: unknown): Promise<ServicesRequest> {
    const q = parseQuery(SERVICES_QUERY, query);
    const ndjson = q.format === 'ndjson';
    for (const field of ['page', 'per_page', 'full'] as const) {
      if (ndjson && q[field] !== undefined) {
        throw new BadUserInputError(field, `${field}: not with format=ndjson (it is never paged).`);
      }
    }
    const network = await this.networkOf(q.network);
    const filter: ServiceFilter = {
      networkId: network?.id,
      organizationId: q.organization_id,
      taxonomyTermId: q.taxonomy_term_id,
      taxonomy: q.taxonomy_id ? await this.taxonomyOf(q.taxonomy_id) : undefined,
      modifiedAfter: q.modified_after,
      search: q.search,
    };
    return { network, filter, paging: pagingOf(q), full: q.full === 'true', ndjson };
  }

  async services({ filter, paging, full }: ServicesRequest): Promise<HsdsAnswer> {
    const { ids, total } = await this.catalogue.servicePage(filter, paging.page, paging.perPage);
    const records = await this.catalogue.loadRecords(ids, { places: full });
    const map = full ? toHsdsService : toHsdsServiceSummary;
    const items = records.map((record) => map(record, paging.language));
    return { body: toPage(items, total, paging), language: paging.language };
  }

  async service(id: string, language: TLocale): Promise<HsdsAnswer> {
    const record = await this.record(id);
    return { body: toHsdsService(record, language), language, lastModified: record.lastModified };
  }

  async organizations(query: unknown): Promise<HsdsAnswer> {
    const q = parseQuery(ORGANIZATIONS_QUERY, query);
    const paging = pagingOf(q);
    const network = await this.networkOf(q.network);
    const { rows, total } = await this.catalogue.organizationPage(
      network?.id,
      q.search,
      paging.page,
      paging.perPage,
    );
    const items = rows.map((row) => toHsdsOrganization(row, paging.language));
    return { body: toPage(items, total, paging), language: paging.language };
  }

  /** The organisation with the public services it answers for (one-to-one fields each). */
  async organization(id: string, language: TLocale): Promise<HsdsAnswer> {
    const row = isUuid(id) ? await this.catalogue.publicOrganization(id) : null;
    if (!row) throw notFound('organization', id);
    const records = await this.catalogue.loadRecords(
      await this.catalogue.serviceIdsOfOrganization(id),
      { places: false },
    );
    return {
      body: {
        ...toHsdsOrganization(row, language),
        services: records.map((record) => toHsdsServiceSummary(record, language)),
      },
      language,
    };
  }

  async serviceAtLocations(query: unknown): Promise<HsdsAnswer> {
    const q = parseQuery(SERVICE_AT_LOCATIONS_QUERY, query);
    const paging = pagingOf(q);
    const network = await this.networkOf(q.network);
    const { rows, total } = await this.catalogue.locationPage(
      network?.id,
      paging.page,
      paging.perPage,
    );
    const records = await this.catalogue.loadRecords([
      ...new Set(rows.map((row) => row.serviceId)),
    ]);
    const byService = new Map(records.map((record) => [record.service.id, record]));
    const items = rows.flatMap(({ locationId, serviceId }) => {
      const record = byService.get(serviceId);
      if (!record) return [];
      const full = toHsdsService(record, paging.language);
      const item = full.service_at_locations.find((sal) => sal.location_id === locationId);
      return item ? [{ ...item, service: toHsdsServiceSummary(record, paging.language) }] : [];
    });
    return { body: toPage(items, total, paging), language: paging.language };
  }

  async taxonomies(query: unknown): Promise<HsdsAnswer> {
    const q = parseQuery(TAXONOMIES_QUERY, query);
    const paging = pagingOf(q);
    const network = await this.networkOf(q.network);
    const all = (await this.catalogue.networks(network?.id)).flatMap((row) =>
      TAXONOMY_KINDS.map((kind) => toHsdsTaxonomy(row, kind, paging.language)),
    );
    const start = (paging.page - 1) * paging.perPage;
    const items = all.slice(start, start + paging.perPage);
    return { body: toPage(items, all.length, paging), language: paging.language };
  }

  async taxonomy(id: string, language: TLocale): Promise<HsdsAnswer> {
    const found = isUuid(id) ? await this.findTaxonomy(id) : undefined;
    if (!found) throw notFound('taxonomy', id);
    return { body: toHsdsTaxonomy(found.network, found.kind, language), language };
  }

  async taxonomyTerms(query: unknown): Promise<HsdsAnswer> {
    const q = parseQuery(TAXONOMY_TERMS_QUERY, query);
    const paging = pagingOf(q);
    const network = await this.networkOf(q.network);
    const taxonomy = q.taxonomy_id ? await this.taxonomyOf(q.taxonomy_id) : undefined;
    if (taxonomy && network && taxonomy.networkId !== network.id) {
      return { body: toPage([], 0, paging), language: paging.language };
    }
    const { rows, total } = await this.catalogue.termPage(
      { networkId: taxonomy?.networkId ?? network?.id, kind: taxonomy?.kind, search: q.search },
      paging.page,
      paging.perPage,
    );
    const networks = new Map(
      (await this.catalogue.networks()).map((row) => [row.id, row] as const),
    );
    const items = rows.flatMap((term) => {
      const owner = networks.get(term.networkId);
      return owner ? [toHsdsTaxonomyTerm(term, owner, paging.language)] : [];
    });
    return { body: toPage(items, total, paging), language: paging.language };
  }

  async taxonomyTerm(id: string, language: TLocale): Promise<HsdsAnswer> {
    const term = isUuid(id) ? await this.catalogue.term(id) : null;
    if (!term) throw notFound('taxonomy term', id);
    return { body: toHsdsTaxonomyTerm(term, term.network, language), language };
  }

  /** The public service with this id: NOT_FOUND for an unknown, unpublished or hidden one alike. */
  private async record(id: string): Promise<ServiceRecord> {
    const [record] = isUuid(id) ? await this.catalogue.loadRecords([id]) : [];
    if (!record) throw notFound('service', id);
    return record;
  }

  private async networkOf(slugOrId: string | undefined): Promise<Network | undefined> {
    if (slugOrId === undefined) return undefined;
    const network = await this.catalogue.findNetwork(slugOrId, isUuid(slugOrId));
    if (!network) throw new BadUserInputError('network', `network: no network "${slugOrId}".`);
    return network;
  }

  private async findTaxonomy(
    id: string,
  ): Promise<{ network: Network; kind: TaxonomyKind } | undefined> {
    for (const network of await this.catalogue.networks()) {
      const kind = TAXONOMY_KINDS.find((candidate) => taxonomyId(network.id, candidate) === id);
      if (kind) return { network, kind };
    }
    return undefined;
  }

  private async taxonomyOf(id: string): Promise<{ networkId: string; kind: TaxonomyKind }> {
    const found = await this.findTaxonomy(id);
    if (!found) throw new BadUserInputError('taxonomy_id', `taxonomy_id: no taxonomy "${id}".`);
    return { networkId: found.network.id, kind: found.kind };
  }
}
