import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

import { LocalizedTextInput } from '../../common/localization/localized-text.model';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import { DeliveryAreasInput, OpeningHoursInput } from '../../delivery/dto/delivery.inputs';

/**
 * The editable fields of an other provider. On create, omitted fields take their defaults; on update,
 * omitted fields keep their values and a given list or object replaces the old one whole; "" or null
 * clears phone, chat and website.
 */
@InputType({ isAbstract: true })
export abstract class OtherProviderFieldsInput {
  @Field(() => String, { nullable: true, description: '2–200 characters; required on create.' })
  name?: string | null;

  @Field(() => LocalizedTextInput, {
    nullable: true,
    description: 'What help they give; Finnish required; at most 2000 characters each.',
  })
  description?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'An https:// (or http://) address.' })
  chatUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'An https:// (or http://) address.' })
  website?: string | null;

  @Field(() => OpeningHoursInput, { nullable: true })
  openingHours?: OpeningHoursInput | null;

  @Field(() => Boolean, { nullable: true })
  isNationwide?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  isOnline?: boolean | null;

  @Field(() => DeliveryAreasInput, {
    nullable: true,
    description: 'Where it reaches; at least one area unless nationwide or online.',
  })
  areas?: DeliveryAreasInput | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Themes and target groups of the network’s taxonomy (not archived ones).',
  })
  termIds?: string[] | null;
}

@InputType()
export class CreateOtherProviderInput extends OtherProviderFieldsInput {
  @Field(() => ID)
  networkId!: string;
}

@InputType()
export class UpdateOtherProviderInput extends OtherProviderFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version read; a stale one is CONFLICT.' })
  expectedVersion!: number;
}

@InputType()
export class OtherProviderFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the name (case-insensitive).' })
  text?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only archived; false or omitted: only current.',
  })
  archived?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only those with this theme or target group.' })
  termId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only those due for a check (or worse) under the network’s freshness policy.',
  })
  dueForCheck?: boolean | null;
}

@ArgsType()
export class OtherProvidersArgs extends PaginationArgs {
  @Field(() => OtherProviderFilterInput, { nullable: true })
  filter?: OtherProviderFilterInput | null;
}

/** What the portal asks: the providers fitting one search. */
@ArgsType()
export class OtherHelpArgs extends PaginationArgs {
  @Field(() => String, {
    nullable: true,
    description:
      '3-digit municipality code: only providers reaching it (directly, through its wellbeing area or region, nationwide or online), the local ones first. Without it: only nationwide and online ones.',
  })
  municipalityCode?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Any of these themes (of the network).' })
  themeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Any of these target groups.' })
  targetGroupIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words that the name or the description (any language) must contain.',
  })
  text?: string | null;
}
