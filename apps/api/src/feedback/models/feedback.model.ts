import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  type FeedbackAudience as PrismaAudience,
  type FeedbackQuestionKind as PrismaKind,
  type FeedbackSurveyStatus as PrismaStatus,
} from '@linja/db';

import { LocalizedText } from '../../common/localization/localized-text.model';
import { Paginated } from '../../common/pagination/connection.model';

export const FeedbackSurveyStatus = {
  DRAFT: 'DRAFT',
  OPEN: 'OPEN',
  CLOSED: 'CLOSED',
} as const satisfies { [K in PrismaStatus]: K };
export type FeedbackSurveyStatus = (typeof FeedbackSurveyStatus)[keyof typeof FeedbackSurveyStatus];
registerEnumType(FeedbackSurveyStatus, {
  name: 'FeedbackSurveyStatus',
  description:
    'DRAFT → OPEN; OPEN → CLOSED; CLOSED → OPEN. Questions change only in DRAFT. See feedback-transitions.ts.',
});

export const FeedbackQuestionKind = {
  SCALE: 'SCALE',
  YES_NO: 'YES_NO',
  TEXT: 'TEXT',
} as const satisfies { [K in PrismaKind]: K };
export type FeedbackQuestionKind = (typeof FeedbackQuestionKind)[keyof typeof FeedbackQuestionKind];
registerEnumType(FeedbackQuestionKind, {
  name: 'FeedbackQuestionKind',
  description: 'SCALE: 1–5; YES_NO; TEXT: optional short anonymous free text (never public).',
});

export const FeedbackAudience = {
  CLIENT: 'CLIENT',
  REFERRER: 'REFERRER',
  PARTNER: 'PARTNER',
} as const satisfies { [K in PrismaAudience]: K };
export type FeedbackAudience = (typeof FeedbackAudience)[keyof typeof FeedbackAudience];
registerEnumType(FeedbackAudience, {
  name: 'FeedbackAudience',
  description:
    'CLIENT: anyone, anonymously, on the portal’s public pages. REFERRER: only signed-in referrers of the network, once each, on a service. PARTNER: only signed-in staff of the network’s ACTIVE PARTNER organisations, once each, in the admin app.',
});

@ObjectType('FeedbackQuestion')
export class FeedbackQuestionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => FeedbackQuestionKind)
  kind!: FeedbackQuestionKind;

  @Field(() => LocalizedText)
  text!: LocalizedText;
}

/** A survey as its managers and readers see it. */
@ObjectType('FeedbackSurvey')
export class FeedbackSurveyModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => ID, { nullable: true, description: 'null: the network’s own survey.' })
  organizationId!: string | null;

  @Field(() => ID, { nullable: true })
  serviceId!: string | null;

  @Field(() => ID, { nullable: true })
  eventId!: string | null;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => FeedbackSurveyStatus)
  status!: FeedbackSurveyStatus;

  @Field(() => FeedbackAudience)
  audience!: FeedbackAudience;

  @Field(() => [FeedbackQuestionModel])
  questions!: FeedbackQuestionModel[];

  @Field(() => Date, { nullable: true })
  openedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('FeedbackSurveyConnection')
export class FeedbackSurveyConnection extends Paginated(FeedbackSurveyModel) {}

/** What the portal shows of an OPEN survey: its title and questions, nothing else. */
@ObjectType('PublicFeedbackSurvey')
export class PublicFeedbackSurveyModel {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => [FeedbackQuestionModel])
  questions!: FeedbackQuestionModel[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'A referrer or partner survey: whether the signed-in respondent has answered it already. null: an anonymous (client) survey.',
  })
  answered?: boolean | null;
}

/**
 * An OPEN PARTNER survey as a partner organisation's staff see it in the admin app: whose it is,
 * its questions and whether they have answered it.
 */
@ObjectType('PartnerFeedbackSurvey')
export class PartnerFeedbackSurveyModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field({ description: 'The network the survey is of.' })
  networkName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The member organisation whose survey it is; null: the network’s own.',
  })
  organizationName!: string | null;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => [FeedbackQuestionModel])
  questions!: FeedbackQuestionModel[];

  @Field({ description: 'Whether the signed-in person has answered it already (once each).' })
  answered!: boolean;

  @Field(() => Date, { nullable: true })
  openedAt!: Date | null;
}

@ObjectType('PartnerFeedbackSurveyConnection')
export class PartnerFeedbackSurveyConnection extends Paginated(PartnerFeedbackSurveyModel) {}

@ObjectType('FeedbackReceipt', { description: 'Thanks; nothing about the response is returned.' })
export class FeedbackReceiptModel {
  @Field()
  received!: boolean;
}

@ObjectType('FeedbackAnswerCount')
export class FeedbackAnswerCountModel {
  @Field({ description: 'SCALE: "1"…"5"; YES_NO: "YES" or "NO".' })
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('FeedbackQuestionResult')
export class FeedbackQuestionResultModel {
  @Field(() => FeedbackQuestionModel)
  question!: FeedbackQuestionModel;

  @Field(() => Int, { description: 'Responses that answered this question.' })
  answerCount!: number;

  @Field(() => Float, { nullable: true, description: 'SCALE only: the mean, 2 decimals.' })
  averageScore!: number | null;

  @Field(() => [FeedbackAnswerCountModel], {
    description:
      'SCALE: every value 1–5 (zeros too); YES_NO: YES and NO; TEXT: none (see feedbackTextAnswers).',
  })
  counts!: FeedbackAnswerCountModel[];
}

@ObjectType('FeedbackResults')
export class FeedbackResultsModel {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => Int, { description: 'Responses in the period.' })
  responseCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of all SCALE answers in the period, 2 decimals (null without any).',
  })
  averageScore!: number | null;

  @Field(() => [FeedbackQuestionResultModel])
  questions!: FeedbackQuestionResultModel[];
}

@ObjectType('FeedbackTextAnswer')
export class FeedbackTextAnswerModel {
  @Field(() => ID)
  questionId!: string;

  @Field({ description: 'The day of the response, "YYYY-MM-DD".' })
  respondedOn!: string;

  @Field()
  text!: string;
}

@ObjectType('FeedbackTextAnswerConnection')
export class FeedbackTextAnswerConnection extends Paginated(FeedbackTextAnswerModel) {}

/** An OPEN survey as the portal links it from a service's or event's page: its id and title only. */
@ObjectType('FeedbackSurveyLink')
export class FeedbackSurveyLinkModel {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;
}
