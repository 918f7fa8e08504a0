import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { NetworkModel } from '../network/models/network.model';
import { toNetworkModel } from '../network/network.mapper';
import { CreateNetworkInput } from './dto/create-network.input';
import { PlatformAdminService } from './platform-admin.service';

@Resolver()
export class PlatformAdminResolver {
  constructor(private readonly platformAdmin: PlatformAdminService) {}

  @SignedIn('network.create')
  @Mutation(() => NetworkModel, {
    description: 'Creates a network (platform admins). Invite its coordinators next (inviteUser).',
  })
  async createNetwork(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateNetworkInput,
  ): Promise<NetworkModel> {
    return toNetworkModel(await this.platformAdmin.createNetwork(actor, input));
  }
}
