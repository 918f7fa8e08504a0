import { type TaxonomyTerm } from '@linja/db';

import { toLocalizedText } from '../common/localization/localized-text.util';
import { type TaxonomyTermModel } from './models/taxonomy-term.model';

export function toTaxonomyTermModel(row: TaxonomyTerm): TaxonomyTermModel {
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    label: toLocalizedText(row.label),
    position: row.position,
    archivedAt: row.archivedAt,
  };
}
