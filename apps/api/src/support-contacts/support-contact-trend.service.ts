import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { type SupportContactTrendArgs } from './dto/support-contacts.inputs';
import { parseInput, ZTrendYears } from './dto/support-contacts.schema';
import { type SupportContactTrendModel } from './models/support-contact.model';
import { toSupportTopicModel } from './support-contacts.mapper';
import { managedNetworkBySlug } from './support-contacts-access';

interface TrendRow {
  year: number | bigint;
  topic_id: string | null;
  /** 1 for the per-year total row (topic not grouped). */
  is_total: number | bigint;
  count: bigint | number;
}

/**
 * The yearly trend by topic (seed 002: "rising trend charts"): contacts per year and topic, and per
 * year in all, in one grouped statement over the network's contacts.
 */
@Injectable()
export class SupportContactTrendService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
  ) {}

  async trend(actor: Actor, args: SupportContactTrendArgs): Promise<SupportContactTrendModel> {
    const network = await managedNetworkBySlug(this.prisma, this.authz, actor, args.networkSlug);
    const { fromYear, toYear } = parseInput(
      ZTrendYears,
      {
        fromYear: args.fromYear,
        toYear: args.toYear,
      },
      '',
    );
    const rows = await this.prisma.$queryRaw<TrendRow[]>`
      SELECT extract(year FROM c.contacted_on)::int AS year,
             t.topic_id::text AS topic_id,
             grouping(t.topic_id) AS is_total,
             count(DISTINCT c.id) AS count
      FROM support_contact c
      LEFT JOIN support_contact_topic t ON t.contact_id = c.id
      WHERE c.network_id = ${network.id}::uuid
        AND c.contacted_on >= make_date(${fromYear}::int, 1, 1)
        AND c.contacted_on < make_date(${toYear}::int + 1, 1, 1)
      GROUP BY GROUPING SETS (
        (extract(year FROM c.contacted_on), t.topic_id),
        (extract(year FROM c.contacted_on))
      )`;
    const topics = await this.prisma.supportTopic.findMany({
      where: { networkId: network.id },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
    const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
    const index = new Map(years.map((year, i) => [year, i]));
    const zeros = () => years.map(() => 0);
    const totals = zeros();
    const perTopic = new Map<string | null, number[]>();
    for (const row of rows) {
      const i = index.get(Number(row.year));
      if (i === undefined) continue;
      if (Number(row.is_total) === 1) {
        totals[i] = Number(row.count);
        continue;
      }
      const counts = perTopic.get(row.topic_id) ?? zeros();
      counts[i] = Number(row.count);
      perTopic.set(row.topic_id, counts);
    }
    const withoutTopic = perTopic.get(null);
    return {
      years,
      totals,
      topics: [
        ...topics.map((topic) => ({
          topic: toSupportTopicModel(topic),
          counts: perTopic.get(topic.id) ?? zeros(),
        })),
        ...(withoutTopic ? [{ topic: null, counts: withoutTopic }] : []),
      ],
    };
  }
}
