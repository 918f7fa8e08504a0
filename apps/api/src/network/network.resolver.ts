import { Args, Query, Resolver } from '@nestjs/graphql';

import { PaginationArgs } from '../common/pagination/pagination.args';
import { NetworkConnection, NetworkModel } from './models/network.model';
import { NetworkService } from './network.service';

@Resolver(() => NetworkModel)
export class NetworkResolver {
  constructor(private readonly networkService: NetworkService) {}

  @Query(() => NetworkConnection, { description: 'The networks on this Linja instance.' })
  networks(@Args() args: PaginationArgs): Promise<NetworkConnection> {
    return this.networkService.list(args);
  }
}
