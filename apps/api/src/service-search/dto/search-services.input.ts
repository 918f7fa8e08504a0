import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { ChannelEnum } from '../../service-offering/models/service-enums';
import { SearchLocaleEnum } from '../models/service-search.model';

/**
 * The public search's filters. Within a list the values are alternatives (any theme of `themes`);
 * between fields they all apply. Only published services within their freshness window are searched.
 */
@InputType()
export class SearchServicesInput {
  @Field(() => String, {
    nullable: true,
    description: 'Words to look for (at most 8 are used); empty or absent lists by name.',
  })
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Offered in this municipality: directly, to its wellbeing area or region, nationwide, or remotely.',
  })
  municipalityCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Age in years that the service must cover.' })
  age?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Taxonomy term ids (target groups), any of.' })
  targetGroups?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Taxonomy term ids (themes), any of.' })
  themes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Given in any of these languages (ISO 639-1).',
  })
  languages?: string[] | null;

  @Field(() => [ChannelEnum], { nullable: true, description: 'Offered through any of these.' })
  channels?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  freeOfCharge?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Has an active delivery (in the municipality, when given) taking new clients.',
  })
  acceptingClients?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only this network’s services.' })
  networkSlug?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Services this organisation answers for or delivers (for embedding).',
  })
  organizationId?: string | null;

  @Field(() => SearchLocaleEnum, {
    nullable: true,
    description: 'The language of `text` (default fi): its content ranks first.',
  })
  locale?: string | null;
}
