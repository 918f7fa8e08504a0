import { Prisma } from '@linja/db';
import { LRUCache } from 'lru-cache';

import { BadUserInputError } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids/is-uuid';
import {
  type MunicipalityScope,
  type MunicipalityScopes,
  resolveMunicipalityScope,
} from '../../region/region-scope';
import { type SearchServicesInput } from '../dto/search-services.input';

/** What looks up the filters' network and municipality: the client or a transaction. */
export type FilterDb = Pick<Prisma.TransactionClient, 'network' | 'municipality'>;

/** The rows a search's filters name, looked up before its statements (lookUpFilters). */
export interface FilterLookups {
  /** The network's id when one is asked for; null when no network has its slug. */
  readonly networkId?: string | null;
  readonly place?: MunicipalityScope;
}

/** The facets, each also a filter that counts disjunctively (every filter but its own). */
export type FacetName = 'theme' | 'targetGroup' | 'language' | 'channel' | 'free' | 'accepting';

/**
 * A search's filters as SQL over service_search_row `s`: `scope` must hold (visibility, network,
 * organisation, age, region); each facet's condition is a filter that the facets count apart.
 */
export interface SearchFilters {
  readonly scope: readonly Prisma.Sql[];
  /**
   * With text and a municipality, its areas as a condition the text indexes answer together with a
   * word (ranking.ts textIn); `scope` holds them too, as a filter of the rows read.
   */
  readonly areas: Prisma.Sql | null;
  readonly facet: Readonly<Record<Exclude<FacetName, 'accepting'>, Prisma.Sql>>;
  /** Has an active delivery (in the municipality, when given) taking / not taking clients. */
  readonly hasAccepting: Prisma.Sql;
  readonly hasFull: Prisma.Sql;
  /** The accepting-clients filter over the flags has_accepting / has_full (TRUE without one). */
  readonly accepting: Prisma.Sql;
  /** Every facet filter over a row `s` (TRUE without any). */
  readonly allFacetsOnRow: Prisma.Sql;
  /** Whether any facet filter is set. */
  readonly hasFacetFilter: boolean;
}

const isSet = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function uuidList(field: string, ids: string[] | null | undefined): string[] | null {
  if (!ids || ids.length === 0) return null;
  if (!ids.every((id) => isUuid(id))) throw new BadUserInputError(field, 'Not a list of ids.');
  return ids;
}

/**
 * Networks' ids by slug, kept per catalogue generation: every change to a network raises the
 * generation (search-generation.ts), so an id read at one is right for every search at the same one.
 */
export class NetworkIds {
  private readonly kept = new LRUCache<string, { id: string | null }>({ max: 1_000 });

  /** The id of the network with `slug` (null: none has it); kept when `generation` is not ''. */
  async resolve(db: FilterDb, slug: string, generation: string): Promise<string | null> {
    const key = `${generation}|${slug}`;
    const known = generation ? this.kept.get(key) : undefined;
    if (known) return known.id;
    const network = await db.network.findUnique({ where: { slug }, select: { id: true } });
    const id = network?.id ?? null;
    if (generation) this.kept.set(key, { id });
    return id;
  }
}

/** What keeps looked-up rows between searches, and the catalogue generation the search reads. */
export interface KeptLookups {
  readonly municipalities: MunicipalityScopes;
  readonly networks: NetworkIds;
  /** '' when nothing may be kept. */
  readonly generation: string;
}

/**
 * Looks up the network and the municipality the filters name (through `kept` when given).
 * Refuses an unknown municipality code.
 */
export async function lookUpFilters(
  db: FilterDb,
  filter: SearchServicesInput,
  kept?: KeptLookups,
): Promise<FilterLookups> {
  const slug = filter.networkSlug;
  const network = slug
    ? kept
      ? { id: await kept.networks.resolve(db, slug, kept.generation) }
      : await db.network.findUnique({ where: { slug }, select: { id: true } })
    : undefined;
  const place = filter.municipalityCode
    ? await (kept
        ? kept.municipalities.resolve(db, filter.municipalityCode)
        : resolveMunicipalityScope(db, filter.municipalityCode))
    : undefined;
  return {
    ...(network === undefined ? {} : { networkId: network?.id ?? null }),
    ...(place ? { place } : {}),
  };
}

/** lookUpFilters, then searchFilters. */
export async function resolveFilters(
  db: FilterDb,
  filter: SearchServicesInput,
  hasText = false,
): Promise<SearchFilters> {
  return searchFilters(filter, await lookUpFilters(db, filter), hasText);
}

/** Checks the input's filters and turns them into SQL, with the rows they name (lookUpFilters). */
export function searchFilters(
  filter: SearchServicesInput,
  lookups: FilterLookups,
  hasText = false,
): SearchFilters {
  // One row per published service (service_search_row, kept by triggers): no joins per search.
  const scope: Prisma.Sql[] = [Prisma.sql`s.visible_until > now()`];
  if (lookups.networkId !== undefined) {
    // The id as a constant (not a sub-select): the planner then knows how many services it has.
    scope.push(
      lookups.networkId ? Prisma.sql`s.network_id = ${lookups.networkId}::uuid` : Prisma.sql`FALSE`,
    );
  }
  if (filter.organizationId) {
    if (!isUuid(filter.organizationId)) throw new BadUserInputError('organizationId', 'Not an id.');
    // The responsible organisation or one with an active delivery.
    scope.push(Prisma.sql`s.organization_ids @> ARRAY[${filter.organizationId}::uuid]`);
  }
  if (filter.age !== null && filter.age !== undefined) {
    if (!Number.isInteger(filter.age) || filter.age < 0 || filter.age > 120) {
      throw new BadUserInputError('age', 'Age must be between 0 and 120.');
    }
    scope.push(Prisma.sql`(s.age_min IS NULL OR s.age_min <= ${filter.age})`);
    scope.push(Prisma.sql`(s.age_max IS NULL OR s.age_max >= ${filter.age})`);
  }
  // Region inclusion (as in ServiceQueryService): an active delivery names the municipality, its
  // wellbeing area or its region, or is nationwide or remote. The row carries the codes its active
  // deliveries name ('m:091', 'w:01', 'r:01'; '*' in `areas` for nationwide or remote), separately
  // for those accepting clients and not.
  let hasAccepting = Prisma.sql`s.accepting_any`;
  let hasFull = Prisma.sql`s.full_any`;
  let areas: Prisma.Sql | null = null;
  const { place } = lookups;
  if (place) {
    const codes = [
      '*',
      `m:${place.municipalityCode}`,
      `w:${place.wellbeingAreaCode}`,
      `r:${place.regionCode}`,
    ];
    // One GIN-indexed condition (the text indexes' second column): areas also holds '*' for a
    // nationwide or remote delivery. With text it is a filter on the text's matches only (coalesce
    // hides it from the indexes): the planner, which cannot tell how few services a query of many
    // words matches, would otherwise read the municipality's services and test each one's three
    // text vectors (seconds at 100 000). A one-word search also gives it to the text indexes with
    // the word (`areas`, ranking.ts textIn).
    const inAreas = Prisma.sql`s.areas && ${codes}::text[]`;
    scope.push(hasText ? Prisma.sql`coalesce(${inAreas}, false)` : inAreas);
    if (hasText) areas = inAreas;
    hasAccepting = Prisma.sql`(s.accepting_everywhere OR s.accepting_areas && ${codes}::text[])`;
    hasFull = Prisma.sql`(s.full_everywhere OR s.full_areas && ${codes}::text[])`;
  }

  const themes = uuidList('themes', filter.themes);
  const targetGroups = uuidList('targetGroups', filter.targetGroups);
  const facet = {
    theme: themes ? Prisma.sql`s.term_ids && ${themes}::uuid[]` : Prisma.sql`TRUE`,
    targetGroup: targetGroups
      ? Prisma.sql`s.term_ids && ${targetGroups}::uuid[]`
      : Prisma.sql`TRUE`,
    language: filter.languages?.length
      ? Prisma.sql`s.service_languages && ${filter.languages}::text[]`
      : Prisma.sql`TRUE`,
    channel: filter.channels?.length
      ? Prisma.sql`s.channels && ${filter.channels}::text[]`
      : Prisma.sql`TRUE`,
    free: isSet(filter.freeOfCharge)
      ? Prisma.sql`(s.cost = 'FREE') = ${filter.freeOfCharge}`
      : Prisma.sql`TRUE`,
  };
  const accepting = isSet(filter.acceptingClients)
    ? Prisma.sql`CASE WHEN ${filter.acceptingClients} THEN b.has_accepting ELSE b.has_full END`
    : Prisma.sql`TRUE`;
  const acceptingOnRow = isSet(filter.acceptingClients)
    ? filter.acceptingClients
      ? hasAccepting
      : hasFull
    : Prisma.sql`TRUE`;
  const allFacetsOnRow = Prisma.join([...Object.values(facet), acceptingOnRow], ' AND ');
  const hasFacetFilter =
    themes !== null ||
    targetGroups !== null ||
    Boolean(filter.languages?.length) ||
    Boolean(filter.channels?.length) ||
    isSet(filter.freeOfCharge) ||
    isSet(filter.acceptingClients);
  return { scope, areas, facet, hasAccepting, hasFull, accepting, allFacetsOnRow, hasFacetFilter };
}
