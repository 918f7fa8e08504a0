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

  @Field(() => Int, {
    description:
      'How many services match. A search reads at most 1000 matches (a bounded amount of work whatever the catalogue size): when more match, this is 1000 and totalCountExact is false (show "over 1000").',
  })
  totalCount!: number;

  @Field(() => Boolean, {
    description: 'False when more services match than totalCount says (it is then a lower bound).',
  })
  totalCountExact!: boolean;

  @Field(() => Boolean, {
    description:
      'False when the facets count only the first 1000 matches (best first) because more matched: their counts are then approximate (show them as such).',
  })
  facetsExact!: boolean;

  @Field(() => Boolean, {
    description:
      'True when no result matches every word of the text: every result matches only some of them (show "results for some of your words"). Results that match most of the words follow those matching every word also when this is false; each edge says whether it is one.',
  })
  partialMatch!: boolean;

  @Field(() => ServiceSearchFacets)
  facets!: ServiceSearchFacets;
}
