import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type WellbeingAreaKind as PrismaWellbeingAreaKind } from '@linja/db';

import { LocalizedText } from '../../common/localization/localized-text.model';
import { Paginated } from '../../common/pagination/connection.model';

/** The GraphQL enum; `satisfies` keeps it in step with the Prisma enum at compile time. */
export const WellbeingAreaKind = {
  WELLBEING_SERVICES_COUNTY: 'WELLBEING_SERVICES_COUNTY',
  CITY_OF_HELSINKI: 'CITY_OF_HELSINKI',
  ALAND: 'ALAND',
} as const satisfies { [K in PrismaWellbeingAreaKind]: K };

export type WellbeingAreaKind = (typeof WellbeingAreaKind)[keyof typeof WellbeingAreaKind];

registerEnumType(WellbeingAreaKind, {
  name: 'WellbeingAreaKind',
  description: 'Whether a wellbeing area is a real wellbeing services county.',
  valuesMap: {
    WELLBEING_SERVICES_COUNTY: {
      description: 'One of the 21 wellbeing services counties (01–21).',
    },
    CITY_OF_HELSINKI: {
      description: 'Helsinki (90) organises these services itself, outside any county.',
    },
    ALAND: {
      description: 'Åland (91) is outside the reform; listed so every municipality has an area.',
    },
  },
});

/** A wellbeing services county (hyvinvointialue), or the City of Helsinki, or Åland. */
@ObjectType('WellbeingArea', {
  description:
    'A wellbeing services county (hyvinvointialue), or the City of Helsinki (90), or Åland (91).',
})
export class WellbeingAreaModel {
  @Field({ description: 'Statistics Finland wellbeing area code, 2 digits, e.g. "09".' })
  code!: string;

  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => WellbeingAreaKind)
  kind!: WellbeingAreaKind;

  /** Not exposed: resolves `region` through a DataLoader. */
  regionCode!: string;
}

@ObjectType()
export class WellbeingAreaConnection extends Paginated(WellbeingAreaModel) {}
