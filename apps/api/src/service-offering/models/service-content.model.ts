import { Field, Int, ObjectType } from '@nestjs/graphql';

import { LocalizedText } from '../../common/localization/localized-text.model';
import { AccessModeEnum, ChannelEnum, CostEnum } from './service-enums';

@ObjectType()
export class ProfessionalInfo {
  @Field(() => LocalizedText, { description: 'How a professional refers a client.' })
  howToRefer!: LocalizedText;

  @Field(() => LocalizedText, { description: 'Who is eligible.' })
  eligibility!: LocalizedText;

  @Field(() => LocalizedText, { description: 'What happens after the referral or first contact.' })
  whatHappensNext!: LocalizedText;
}

@ObjectType()
export class ServiceContact {
  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => LocalizedText)
  note!: LocalizedText;
}

@ObjectType()
export class ServicePathStep {
  @Field(() => Int, { description: '1-based position on the path.' })
  position!: number;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  description!: LocalizedText;
}

/**
 * What a revision says about a service. `professionalInfo` is null for callers who may not read
 * professional-only details; `themes` and `targetGroups` resolve through the taxonomy loader.
 */
@ObjectType()
export class ServiceContent {
  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => LocalizedText, { description: 'Short public summary.' })
  summary!: LocalizedText;

  @Field(() => LocalizedText, { description: 'Description for the public.' })
  description!: LocalizedText;

  @Field(() => Int, { nullable: true })
  ageMin!: number | null;

  @Field(() => Int, { nullable: true })
  ageMax!: number | null;

  @Field(() => [String], {
    description: 'ISO 639-1 codes of the languages the service is given in.',
  })
  serviceLanguages!: string[];

  @Field(() => [ChannelEnum])
  channels!: string[];

  @Field(() => CostEnum)
  cost!: string;

  @Field(() => LocalizedText)
  costNote!: LocalizedText;

  @Field(() => AccessModeEnum)
  accessMode!: string;

  @Field(() => ServiceContact)
  contact!: ServiceContact;

  @Field(() => [ServicePathStep], {
    description: 'The client’s path from first contact to the end.',
  })
  path!: ServicePathStep[];
}
