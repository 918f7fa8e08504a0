import type DataLoader from 'dataloader';
import { type GraphQLResolveInfo } from 'graphql';

import { selectsPath, selectsPathWithArgument } from '../../graphql/selection';
import { type Loaders } from '../../loaders/loaders';
import { type ServiceParent } from '../../service-offering/service-offering.mapper';
import { type ServiceSearchConnection } from '../models/service-search.model';
import { type PageRowsShown } from '../query/page-rows';
import { type AnswerRowKind, type SearchAnswerRows } from './search-answer-rows';

/**
 * Fills the request's DataLoaders with the kept rows of a search answer (search-answer-rows.ts): the
 * published revisions, deliveries (and their areas) and responsible organisations of the page's
 * services and the facets' terms —
 * each kind only when the operation asks for a field that reads it, so an answer that does not
 * show them reads none. Rows not kept are read through the loaders themselves (the same batched
 * statements the field resolvers would send) and kept. The field resolvers then find every row in
 * their loader.
 */
export async function primeAnswerLoaders(
  rows: SearchAnswerRows,
  loaders: Loaders,
  generation: string,
  connection: ServiceSearchConnection,
  info: GraphQLResolveInfo,
): Promise<void> {
  if (!rows.enabled) return;
  const services = connection.edges.map((edge) => edge.node as ServiceParent);
  const asks = (...paths: string[][]) => paths.some((path) => selectsPath(info, path));
  const shown = answerShows(info);
  const reads: Promise<unknown>[] = [];
  if (shown.revisions) {
    const ids = services.flatMap((service) => service.publishedRevisionId ?? []);
    reads.push(prime(rows, 'revision', generation, ids, loaders.revisionById));
  }
  if (shown.deliveries) {
    const ids = services.map((service) => service.id);
    const deliveries = prime(rows, 'deliveries', generation, ids, loaders.deliveriesByServiceId);
    if (shown.areas) {
      const areas = async () => {
        const ids = (await deliveries).flatMap((list) => (list ?? []).map((row) => row.id));
        await prime(rows, 'areas', generation, ids, loaders.areasByDeliveryId);
      };
      reads.push(areas());
    } else {
      reads.push(deliveries);
    }
  }
  if (asks(['edges', 'node', 'responsibleOrganization'])) {
    const ids = services.map((service) => service.responsibleOrganizationId);
    reads.push(prime(rows, 'organization', generation, ids, loaders.organizationById));
  }
  if (asks(['facets', 'themes', 'term'], ['facets', 'targetGroups', 'term'])) {
    const { themes, targetGroups } = connection.facets;
    const ids = [...themes, ...targetGroups].map((facet) => facet.termId);
    reads.push(prime(rows, 'term', generation, ids, loaders.termById));
  }
  await Promise.all(reads);
}

/**
 * What a search answer shows of its services besides themselves: their published revisions (their
 * content, or their name: a service's name is its published revision's for whoever may not see its
 * drafts), their deliveries, and the deliveries' areas (deliveries asked for a municipality: which
 * of them serve it).
 */
export function answerShows(info: GraphQLResolveInfo): PageRowsShown {
  const node = (...field: string[]) => ['edges', 'node', ...field];
  return {
    revisions: selectsPath(info, node('published')) || selectsPath(info, node('name')),
    deliveries: selectsPath(info, node('deliveries')),
    areas: selectsPathWithArgument(info, node('deliveries'), 'municipalityCode'),
  };
}

/** The rows of `ids` (each once, in order), from the kept ones or the loader, primed in the loader. */
async function prime<V extends object>(
  rows: SearchAnswerRows,
  kind: AnswerRowKind,
  generation: string,
  ids: readonly string[],
  loader: Pick<DataLoader<string, V | null>, 'loadMany' | 'prime'>,
): Promise<(V | null)[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await rows.read(kind, generation, unique, (missing) => loader.loadMany(missing));
  unique.forEach((id, index) => {
    const row = found[index];
    if (row) loader.prime(id, row);
  });
  return found;
}
