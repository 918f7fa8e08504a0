import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { LocalizedText } from '../../common/localization/localized-text.model';
import { TaxonomyKindEnum, TaxonomyTermModel } from '../../network/models/taxonomy-term.model';
import { OrganizationModel } from '../../organization/models/organization.model';

export const CoverageColumnKind = {
  WELLBEING_AREA: 'WELLBEING_AREA',
  MUNICIPALITY: 'MUNICIPALITY',
} as const;
export type TCoverageColumnKind = keyof typeof CoverageColumnKind;

registerEnumType(CoverageColumnKind, {
  name: 'CoverageColumnKind',
  description: 'The columns of a coverage matrix: wellbeing areas, or the municipalities of one.',
});

/** A column of the matrix: a wellbeing area or a municipality. */
@ObjectType('CoverageColumn')
export class CoverageColumnModel {
  @Field({ description: 'Wellbeing area (2 digits) or municipality (3 digits) code.' })
  code!: string;

  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => CoverageColumnKind)
  kind!: TCoverageColumnKind;
}

/** One non-empty cell: a term × a column. Cells left out have no active service and no plan. */
@ObjectType('CoverageCell')
export class CoverageCellModel {
  @Field(() => ID, { description: 'The row: a taxonomy term.' })
  termId!: string;

  @Field({ description: 'The column’s code.' })
  columnCode!: string;

  @Field(() => Int, {
    description:
      'Published, visible services with an ACTIVE delivery that reaches the column as search does (directly, through its wellbeing area or region, nationwide or remote). A wellbeing area is reached when one of its municipalities is.',
  })
  activeServices!: number;

  @Field(() => Int, { description: 'Deliveries in PLANNING that would reach the column.' })
  plannedDeliveries!: number;

  @Field(() => [ID], {
    description:
      'The organisations producing those ACTIVE deliveries (see CoverageMatrix.organizations).',
  })
  organizationIds!: string[];

  @Field(() => Int, {
    description:
      'With includeOtherProviders: the network’s other providers (current, shown to the public) reaching the column with this term, or with no term of this kind (general help); 0 otherwise. Never part of activeServices.',
  })
  otherProviders!: number;
}

/**
 * Where a network's help is, and where it is missing: its terms × wellbeing areas (or one area's
 * municipalities). Gaps are the cells with no active service.
 */
@ObjectType('CoverageMatrix')
export class CoverageMatrixModel {
  @Field(() => TaxonomyKindEnum)
  dimension!: string;

  @Field(() => String, { nullable: true, description: 'The drill-down’s wellbeing area.' })
  wellbeingAreaCode!: string | null;

  @Field(() => CoverageColumnModel, {
    nullable: true,
    description: 'The drill-down’s wellbeing area, whose municipalities are the columns.',
  })
  area!: CoverageColumnModel | null;

  @Field()
  inPersonOnly!: boolean;

  @Field()
  acceptingOnly!: boolean;

  @Field({ description: 'Whether the cells count the network’s other providers.' })
  includeOtherProviders!: boolean;

  @Field(() => [TaxonomyTermModel], { description: 'The rows, in the taxonomy’s order.' })
  rows!: TaxonomyTermModel[];

  @Field(() => [CoverageColumnModel], { description: 'The columns, by Finnish name.' })
  columns!: CoverageColumnModel[];

  @Field(() => [CoverageCellModel], {
    description: 'Only the cells with an active service or a planned delivery (sparse).',
  })
  cells!: CoverageCellModel[];

  @Field(() => Int, { description: 'Cells (of rows × columns) with no active service.' })
  gapCount!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'With includeOtherProviders: the gaps (no active service) that no other provider reaches either; null otherwise.',
  })
  gapsWithoutOtherHelp!: number | null;

  @Field(() => [OrganizationModel], { description: 'Every organisation named by a cell.' })
  organizations!: OrganizationModel[];
}
