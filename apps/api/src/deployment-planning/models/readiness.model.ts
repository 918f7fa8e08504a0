import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { LocalizedText } from '../../common/localization/localized-text.model';

export const ReadinessItemStatusEnum = {
  NOT_STARTED: 'NOT_STARTED',
  IN_PROGRESS: 'IN_PROGRESS',
  DONE: 'DONE',
  NOT_NEEDED: 'NOT_NEEDED',
} as const;
export type TReadinessItemStatus = keyof typeof ReadinessItemStatusEnum;
registerEnumType(ReadinessItemStatusEnum, {
  name: 'ReadinessItemStatus',
  description: 'Progress of one readiness step; DONE and NOT_NEEDED count as settled.',
});

/** One step of a network's readiness checklist (the template copied into each planned delivery). */
@ObjectType('ReadinessTemplateItem')
export class ReadinessTemplateItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1-based order.' })
  position!: number;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: 'The question(s) the step asks.' })
  description!: LocalizedText;
}

/** One step of a planned delivery's checklist, with its progress. */
@ObjectType('ReadinessItem')
export class ReadinessItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1-based order.' })
  position!: number;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => ReadinessItemStatusEnum)
  status!: TReadinessItemStatus;

  @Field(() => String, { nullable: true, description: 'Who answers for the step (free text).' })
  ownerName!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field()
  updatedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who last changed the step.' })
  updatedByLabel!: string | null;
}

/** A planned delivery's readiness checklist and its tally. */
@ObjectType('ReadinessChecklist')
export class ReadinessChecklistModel {
  @Field(() => [ReadinessItemModel], { description: 'By position (at most 50).' })
  items!: ReadinessItemModel[];

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  notNeeded!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  notStarted!: number;

  @Field({ description: 'Every step is DONE or NOT_NEEDED.' })
  isComplete!: boolean;
}
