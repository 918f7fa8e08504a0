import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../auth/access.decorators';
import { type Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import { NetworkModel } from '../../network/models/network.model';
import {
  CreateSearchSynonymInput,
  SearchSynonymConnection,
  SearchSynonymModel,
  UpdateSearchSynonymInput,
} from './search-synonym.model';
import { SearchSynonymService } from './search-synonym.service';

/** The network's search synonym list (its coordinators and platform admins). */
@Resolver(() => NetworkModel)
export class SearchSynonymResolver {
  constructor(private readonly synonyms: SearchSynonymService) {}

  @ResolveField(() => SearchSynonymConnection, {
    description:
      'The synonym groups the network’s search uses, oldest first (its coordinators and platform admins).',
  })
  searchSynonyms(
    @Parent() network: NetworkModel,
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<SearchSynonymConnection> {
    return this.synonyms.list(actor, network.id, args);
  }

  @SignedIn('search.manageSynonyms')
  @Mutation(() => SearchSynonymModel, {
    description:
      'Adds a synonym group to the network’s search (its coordinators). CONFLICT when the same words already form a group in that language.',
  })
  createSearchSynonym(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateSearchSynonymInput,
  ): Promise<SearchSynonymModel> {
    return this.synonyms.create(actor, input);
  }

  @SignedIn('search.manageSynonyms')
  @Mutation(() => SearchSynonymModel, {
    description: 'Changes a synonym group’s words or language (its network’s coordinators).',
  })
  updateSearchSynonym(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateSearchSynonymInput,
  ): Promise<SearchSynonymModel> {
    return this.synonyms.update(actor, input);
  }

  @SignedIn('search.manageSynonyms')
  @Mutation(() => ID, {
    description: 'Removes a synonym group (its network’s coordinators); returns its id.',
  })
  deleteSearchSynonym(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.synonyms.delete(actor, id);
  }
}
