import { Field, InputType } from '@nestjs/graphql';

import { TaxonomyKindEnum } from '../../network/models/taxonomy-term.model';

/** What the coverage matrix shows: its rows (a kind of term), its columns and which deliveries count. */
@InputType()
export class CoverageFilterInput {
  @Field(() => TaxonomyKindEnum, {
    description: 'The rows: the network’s themes or its target groups (terms not archived).',
  })
  dimension!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Drill-down: the columns are this wellbeing area’s municipalities (2-digit code); without it, every wellbeing area.',
  })
  wellbeingAreaCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only in-person reach: nationwide and remote deliveries are left out (someone in the room, not a phone line).',
  })
  inPersonOnly?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only deliveries that accept new clients count as active.',
  })
  acceptingOnly?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Also count the network’s other providers (not part of the network) that reach each cell, by the same reach rule, in CoverageCell.otherProviders; never added to the network’s own figures or gaps.',
  })
  includeOtherProviders?: boolean | null;
}
