import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { OpeningHours } from '../../delivery/models/service-delivery.model';
import { LocalizedText } from '../../common/localization/localized-text.model';
import { Paginated } from '../../common/pagination/connection.model';
import { FreshnessEnum } from '../../service-offering/models/service-enums';

/**
 * A provider outside the network (issue 18, the "pie"): help the network points to but does not give.
 * Its `terms` are resolved by OtherProviderFieldsResolver through a DataLoader.
 */
@ObjectType('OtherProvider', {
  description:
    'Help outside the network (another association, a national helpline or chat, online help). Not part of the network: never in its search results or figures.',
})
export class OtherProviderModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field()
  name!: string;

  @Field(() => LocalizedText, { description: 'What help they give.' })
  description!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'Null when no published number is known.' })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  chatUrl!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => OpeningHours)
  openingHours!: OpeningHours;

  @Field({ description: 'Reaches every municipality.' })
  isNationwide!: boolean;

  @Field({ description: 'Online help (chat, web), reachable from anywhere.' })
  isOnline!: boolean;

  @Field(() => [String], { description: '3-digit municipality codes it reaches directly.' })
  municipalityCodes!: string[];

  @Field(() => [String], { description: '2-digit wellbeing area codes.' })
  wellbeingAreaCodes!: string[];

  @Field(() => [String], { description: '2-digit region codes.' })
  regionCodes!: string[];

  @Field({ description: 'When someone last checked the details.' })
  checkedAt!: Date;

  @Field(() => FreshnessEnum, { description: 'Under the network’s freshness policy.' })
  freshness!: string;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;

  @Field(() => Int, { description: 'For optimistic concurrency: give it back on update.' })
  version!: number;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class OtherProviderConnection extends Paginated(OtherProviderModel) {}
