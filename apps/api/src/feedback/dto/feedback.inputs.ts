import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

import { LocalizedTextInput } from '../../common/localization/localized-text.model';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import {
  FeedbackAudience,
  FeedbackQuestionKind,
  FeedbackSurveyStatus,
} from '../models/feedback.model';

@InputType()
export class FeedbackQuestionInput {
  @Field(() => FeedbackQuestionKind)
  kind!: FeedbackQuestionKind;

  @Field(() => LocalizedTextInput, { description: 'Finnish is required; at most 200 characters.' })
  text!: LocalizedTextInput;
}

@InputType()
export class CreateFeedbackSurveyInput {
  @Field()
  networkSlug!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'An organisation’s own survey (its admins); omitted: the network’s (coordinators).',
  })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Exactly one of serviceId and eventId.' })
  serviceId?: string | null;

  @Field(() => ID, { nullable: true })
  eventId?: string | null;

  @Field(() => FeedbackAudience, {
    nullable: true,
    description: 'Omitted: CLIENT. A REFERRER survey is on a service; a PARTNER one on either.',
  })
  audience?: FeedbackAudience | null;

  @Field(() => LocalizedTextInput, { description: 'Finnish is required; at most 200 characters.' })
  title!: LocalizedTextInput;

  @Field(() => [FeedbackQuestionInput], { description: '1–10 questions, in order.' })
  questions!: FeedbackQuestionInput[];
}

@InputType({ description: 'Only a DRAFT survey changes; the questions are replaced as a whole.' })
export class UpdateFeedbackSurveyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  title?: LocalizedTextInput | null;

  @Field(() => FeedbackAudience, {
    nullable: true,
    description: 'A REFERRER survey must be on a service.',
  })
  audience?: FeedbackAudience | null;

  @Field(() => [FeedbackQuestionInput], { nullable: true })
  questions?: FeedbackQuestionInput[] | null;
}

@InputType()
export class SetFeedbackSurveyStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => FeedbackSurveyStatus)
  status!: FeedbackSurveyStatus;
}

@ArgsType()
export class FeedbackSurveysArgs extends PaginationArgs {
  @Field()
  networkSlug!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this organisation’s surveys (its admins may read them).',
  })
  organizationId?: string | null;
}

@ArgsType()
export class PartnerFeedbackSurveysArgs extends PaginationArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Only the surveys this organisation’s staff answer (the caller’s own organisation); omitted: all of the caller’s organisations.',
  })
  organizationId?: string | null;
}

@ArgsType()
export class FeedbackResultsArgs {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD", inclusive.' })
  from?: string;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD", inclusive.' })
  to?: string;
}

@ArgsType()
export class FeedbackTextAnswersArgs extends PaginationArgs {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => ID, { nullable: true, description: 'One TEXT question; omitted: all of them.' })
  questionId?: string | null;
}

@InputType()
export class FeedbackAnswerInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int, { nullable: true, description: 'SCALE: 1–5.' })
  score?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'YES_NO.' })
  yes?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'TEXT: at most 500 characters; no personal data.',
  })
  text?: string | null;
}

@InputType()
export class SubmitFeedbackInput {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => [FeedbackAnswerInput], { description: 'At least one; each question at most once.' })
  answers!: FeedbackAnswerInput[];

  @Field(() => String, {
    nullable: true,
    description: 'Leave empty. A hidden field people do not see; a filled one marks a robot.',
  })
  nickname?: string | null;
}
