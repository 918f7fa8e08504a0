import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../common/pagination/connection.model';
import { SearchLocaleEnum } from '../models/service-search.model';

@ObjectType('SearchSynonym', {
  description:
    'A group of words that the network’s search treats as one: a query word in the group also finds the others.',
})
export class SearchSynonymModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => SearchLocaleEnum, {
    description: 'The language of the words; its stemming relates typed forms to them.',
  })
  language!: string;

  @Field(() => [String], { description: 'Lower-case single words, base forms (2–20).' })
  words!: string[];

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class SearchSynonymConnection extends Paginated(SearchSynonymModel) {}

@InputType()
export class CreateSearchSynonymInput {
  @Field(() => ID)
  networkId!: string;

  @Field(() => SearchLocaleEnum)
  language!: string;

  @Field(() => [String], {
    description: 'Single words (letters and digits), 2–20, no repeats; stored in lower case.',
  })
  words!: string[];
}

@InputType()
export class UpdateSearchSynonymInput {
  @Field(() => ID)
  id!: string;

  @Field(() => SearchLocaleEnum, { nullable: true })
  language?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the words.' })
  words?: string[] | null;
}
