import { Injectable } from '@nestjs/common';
import { type Network, PrismaClient } from '@linja/db';

import { BadUserInputError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type Connection } from '../common/pagination/connection.model';
import { cursorPart, encodeCursor, toPageRequest } from '../common/pagination/cursor';
import { type OtherHelpArgs } from './dto/other-provider.inputs';
import { type OtherHelpFilter, queryOtherHelp } from './other-help.query';
import { networkPolicy, toOtherProviderModel } from './other-provider.mapper';
import { type OtherProviderModel } from './models/other-provider.model';

/** An offset into the ranking, as search's cursor: `['o', position of the last one shown]`. */
const OTHER_HELP_CURSOR = [cursorPart.literal('o'), cursorPart.offset] as const;
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 100;
/** Furthest offset served: a network lists dozens, not thousands. */
const MAX_OFFSET = 1000;

/**
 * The public read of the "pie": the network's other providers that fit one search (anyone may ask;
 * only current providers within the network's freshness window). Apart from search: never mixed into
 * `searchServices` results, counts or facets.
 */
@Injectable()
export class OtherHelpService {
  constructor(private readonly prisma: PrismaClient) {}

  async fitting(network: Network, args: OtherHelpArgs): Promise<Connection<OtherProviderModel>> {
    const page = toPageRequest(args, OTHER_HELP_CURSOR);
    const offset = page.after?.[1] ?? 0;
    if (offset > MAX_OFFSET) throw new BadUserInputError('after', 'after: too far.');
    const filter: OtherHelpFilter = {
      networkId: network.id,
      place: await this.place(args.municipalityCode),
      themeIds: ids(args.themeIds, 'themeIds'),
      targetGroupIds: ids(args.targetGroupIds, 'targetGroupIds'),
      words: words(args.text),
    };
    const rows = await queryOtherHelp(this.prisma, filter, offset, page.take + 1);
    const total =
      rows[0]?.totalCount ??
      (offset === 0 ? 0 : ((await queryOtherHelp(this.prisma, filter, 0, 1))[0]?.totalCount ?? 0));
    const policy = networkPolicy(network);
    const now = new Date();
    const edges = rows.slice(0, page.take).map((row, index) => ({
      cursor: encodeCursor(['o', offset + index + 1]),
      node: toOtherProviderModel(row, policy, now),
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > page.take, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: total,
    };
  }

  private async place(code: string | null | undefined): Promise<OtherHelpFilter['place']> {
    if (code === undefined || code === null || code === '') return null;
    const municipality = /^\d{3}$/.test(code)
      ? await this.prisma.municipality.findUnique({ where: { code } })
      : null;
    if (!municipality) {
      throw new BadUserInputError('municipalityCode', 'municipalityCode: no such municipality.');
    }
    return {
      municipalityCode: municipality.code,
      wellbeingAreaCode: municipality.wellbeingAreaCode,
      regionCode: municipality.regionCode,
    };
  }
}

function ids(list: string[] | null | undefined, field: string): string[] {
  const given = list ?? [];
  const index = given.findIndex((id) => !isUuid(id));
  if (index >= 0) throw new BadUserInputError(`${field}.${index}`, `${field}: not an id.`);
  return [...new Set(given)];
}

/** The query's words, lower-case, at most 8, each at most 100 characters. */
export function words(text: string | null | undefined): string[] {
  const all = (text ?? '')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);
  return [...new Set(all)].slice(0, MAX_WORDS).map((word) => word.slice(0, MAX_WORD_LENGTH));
}
