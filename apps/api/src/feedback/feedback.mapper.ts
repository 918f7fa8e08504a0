import { type FeedbackQuestion, type FeedbackSurvey } from '@linja/db';

import { toLocalizedText } from '../common/localization/localized-text.util';
import { type FeedbackQuestionModel, type FeedbackSurveyModel } from './models/feedback.model';

export type SurveyRow = FeedbackSurvey & { questions: FeedbackQuestion[] };

export function toQuestionModel(row: FeedbackQuestion): FeedbackQuestionModel {
  return { id: row.id, position: row.position, kind: row.kind, text: toLocalizedText(row.text) };
}

export function toSurveyModel(row: SurveyRow): FeedbackSurveyModel {
  return {
    id: row.id,
    networkId: row.networkId,
    organizationId: row.organizationId,
    serviceId: row.serviceId,
    eventId: row.eventId,
    title: toLocalizedText(row.title),
    status: row.status,
    audience: row.audience,
    questions: [...row.questions].sort((a, b) => a.position - b.position).map(toQuestionModel),
    openedAt: row.openedAt,
    closedAt: row.closedAt,
    createdAt: row.createdAt,
  };
}
