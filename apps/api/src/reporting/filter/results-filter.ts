import { Field, ID, InputType } from '@nestjs/graphql';
import { type ComputedIndicatorKind, type FundingType as DbFundingType, Prisma } from '@linja/db';

import { type Actor } from '../../auth/actor';
import { type AuthorizationService } from '../../authz/authorization.service';
import { BadUserInputError, DomainError } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids/is-uuid';
import { FundingType } from '../models/reporting-enums';

@InputType({
  description:
    'Narrows the results to a service, a funder or an area. A figure whose source has no such dimension is not given (IndicatorResult.filterApplies false).',
})
export class IndicatorResultsFilterInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'A service of the network (with organizationId: one the organisation answers for or produces).',
  })
  serviceId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Services with a funding source of this funder overlapping the period.',
  })
  funderName?: string | null;

  @Field(() => FundingType, {
    nullable: true,
    description: 'Services with a funding source of this type overlapping the period.',
  })
  fundingType?: FundingType | null;

  @Field(() => String, { nullable: true, description: 'A wellbeing area (2 digits).' })
  wellbeingAreaCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A municipality (3 digits); not with wellbeingAreaCode.',
  })
  municipalityCode?: string | null;
}

/** A checked filter: ids and codes that exist, in the reader's scope. */
export interface ResultsFilter {
  readonly serviceId?: string;
  readonly funderName?: string;
  readonly fundingType?: DbFundingType;
  readonly wellbeingAreaCode?: string;
  readonly municipalityCode?: string;
}

const FIELD = 'filter';

/**
 * Checks the filter against the database: the service is the network's (and, with an organisation,
 * that organisation's — FORBIDDEN for a reader who may read only the organisation's results), the
 * funder funds a service of the network, the codes exist. BAD_USER_INPUT naming the field otherwise.
 */
export async function checkResultsFilter(
  prisma: Prisma.TransactionClient,
  authz: AuthorizationService,
  actor: Actor,
  networkId: string,
  organizationId: string | undefined,
  input: IndicatorResultsFilterInput | null | undefined,
): Promise<ResultsFilter> {
  if (!input) return {};
  const filter: {
    -readonly [K in keyof ResultsFilter]: ResultsFilter[K];
  } = {};
  if (input.serviceId) {
    const field = `${FIELD}.serviceId`;
    const service = isUuid(input.serviceId)
      ? await prisma.service.findUnique({
          where: { id: input.serviceId },
          select: {
            networkId: true,
            responsibleOrganizationId: true,
            deliveries: { select: { organizationId: true } },
          },
        })
      : null;
    if (service?.networkId !== networkId) {
      throw new BadUserInputError(field, `${field}: not a service of the network.`);
    }
    const ofOrganization =
      !organizationId ||
      service.responsibleOrganizationId === organizationId ||
      service.deliveries.some((delivery) => delivery.organizationId === organizationId);
    if (!ofOrganization) {
      if (!authz.can(actor, 'reporting.read', { networkId })) {
        throw new DomainError('FORBIDDEN', 'The service is not the organisation’s.', { field });
      }
      throw new BadUserInputError(field, `${field}: not a service of the organisation.`);
    }
    filter.serviceId = input.serviceId;
  }
  if (input.funderName !== undefined && input.funderName !== null) {
    const field = `${FIELD}.funderName`;
    const name = input.funderName.trim();
    const known = name
      ? await prisma.fundingSource.findFirst({
          where: { funderName: name, service: { networkId } },
          select: { id: true },
        })
      : null;
    if (!known)
      throw new BadUserInputError(field, `${field}: no funder of the network by that name.`);
    filter.funderName = name;
  }
  if (input.fundingType) filter.fundingType = input.fundingType;
  if (input.wellbeingAreaCode && input.municipalityCode) {
    throw new BadUserInputError(
      `${FIELD}.municipalityCode`,
      `${FIELD}.municipalityCode: give a wellbeing area or a municipality, not both.`,
    );
  }
  if (input.wellbeingAreaCode) {
    const field = `${FIELD}.wellbeingAreaCode`;
    const area = /^\d{2}$/.test(input.wellbeingAreaCode)
      ? await prisma.wellbeingArea.findUnique({ where: { code: input.wellbeingAreaCode } })
      : null;
    if (!area) throw new BadUserInputError(field, `${field}: no such wellbeing area.`);
    filter.wellbeingAreaCode = area.code;
  }
  if (input.municipalityCode) {
    const field = `${FIELD}.municipalityCode`;
    const municipality = /^\d{3}$/.test(input.municipalityCode)
      ? await prisma.municipality.findUnique({ where: { code: input.municipalityCode } })
      : null;
    if (!municipality) throw new BadUserInputError(field, `${field}: no such municipality.`);
    filter.municipalityCode = municipality.code;
  }
  return filter;
}

export const byService = (filter: ResultsFilter): boolean =>
  Boolean(filter.serviceId ?? filter.funderName ?? filter.fundingType);
export const byArea = (filter: ResultsFilter): boolean =>
  Boolean(filter.wellbeingAreaCode ?? filter.municipalityCode);

/** Kinds whose source knows its service (directly, or an event's or a survey's service). */
const SERVICE_KINDS: ReadonlySet<ComputedIndicatorKind> = new Set<ComputedIndicatorKind>([
  'SERVICES_PUBLISHED',
  'MUNICIPALITIES_REACHED',
  'WELLBEING_AREAS_REACHED',
  'DELIVERIES_OPENED',
  'SERVICES_VERIFIED_ON_TIME',
  'EVENTS_HELD',
  'EVENT_PARTICIPANTS',
  'REFERRALS',
  'FEEDBACK_RESPONSES',
  'FEEDBACK_AVERAGE_SCORE',
]);

/** Kinds whose source has a place: deliveries' areas, an event's or a referral's municipality. */
const AREA_KINDS: ReadonlySet<ComputedIndicatorKind> = new Set<ComputedIndicatorKind>([
  'SERVICES_PUBLISHED',
  'MUNICIPALITIES_REACHED',
  'WELLBEING_AREAS_REACHED',
  'DELIVERIES_OPENED',
  'SERVICES_VERIFIED_ON_TIME',
  'EVENTS_HELD',
  'EVENT_PARTICIPANTS',
  'INFO_SESSION_PRESENTATIONS',
  'REFERRALS',
]);

/**
 * Whether the filter can be applied to an indicator's source. Reported figures are per service (so a
 * service or funder filter applies) but not per area; a municipality holds no wellbeing areas.
 */
export function filterApplies(
  filter: ResultsFilter,
  source: 'COMPUTED' | 'REPORTED',
  kind: ComputedIndicatorKind | null,
): boolean {
  if (source === 'REPORTED') return !byArea(filter);
  if (!kind) return false;
  if (byService(filter) && !SERVICE_KINDS.has(kind)) return false;
  if (byArea(filter) && !AREA_KINDS.has(kind)) return false;
  if (filter.municipalityCode && kind === 'WELLBEING_AREAS_REACHED') return false;
  return true;
}

/**
 * `column` (a service id) is the filtered service and funded by the filtered funder in [from, to).
 * TRUE without a service or funder filter.
 */
export function serviceCondition(
  filter: ResultsFilter,
  column: string,
  from: string,
  to: string,
): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.serviceId) parts.push(Prisma.sql`${Prisma.raw(column)} = ${filter.serviceId}::uuid`);
  if (filter.funderName || filter.fundingType) {
    parts.push(Prisma.sql`${Prisma.raw(column)} IN (
      SELECT fs.service_id FROM funding_source fs
      WHERE fs.starts_on < ${to}::date AND (fs.ends_on IS NULL OR fs.ends_on >= ${from}::date)
        AND (${filter.funderName ?? null}::text IS NULL OR fs.funder_name = ${filter.funderName ?? null}::text)
        AND (${filter.fundingType ?? null}::text IS NULL OR fs.type::text = ${filter.fundingType ?? null}::text))`);
  }
  return parts.length > 0 ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`;
}

/** `column` (a municipality code) lies in the filtered area; TRUE without an area filter. */
export function municipalityCondition(filter: ResultsFilter, column: string): Prisma.Sql {
  if (filter.municipalityCode) {
    return Prisma.sql`${Prisma.raw(column)} = ${filter.municipalityCode}`;
  }
  if (filter.wellbeingAreaCode) {
    return Prisma.sql`${Prisma.raw(column)} IN (SELECT code FROM municipality WHERE wellbeing_area_code = ${filter.wellbeingAreaCode})`;
  }
  return Prisma.sql`TRUE`;
}

/**
 * The delivery `column` reaches the filtered area by the reach rule (a municipality named, or inside
 * a wellbeing area or region named); TRUE without an area filter.
 */
export function deliveryAreaCondition(filter: ResultsFilter, column: string): Prisma.Sql {
  if (!byArea(filter)) return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (
    SELECT 1 FROM delivery_area fa
    JOIN municipality fm ON fm.code = fa.municipality_code
      OR fm.wellbeing_area_code = fa.wellbeing_area_code OR fm.region_code = fa.region_code
    WHERE fa.delivery_id = ${Prisma.raw(column)} AND ${municipalityCondition(filter, 'fm.code')})`;
}

/** The service `column` has an ACTIVE delivery reaching the filtered area; TRUE without one. */
export function serviceAreaCondition(filter: ResultsFilter, column: string): Prisma.Sql {
  if (!byArea(filter)) return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (
    SELECT 1 FROM service_delivery fd
    WHERE fd.service_id = ${Prisma.raw(column)} AND fd.status = 'ACTIVE'
      AND ${deliveryAreaCondition(filter, 'fd.id')})`;
}
