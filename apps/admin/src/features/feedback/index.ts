import type { UpdateResolver } from '@urql/exchange-graphcache';
import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { invalidateField } from '../../lib/urql/cache';
import { PartnerSurveysGate } from './answer/PartnerSurveysGate';
import { feedbackMessages } from './i18n';

/** A survey was created: the survey lists are read again. */
const surveysChanged: UpdateResolver = (_result, _args, cache) => {
  invalidateField(cache, 'Query', 'feedbackSurveys');
};

/** A partner answered a survey: its `answered` and the lists are read again. */
const partnerAnswered: UpdateResolver = (_result, args, cache) => {
  const input = args.input as { surveyId?: string } | undefined;
  if (input?.surveyId)
    cache.invalidate({ __typename: 'PartnerFeedbackSurvey', id: input.surveyId });
  invalidateField(cache, 'Query', 'partnerFeedbackSurveys');
};

const SurveysPage = lazyPage(() => import('./SurveysPage'), 'SurveysPage');
const SurveyEditorPage = lazyPage(() => import('./SurveyEditorPage'), 'SurveyEditorPage');
const SurveyResultsPage = lazyPage(() => import('./SurveyResultsPage'), 'SurveyResultsPage');

const SurveysToAnswerPage = lazyPage(
  () => import('./answer/SurveysToAnswerPage'),
  'SurveysToAnswerPage',
);
const AnswerSurveyPage = lazyPage(() => import('./answer/AnswerSurveyPage'), 'AnswerSurveyPage');

const routes = [
  { path: 'feedback', Component: SurveysPage },
  { path: 'feedback/new', Component: SurveyEditorPage },
  { path: 'feedback/:surveyId', Component: SurveyResultsPage },
  { path: 'feedback/:surveyId/edit', Component: SurveyEditorPage },
];

/**
 * Feedback surveys (issue 16): the network's and organisations' surveys on services and events —
 * writing a draft, opening and closing it (the API's transition table), its public link — and each
 * survey's results. Read-only for REPORT_VIEWERs and organisation editors. Partner organisations'
 * staff answer the PARTNER surveys addressed to them (answer/).
 */
export const feedbackFeature = defineFeature({
  id: 'feedback',
  messages: feedbackMessages,
  networkRoutes: routes,
  networkNav: [
    { to: 'feedback', labelKey: 'nav', order: 76, roles: ['COORDINATOR', 'REPORT_VIEWER'] },
  ],
  // The partner's side: staff of an organisation that is a network's ACTIVE PARTNER answer its
  // PARTNER surveys here (the link only when there is one).
  organizationRoutes: [
    ...routes,
    { path: 'feedback/answer', Component: SurveysToAnswerPage },
    { path: 'feedback/answer/:surveyId', Component: AnswerSurveyPage },
  ],
  organizationNav: [
    { to: 'feedback', labelKey: 'nav', roles: ['ORG_ADMIN'], order: 82 },
    {
      to: 'feedback/answer',
      labelKey: 'answer.nav',
      roles: ['ORG_ADMIN', 'ORG_EDITOR'],
      order: 83,
      Gate: PartnerSurveysGate,
    },
  ],
  mutationUpdates: {
    createFeedbackSurvey: surveysChanged,
    submitPartnerFeedback: partnerAnswered,
  },
});
