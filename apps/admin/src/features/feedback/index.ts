import type { UpdateResolver } from '@urql/exchange-graphcache';
import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { invalidateField } from '../../lib/urql/cache';
import { feedbackMessages } from './i18n';

/** A survey was created: the survey lists are read again. */
const surveysChanged: UpdateResolver = (_result, _args, cache) => {
  invalidateField(cache, 'Query', 'feedbackSurveys');
};

const SurveysPage = lazyPage(() => import('./SurveysPage'), 'SurveysPage');
const SurveyEditorPage = lazyPage(() => import('./SurveyEditorPage'), 'SurveyEditorPage');
const SurveyResultsPage = lazyPage(() => import('./SurveyResultsPage'), 'SurveyResultsPage');

const routes = [
  { path: 'feedback', Component: SurveysPage },
  { path: 'feedback/new', Component: SurveyEditorPage },
  { path: 'feedback/:surveyId', Component: SurveyResultsPage },
  { path: 'feedback/:surveyId/edit', Component: SurveyEditorPage },
];

/**
 * Feedback surveys (issue 16): the network's and organisations' surveys on services and events —
 * writing a draft, opening and closing it (the API's transition table), its public link — and each
 * survey's results. Read-only for REPORT_VIEWERs and organisation editors.
 */
export const feedbackFeature = defineFeature({
  id: 'feedback',
  messages: feedbackMessages,
  networkRoutes: routes,
  networkNav: [
    { to: 'feedback', labelKey: 'nav', order: 76, roles: ['COORDINATOR', 'REPORT_VIEWER'] },
  ],
  organizationRoutes: routes,
  organizationNav: [{ to: 'feedback', labelKey: 'nav', roles: ['ORG_ADMIN'], order: 82 }],
  mutationUpdates: {
    createFeedbackSurvey: surveysChanged,
  },
});
