import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { LocalizedTextInput } from '../../common/localization/localized-text.model';
import { AccessModeEnum, ChannelEnum, CostEnum } from '../models/service-enums';

@InputType()
export class ProfessionalInfoInput {
  @Field(() => LocalizedTextInput, { nullable: true })
  howToRefer?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  eligibility?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  whatHappensNext?: LocalizedTextInput | null;
}

@InputType()
export class ServiceContactInput {
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  note?: LocalizedTextInput | null;
}

@InputType()
export class ServicePathStepInput {
  @Field(() => LocalizedTextInput)
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;
}

/**
 * The whole content of a service as the editor's form holds it. Every write sends all of it (the
 * form autosaves the full draft); omitted optional fields take their defaults.
 */
@InputType()
export class ServiceContentInput {
  @Field(() => LocalizedTextInput, { description: 'Finnish is required.' })
  name!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  summary?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => ProfessionalInfoInput, { nullable: true })
  professionalInfo?: ProfessionalInfoInput | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Target group terms of the service's network.",
  })
  targetGroupIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Theme terms of the service's network." })
  themeIds?: string[] | null;

  @Field(() => Int, { nullable: true })
  ageMin?: number | null;

  @Field(() => Int, { nullable: true })
  ageMax?: number | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes; default ["fi"].' })
  serviceLanguages?: string[] | null;

  @Field(() => [ChannelEnum], { nullable: true })
  channels?: string[] | null;

  @Field(() => CostEnum, { nullable: true })
  cost?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  costNote?: LocalizedTextInput | null;

  @Field(() => AccessModeEnum, { nullable: true })
  accessMode?: string | null;

  @Field(() => ServiceContactInput, { nullable: true })
  contact?: ServiceContactInput | null;

  @Field(() => [ServicePathStepInput], { nullable: true })
  path?: ServicePathStepInput[] | null;
}
