import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type GraphQLContext } from '../graphql/graphql-context';
import { NetworkModel } from '../network/models/network.model';
import { toNetworkModel } from '../network/network.mapper';
import { OrganizationModel } from '../organization/models/organization.model';
import { toOrganizationModel } from '../organization/organization.mapper';
import { RoleAssignmentModel } from './models/identity.models';

/**
 * The network and organisation a role is held in, so a client can name the person's workspaces
 * (admin's tenant switcher) in the same request as `me`. Both are public profiles.
 */
@Resolver(() => RoleAssignmentModel)
export class RoleAssignmentResolver {
  @ResolveField(() => NetworkModel, {
    nullable: true,
    description: 'COORDINATOR and PROFESSIONAL: the network.',
  })
  async network(
    @Parent() role: RoleAssignmentModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<NetworkModel | null> {
    if (!role.networkId) return null;
    const row = await loaders.networkById.load(role.networkId);
    return row ? toNetworkModel(row) : null;
  }

  @ResolveField(() => OrganizationModel, {
    nullable: true,
    description: 'ORG_ADMIN and ORG_EDITOR: the organisation.',
  })
  async organization(
    @Parent() role: RoleAssignmentModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<OrganizationModel | null> {
    if (!role.organizationId) return null;
    const row = await loaders.organizationById.load(role.organizationId);
    return row ? toOrganizationModel(row) : null;
  }
}
