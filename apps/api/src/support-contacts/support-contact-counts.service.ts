import { Injectable } from '@nestjs/common';
import { PrismaClient, type SupportContactChannel } from '@linja/db';

/** A period of days, both ends inclusive ("YYYY-MM-DD"). */
export interface DayPeriod {
  readonly from: string;
  readonly to: string;
}

export interface SupportContactCounts {
  /** Contacts in the period, each once. */
  readonly total: number;
  /** Contacts per topic (a contact with two topics counts under both). */
  readonly byTopic: readonly { topicId: string; count: number }[];
  readonly byChannel: readonly { channel: SupportContactChannel; count: number }[];
}

interface CountRow {
  kind: 'total' | 'topic' | 'channel';
  key: string | null;
  count: bigint | number;
}

/**
 * Support-contact counts of a network and period, for the indicators (issue 16: "computed by Linja").
 * No authorization here: the caller (an indicator computation) has checked who asks. One grouped
 * statement (GROUPING SETS) gives the total, the per-topic and the per-channel counts.
 */
@Injectable()
export class SupportContactCountsService {
  constructor(private readonly prisma: PrismaClient) {}

  async count(networkId: string, period: DayPeriod): Promise<SupportContactCounts> {
    const rows = await this.prisma.$queryRaw<CountRow[]>`
      SELECT CASE
               WHEN grouping(t.topic_id) = 0 THEN 'topic'
               WHEN grouping(c.channel) = 0 THEN 'channel'
               ELSE 'total'
             END AS kind,
             coalesce(t.topic_id::text, c.channel::text) AS key,
             count(DISTINCT c.id) AS count
      FROM support_contact c
      LEFT JOIN support_contact_topic t ON t.contact_id = c.id
      WHERE c.network_id = ${networkId}::uuid
        AND c.contacted_on BETWEEN ${period.from}::date AND ${period.to}::date
      GROUP BY GROUPING SETS ((), (t.topic_id), (c.channel))`;
    let total = 0;
    const byTopic: { topicId: string; count: number }[] = [];
    const byChannel: { channel: SupportContactChannel; count: number }[] = [];
    for (const row of rows) {
      const count = Number(row.count);
      if (row.kind === 'total') total = count;
      else if (row.kind === 'topic' && row.key !== null) byTopic.push({ topicId: row.key, count });
      else if (row.kind === 'channel' && row.key !== null) {
        byChannel.push({ channel: row.key as SupportContactChannel, count });
      }
    }
    return { total, byTopic, byChannel };
  }
}
