import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { toLocalizedText } from '../common/localization/localized-text.util';
import { echoInput } from '../common/text/clip';
import { type NetworkReferralCountsArgs } from './dto/referral.inputs';
import { type NetworkReferralCountsModel } from './models/referral.model';
import {
  type ReferralDeclineReason,
  type ReferralKind,
  type ReferralStatus,
} from './models/referral-enums';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 3 * 366;

interface CountRow {
  service_id: string;
  month: string;
  kind: ReferralKind;
  status: ReferralStatus;
  decline_reason: string | null;
  count: bigint | number;
  median_hours: number | null;
}

function isoDay(value: string, field: string): Date {
  const date = new Date(`${value}T00:00:00.000Z`);
  if (
    !ISO_DATE.test(value) ||
    Number.isNaN(date.getTime()) ||
    !date.toISOString().startsWith(value)
  ) {
    throw new BadUserInputError(field, `${field}: not a date "YYYY-MM-DD".`);
  }
  return date;
}

/**
 * The network's referral counts for its coordinators (`referral.counts`): by service, month of
 * arrival (Helsinki), kind and status (the outcome once decided, with the decline reason), and the
 * median hours to first contact. Never a person's data; the counts survive erasure, which only
 * empties the encrypted columns.
 */
@Injectable()
export class ReferralCountsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
  ) {}

  async counts(actor: Actor, args: NetworkReferralCountsArgs): Promise<NetworkReferralCountsModel> {
    const from = isoDay(args.from, 'from');
    const to = isoDay(args.to, 'to');
    if (to < from) throw new BadUserInputError('to', 'to: must not be before from.');
    if ((to.getTime() - from.getTime()) / 86_400_000 > MAX_DAYS) {
      throw new BadUserInputError('to', 'to: at most three years after from.');
    }
    const network = await this.prisma.network.findUnique({
      where: { slug: args.networkSlug },
      select: { id: true, slug: true },
    });
    if (!network) {
      throw new DomainError('NOT_FOUND', `No network ${echoInput(args.networkSlug)}.`, {
        entity: 'Network',
      });
    }
    this.authz.assert(actor, 'referral.counts', { networkId: network.id });
    const rows = await this.prisma.$queryRaw<CountRow[]>`
      SELECT service_id::text AS service_id,
             to_char(created_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month,
             kind::text AS kind, status::text AS status, decline_reason,
             count(*) AS count,
             percentile_cont(0.5) WITHIN GROUP (
               ORDER BY extract(epoch FROM first_contact_at - created_at) / 3600
             ) FILTER (WHERE first_contact_at IS NOT NULL) AS median_hours
      FROM referral
      WHERE network_id = ${network.id}::uuid
        AND (created_at AT TIME ZONE 'Europe/Helsinki')::date BETWEEN ${args.from}::date AND ${args.to}::date
      GROUP BY 1, 2, 3, 4, 5
      ORDER BY 2, 1, 3, 4, 5`;
    const [overall] = await this.prisma.$queryRaw<
      { total: bigint | number; median_hours: number | null }[]
    >`
      SELECT count(*) AS total,
             percentile_cont(0.5) WITHIN GROUP (
               ORDER BY extract(epoch FROM first_contact_at - created_at) / 3600
             ) FILTER (WHERE first_contact_at IS NOT NULL) AS median_hours
      FROM referral
      WHERE network_id = ${network.id}::uuid
        AND (created_at AT TIME ZONE 'Europe/Helsinki')::date BETWEEN ${args.from}::date AND ${args.to}::date`;
    const services = await this.prisma.service.findMany({
      where: { id: { in: [...new Set(rows.map((row) => row.service_id))] } },
      select: { id: true, sortName: true, publishedRevision: { select: { content: true } } },
    });
    const names = new Map(
      services.map((service) => {
        const content = service.publishedRevision?.content as { name?: unknown } | undefined;
        const name = toLocalizedText(content?.name);
        return [service.id, name.fi ? name : { ...name, fi: service.sortName }];
      }),
    );
    const hours = (value: number | null) => (value === null ? null : Math.round(value));
    return {
      networkSlug: network.slug,
      from: args.from,
      to: args.to,
      total: Number(overall?.total ?? 0),
      medianHoursToFirstContact: hours(overall?.median_hours ?? null),
      rows: rows.map((row) => ({
        serviceId: row.service_id,
        serviceName: names.get(row.service_id) ?? toLocalizedText(null),
        month: row.month,
        kind: row.kind,
        status: row.status,
        declineReason: row.decline_reason as ReferralDeclineReason | null,
        count: Number(row.count),
        medianHoursToFirstContact: hours(row.median_hours),
      })),
    };
  }
}
