import { Field, ObjectType } from '@nestjs/graphql';

import { LocalizedText } from '../../common/localization/localized-text.model';
import { Paginated } from '../../common/pagination/connection.model';

/** A region (maakunta / landskap), e.g. 07 Päijät-Häme. Its relations are resolved by RegionResolver. */
@ObjectType('Region', { description: 'A region (maakunta), Statistics Finland classification.' })
export class RegionModel {
  @Field({ description: 'Statistics Finland region code, 2 digits, e.g. "07".' })
  code!: string;

  @Field(() => LocalizedText)
  name!: LocalizedText;
}

@ObjectType()
export class RegionConnection extends Paginated(RegionModel) {}
