import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { LocalizedText } from '../../common/localization/localized-text.model';

export const TaxonomyKindEnum = { THEME: 'THEME', TARGET_GROUP: 'TARGET_GROUP' } as const;
registerEnumType(TaxonomyKindEnum, { name: 'TaxonomyKind' });

/** A term of a network's taxonomy: a theme/need or a target group. */
@ObjectType('TaxonomyTerm')
export class TaxonomyTermModel {
  @Field(() => ID)
  id!: string;

  @Field(() => TaxonomyKindEnum)
  kind!: string;

  @Field()
  slug!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;

  @Field(() => Int, { description: 'Sort order within its kind.' })
  position!: number;

  @Field(() => Date, {
    nullable: true,
    description:
      'Archived terms stay on services that have them but are not offered for new content.',
  })
  archivedAt!: Date | null;
}
