import { Field, ObjectType } from '@nestjs/graphql';

import { LocalizedText } from '../../common/localization/localized-text.model';
import { Paginated } from '../../common/pagination/connection.model';

/** A municipality (kunta / kommun). Its relations are resolved by MunicipalityResolver. */
@ObjectType('Municipality', {
  description: 'A municipality (kunta), Statistics Finland classification.',
})
export class MunicipalityModel {
  @Field({ description: 'Statistics Finland municipality code, 3 digits, e.g. "091" (Helsinki).' })
  code!: string;

  @Field(() => LocalizedText)
  name!: LocalizedText;

  /** Not exposed: resolves `wellbeingArea` through a DataLoader. */
  wellbeingAreaCode!: string;

  /** Not exposed: resolves `region` through a DataLoader. */
  regionCode!: string;
}

@ObjectType()
export class MunicipalityConnection extends Paginated(MunicipalityModel) {}
