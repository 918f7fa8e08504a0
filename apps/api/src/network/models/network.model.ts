import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { LocalizedText } from '../../common/localization/localized-text.model';
import { Paginated } from '../../common/pagination/connection.model';

@ObjectType()
export class NetworkBrand {
  @Field(() => String, { nullable: true })
  logoUrl!: string | null;

  @Field(() => String, { nullable: true, description: '#rrggbb, meets AA contrast on white.' })
  primaryColor!: string | null;

  @Field(() => String, { nullable: true })
  accentColor!: string | null;
}

@ObjectType()
export class NetworkContact {
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;
}

@ObjectType()
export class FreshnessPolicyModel {
  @Field(() => Int, { description: 'Months after verification when editors are reminded.' })
  remindMonths!: number;

  @Field(() => Int, { description: 'Months after which the service is marked stale.' })
  staleMonths!: number;

  @Field(() => Int, { description: 'Months after which the public no longer sees it.' })
  hideMonths!: number;
}

@ObjectType()
export class EventSettingsModel {
  @Field({
    description:
      "Whether an organisation's event needs the network's approval before it is public.",
  })
  eventsRequireReview!: boolean;

  @Field(() => Int, {
    description: "Days after an event when its sign-ups' names, emails and answers are erased.",
  })
  signupRetentionDays!: number;
}

/** A network: the shared brand under which member associations publish services. */
@ObjectType('Network')
export class NetworkModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'URL-safe identifier, e.g. "perhelinja".' })
  slug!: string;

  @Field()
  name!: string;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => LocalizedText, { description: 'The shared principles members commit to.' })
  principles!: LocalizedText;

  @Field(() => NetworkBrand)
  brand!: NetworkBrand;

  @Field(() => NetworkContact)
  contact!: NetworkContact;

  @Field(() => FreshnessPolicyModel)
  freshnessPolicy!: FreshnessPolicyModel;

  @Field(() => EventSettingsModel)
  eventSettings!: EventSettingsModel;

  @Field({
    description:
      'Whether anyone may download the whole published catalogue (/hsds/datapackage.zip, /hsds/services?format=ndjson); off: only its coordinators.',
  })
  catalogueExportPublic!: boolean;
}

@ObjectType()
export class NetworkConnection extends Paginated(NetworkModel) {}
