import { type Network } from '@linja/db';

import { type NetworkModel } from './models/network.model';

/** Prisma row → GraphQL model: only the columns the API exposes. */
export function toNetworkModel(row: Pick<Network, 'id' | 'slug' | 'name'>): NetworkModel {
  return { id: row.id, slug: row.slug, name: row.name };
}
