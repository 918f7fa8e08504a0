import { type ComputedIndicatorKind, Prisma, type PrismaClient } from '@linja/db';

import {
  deliveryAreaCondition,
  municipalityCondition,
  type ResultsFilter,
  serviceAreaCondition,
  serviceCondition,
} from '../filter/results-filter';

/** What a computed figure is counted over: one network, optionally one organisation, one period. */
export interface ComputedScope {
  readonly networkId: string;
  /** Only what this organisation is responsible for, produces or organises. */
  readonly organizationId?: string;
  /** [start, end) as dates (Europe/Helsinki calendar days). */
  readonly start: Date;
  readonly end: Date;
  /**
   * A service, funder or area (checked; `filterApplies` says which kinds take which). Empty or
   * absent: no filter.
   */
  readonly filter?: ResultsFilter;
}

const day = (value: Date) => value.toISOString().slice(0, 10);

/**
 * The responses in the scope: of the network's surveys, answered on a Helsinki day of the period;
 * with an organisation, of its own surveys and of surveys on services it is responsible for or events
 * it organises.
 */
export function feedbackResponsesIn(scope: ComputedScope): Prisma.Sql {
  const org = scope.organizationId ?? null;
  const service = serviceCondition(
    scope.filter ?? {},
    'COALESCE(f.service_id, ev.service_id)',
    day(scope.start),
    day(scope.end),
  );
  return Prisma.sql`
    SELECT r.id FROM feedback_response r
    JOIN feedback_survey f ON f.id = r.survey_id
    LEFT JOIN service sv ON sv.id = f.service_id
    LEFT JOIN event ev ON ev.id = f.event_id
    WHERE f.network_id = ${scope.networkId}::uuid
      AND r.responded_on >= ${day(scope.start)}::date AND r.responded_on < ${day(scope.end)}::date
      AND (${org}::uuid IS NULL OR f.organization_id = ${org}::uuid
           OR sv.responsible_organization_id = ${org}::uuid OR ev.organization_id = ${org}::uuid)
      AND ${service}`;
}

/**
 * The ids of the scope's deliveries that count as reach: ACTIVE deliveries of the network's published
 * services active at some point of the period (with an organisation: those it produces), of the
 * filtered services.
 */
export function activeDeliveryIds(scope: ComputedScope): Prisma.Sql {
  const from = day(scope.start);
  const to = day(scope.end);
  const org = scope.organizationId ?? null;
  return Prisma.sql`
    SELECT d.id FROM service_delivery d JOIN service s ON s.id = d.service_id
    WHERE s.network_id = ${scope.networkId}::uuid AND s.status = 'PUBLISHED' AND d.status = 'ACTIVE'
      AND (d.starts_on IS NULL OR d.starts_on < ${to}::date)
      AND (d.ends_on IS NULL OR d.ends_on >= ${from}::date)
      AND (${org}::uuid IS NULL OR d.organization_id = ${org}::uuid)
      AND ${serviceCondition(scope.filter ?? {}, 'd.service_id', from, to)}`;
}

/**
 * Set-based SQL per kind: one statement each, counted in the database. Instants are compared on the
 * Helsinki calendar day. An organisation scope means: services it is responsible for or produces a
 * delivery of; deliveries it produces; events it organises; presentations it gave; referrals it
 * received; support contacts it made; feedback on its surveys, services and events.
 */
function statement(kind: ComputedIndicatorKind, scope: ComputedScope): Prisma.Sql {
  const from = day(scope.start);
  const to = day(scope.end);
  const org = scope.organizationId ?? null;
  const filter = scope.filter ?? {};
  const ofService = (column: string) => serviceCondition(filter, column, from, to);
  const inArea = (column: string) => municipalityCondition(filter, column);
  const inPeriod = (column: string) =>
    Prisma.sql`(${Prisma.raw(column)} AT TIME ZONE 'Europe/Helsinki')::date >= ${from}::date
      AND (${Prisma.raw(column)} AT TIME ZONE 'Europe/Helsinki')::date < ${to}::date`;
  const activeDeliveries = activeDeliveryIds(scope);
  switch (kind) {
    case 'SERVICES_PUBLISHED':
      return Prisma.sql`
        SELECT count(*) AS value FROM service s
        WHERE s.network_id = ${scope.networkId}::uuid AND s.status = 'PUBLISHED'
          AND (s.created_at AT TIME ZONE 'Europe/Helsinki')::date < ${to}::date
          AND (${org}::uuid IS NULL OR s.responsible_organization_id = ${org}::uuid
               OR EXISTS (SELECT 1 FROM service_delivery d
                          WHERE d.service_id = s.id AND d.organization_id = ${org}::uuid))
          AND ${ofService('s.id')} AND ${serviceAreaCondition(filter, 's.id')}`;
    case 'MUNICIPALITIES_REACHED':
      // A municipality named, or inside a wellbeing area or region named, by an active delivery.
      return Prisma.sql`
        SELECT count(DISTINCT m.code) AS value
        FROM delivery_area a
        JOIN municipality m ON m.code = a.municipality_code
          OR m.wellbeing_area_code = a.wellbeing_area_code OR m.region_code = a.region_code
        WHERE a.delivery_id IN (${activeDeliveries}) AND ${inArea('m.code')}`;
    case 'WELLBEING_AREAS_REACHED':
      return Prisma.sql`
        SELECT count(DISTINCT w.code) AS value
        FROM delivery_area a
        LEFT JOIN municipality m ON m.code = a.municipality_code
        JOIN wellbeing_area w ON w.code = a.wellbeing_area_code OR w.code = m.wellbeing_area_code
          OR w.region_code = a.region_code
        WHERE a.delivery_id IN (${activeDeliveries})
          AND (${filter.wellbeingAreaCode ?? null}::text IS NULL OR w.code = ${filter.wellbeingAreaCode ?? null}::text)`;
    case 'DELIVERIES_OPENED':
      // Deliveries that started in the period (their start date, else their creation).
      return Prisma.sql`
        SELECT count(*) AS value FROM service_delivery d JOIN service s ON s.id = d.service_id
        WHERE s.network_id = ${scope.networkId}::uuid AND d.status <> 'PLANNING'
          AND COALESCE(d.starts_on, (d.created_at AT TIME ZONE 'Europe/Helsinki')::date) >= ${from}::date
          AND COALESCE(d.starts_on, (d.created_at AT TIME ZONE 'Europe/Helsinki')::date) < ${to}::date
          AND (${org}::uuid IS NULL OR d.organization_id = ${org}::uuid)
          AND ${ofService('d.service_id')} AND ${deliveryAreaCondition(filter, 'd.id')}`;
    case 'SERVICES_VERIFIED_ON_TIME':
      // Published services whose last check is within the network's remind period of the period's end.
      return Prisma.sql`
        SELECT count(*) AS value FROM service s JOIN network n ON n.id = s.network_id
        WHERE s.network_id = ${scope.networkId}::uuid AND s.status = 'PUBLISHED'
          AND s.verified_at IS NOT NULL
          AND (s.verified_at AT TIME ZONE 'Europe/Helsinki')::date < ${to}::date
          AND s.verified_at >= (${to}::date - make_interval(months => n.freshness_remind_months))
          AND (${org}::uuid IS NULL OR s.responsible_organization_id = ${org}::uuid)
          AND ${ofService('s.id')} AND ${serviceAreaCondition(filter, 's.id')}`;
    case 'EVENTS_HELD':
      return Prisma.sql`
        SELECT count(*) AS value FROM event e
        WHERE e.network_id = ${scope.networkId}::uuid AND e.status = 'PUBLISHED'
          AND ${inPeriod('e.starts_at')}
          AND (${org}::uuid IS NULL OR e.organization_id = ${org}::uuid)
          AND ${ofService('e.service_id')} AND ${inArea('e.municipality_code')}`;
    case 'EVENT_PARTICIPANTS':
      // Per event: the sign-ups marked attended, else its head count (as eventCounts does).
      return Prisma.sql`
        SELECT COALESCE(sum(COALESCE(NULLIF(marked.n, 0), e.attendance_count, 0)), 0) AS value
        FROM event e
        LEFT JOIN LATERAL (SELECT count(*) AS n FROM event_signup g
                           WHERE g.event_id = e.id AND g.attended IS TRUE) marked ON true
        WHERE e.network_id = ${scope.networkId}::uuid AND e.status = 'PUBLISHED'
          AND ${inPeriod('e.starts_at')}
          AND (${org}::uuid IS NULL OR e.organization_id = ${org}::uuid)
          AND ${ofService('e.service_id')} AND ${inArea('e.municipality_code')}`;
    case 'INFO_SESSION_PRESENTATIONS':
      return Prisma.sql`
        SELECT count(*) AS value FROM info_presentation p JOIN event e ON e.id = p.event_id
        WHERE e.network_id = ${scope.networkId}::uuid AND e.status = 'PUBLISHED'
          AND p.status = 'ACCEPTED' AND ${inPeriod('e.starts_at')}
          AND (${org}::uuid IS NULL OR p.organization_id = ${org}::uuid)
          AND ${inArea('e.municipality_code')}`;
    case 'REFERRALS':
      return Prisma.sql`
        SELECT count(*) AS value FROM referral r
        WHERE r.network_id = ${scope.networkId}::uuid AND ${inPeriod('r.created_at')}
          AND (${org}::uuid IS NULL OR r.organization_id = ${org}::uuid)
          AND ${ofService('r.service_id')} AND ${inArea('r.municipality_code')}`;
    case 'SUPPORT_CONTACTS':
      // Contacts logged by the network's coordinators on a day of the period.
      return Prisma.sql`
        SELECT count(*) AS value FROM support_contact c
        WHERE c.network_id = ${scope.networkId}::uuid
          AND c.contacted_on >= ${from}::date AND c.contacted_on < ${to}::date
          AND (${org}::uuid IS NULL OR c.organization_id = ${org}::uuid)`;
    case 'FEEDBACK_RESPONSES':
      return Prisma.sql`SELECT count(*) AS value FROM (${feedbackResponsesIn(scope)}) r`;
    case 'FEEDBACK_AVERAGE_SCORE':
      // The mean of the SCALE answers (1–5), 2 decimals; 0 when there are none.
      return Prisma.sql`
        SELECT round(avg(a.score), 2) AS value FROM feedback_answer a
        WHERE a.score IS NOT NULL AND a.response_id IN (${feedbackResponsesIn(scope)})`;
  }
}

/** The figure of one computed kind over the scope. */
export async function computeIndicator(
  prisma: PrismaClient | Prisma.TransactionClient,
  kind: ComputedIndicatorKind,
  scope: ComputedScope,
): Promise<number> {
  const rows = await prisma.$queryRaw<{ value: bigint | number | string | null }[]>(
    statement(kind, scope),
  );
  return Number(rows[0]?.value ?? 0);
}
