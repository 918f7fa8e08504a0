import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { LocalizedTextInput } from '../../common/localization/localized-text.model';
import { ReadinessItemStatusEnum, type TReadinessItemStatus } from '../models/readiness.model';

@InputType()
export class ReadinessTemplateItemInput {
  @Field(() => ID, { nullable: true, description: 'An existing step; omit for a new one.' })
  id?: string | null;

  @Field(() => LocalizedTextInput, { description: 'Finnish is required (at most 200 characters).' })
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'At most 2000 characters.' })
  description?: LocalizedTextInput | null;
}

@InputType()
export class UpdateReadinessTemplateInput {
  @Field(() => ID)
  networkId!: string;

  @Field(() => [ReadinessTemplateItemInput], {
    description:
      'The whole checklist in order (1–50 steps). Steps left out are removed; checklists already copied into planned deliveries do not change.',
  })
  items!: ReadinessTemplateItemInput[];
}

@InputType()
export class UpdateReadinessItemInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ReadinessItemStatusEnum, { nullable: true })
  status?: TReadinessItemStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who answers for the step (at most 200 characters); "" clears it.',
  })
  ownerName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'At most 4000 characters; "" clears them.',
  })
  notes?: string | null;
}

@InputType()
export class ActivateServiceDeliveryInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The delivery's version the coordinator looked at." })
  expectedVersion!: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Go live although some steps are neither DONE nor NOT_NEEDED (they are named in the audit note).',
  })
  acknowledgeIncomplete?: boolean | null;
}
