import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { LocalizedTextInput } from '../../common/localization/localized-text.model';
import {
  MembershipRoleEnum,
  MembershipStatusEnum,
} from '../../organization/dto/organization.inputs';
import { TaxonomyKindEnum } from '../models/taxonomy-term.model';

/** The network's profile and brand; omitted fields keep their values, "" clears an optional one. */
@InputType()
export class UpdateNetworkSettingsInput {
  @Field(() => ID)
  networkId!: string;

  @Field(() => String, { nullable: true, description: '2–120 characters.' })
  name?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'At most 3000 characters.' })
  description?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'At most 5000 characters.' })
  principles?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'An https:// (or http://) address.' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'An https:// address of the logo image.' })
  logoUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '"#rrggbb"; at least 4.5:1 contrast against white (text and buttons).',
  })
  primaryColor?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '"#rrggbb"; at least 3:1 contrast against white (large elements, borders).',
  })
  accentColor?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether anyone may download the whole published catalogue (HSDS Data Package, NDJSON); off: only the network’s coordinators.',
  })
  catalogueExportPublic?: boolean | null;
}

@InputType()
export class CreateTaxonomyTermInput {
  @Field(() => ID)
  networkId!: string;

  @Field(() => TaxonomyKindEnum)
  kind!: 'THEME' | 'TARGET_GROUP';

  @Field(() => LocalizedTextInput, { description: 'Finnish is required; at most 100 characters.' })
  label!: LocalizedTextInput;

  @Field(() => String, {
    nullable: true,
    description:
      'Lower-case letters, digits and hyphens; derived from the Finnish label if omitted.',
  })
  slug?: string | null;

  @Field(() => Int, { nullable: true, description: 'Sort order; default: after the others.' })
  position?: number | null;
}

@InputType()
export class UpdateTaxonomyTermInput {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  label?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType()
export class ChangeMembershipInput {
  @Field(() => ID, { description: 'The NetworkMembership.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why (1–500 characters): required to suspend or end, optional to reactivate.',
  })
  reason?: string | null;
}

@InputType()
export class MembershipFilterInput {
  @Field(() => [MembershipStatusEnum], { nullable: true })
  statuses?: ('ACTIVE' | 'SUSPENDED' | 'ENDED')[] | null;

  @Field(() => [MembershipRoleEnum], { nullable: true })
  roles?: ('MEMBER' | 'PARTNER' | 'COORDINATOR')[] | null;
}
