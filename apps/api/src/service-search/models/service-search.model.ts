import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { PageInfo } from '../../common/pagination/connection.model';
import { ServiceModel } from '../../service-offering/models/service.model';
import { ChannelEnum } from '../../service-offering/models/service-enums';

export const SEARCH_LOCALES = ['fi', 'sv', 'en'] as const;
export type TSearchLocale = (typeof SEARCH_LOCALES)[number];
export const SearchLocaleEnum = { fi: 'fi', sv: 'sv', en: 'en' } as const;
registerEnumType(SearchLocaleEnum, { name: 'SearchLocale' });

@ObjectType()
export class TermFacetCount {
  @Field(() => ID, { description: 'The taxonomy term.' })
  termId!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class LanguageFacetCount {
  @Field(() => String, { description: 'ISO 639-1 code.' })
  language!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ChannelFacetCount {
  @Field(() => ChannelEnum)
  channel!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class BooleanFacetCount {
  @Field(() => Boolean)
  value!: boolean;

  @Field(() => Int)
  count!: number;
}

/**
 * How many results each filter value would give. A facet's counts apply every other filter but not its
 * own, so choosing a second theme shows how many the wider choice finds (disjunctive facets).
 */
@ObjectType()
export class ServiceSearchFacets {
  @Field(() => [TermFacetCount])
  themes!: TermFacetCount[];

  @Field(() => [TermFacetCount])
  targetGroups!: TermFacetCount[];

  @Field(() => [LanguageFacetCount])
  languages!: LanguageFacetCount[];

  @Field(() => [ChannelFacetCount])
  channels!: ChannelFacetCount[];

  @Field(() => [BooleanFacetCount])
  freeOfCharge!: BooleanFacetCount[];

  @Field(() => [BooleanFacetCount])
  acceptingClients!: BooleanFacetCount[];
}

@ObjectType()
export class ServiceSearchEdge {
  @Field()
  cursor!: string;

  @Field(() => ServiceModel)
  node!: ServiceModel;

  @Field(() => Boolean, {
    description:
      'True when this service matches only some of the words of the text: it comes after those matching every word (show it as "matches some of your words").',
  })
  partialMatch!: boolean;
}

@ObjectType({ description: 'Services ranked by relevance, with facet counts for the filters.' })
export class ServiceSearchConnection {
  @Field(() => [ServiceSearchEdge])
  edges!: ServiceSearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => Boolean, {
    description:
      'True when no result matches every word of the text: every result matches only some of them (show "results for some of your words"). Results that match most of the words follow those matching every word also when this is false; each edge says whether it is one.',
  })
  partialMatch!: boolean;

  @Field(() => ServiceSearchFacets)
  facets!: ServiceSearchFacets;
}
