import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { type Connection, toConnection } from '../common/pagination/connection.model';
import { toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import { type NetworkModel } from './models/network.model';
import { toNetworkModel } from './network.mapper';

@Injectable()
export class NetworkService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Networks by name, then id (a stable keyset order). */
  async list(args: PaginationArgs): Promise<Connection<NetworkModel>> {
    const page = toPageRequest(args, 2);
    const [afterName, afterId] = page.after ?? [];
    const where =
      page.after === undefined
        ? {}
        : {
            OR: [
              { name: { gt: String(afterName) } },
              { name: String(afterName), id: { gt: String(afterId) } },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.network.findMany({
        where,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
        select: { id: true, slug: true, name: true },
      }),
      this.prisma.network.count(),
    ]);
    return toConnection(rows, page, totalCount, (row) => [row.name, row.id], toNetworkModel);
  }
}
