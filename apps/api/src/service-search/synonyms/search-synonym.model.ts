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
    description:
      'The language of the words; its stemming (and that of the query’s language) relates typed forms to them. A group may mix languages to tie words across them.',
  })
  language!: string;

  @Field(() => [String], {
    description:
      'Lower-case words in base form, or phrases of up to four words ("violence at home"), 2–20.',
  })
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
    description:
      'Words (letters and digits) or phrases of up to four words separated by spaces, 2–20, no repeats; stored in lower case.',
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
