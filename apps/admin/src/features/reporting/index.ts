import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { reportingMessages } from './i18n';

const ResultsPage = lazyPage(() => import('./ResultsPage'), 'ResultsPage');
const IndicatorsPage = lazyPage(() => import('./IndicatorsPage'), 'IndicatorsPage');
const RoundsPage = lazyPage(() => import('./RoundsPage'), 'RoundsPage');
const RoundPage = lazyPage(() => import('./RoundPage'), 'RoundPage');
const ReportsPage = lazyPage(() => import('./ReportsPage'), 'ReportsPage');
const FundingPage = lazyPage(() => import('./FundingPage'), 'FundingPage');
const FigureEntryPage = lazyPage(() => import('./FigureEntryPage'), 'FigureEntryPage');

/**
 * Showing results (issue 16): the results against targets and the funder's report downloads, the
 * coordinators' indicators and rounds, and the organisation admins' figure entry.
 */
export const reportingFeature = defineFeature({
  id: 'reporting',
  messages: reportingMessages,
  networkRoutes: [
    { path: 'results', Component: ResultsPage },
    { path: 'indicators', Component: IndicatorsPage },
    { path: 'rounds', Component: RoundsPage },
    { path: 'rounds/:roundId', Component: RoundPage },
  ],
  networkNav: [
    { to: 'results', labelKey: 'nav.results', order: 73, roles: ['COORDINATOR', 'REPORT_VIEWER'] },
    { to: 'indicators', labelKey: 'nav.indicators', order: 74 },
    { to: 'rounds', labelKey: 'nav.rounds', order: 75 },
  ],
  organizationRoutes: [
    { path: 'reports', Component: ReportsPage },
    { path: 'reports/:reportId', Component: FigureEntryPage },
    { path: 'results', Component: ResultsPage },
    { path: 'services/:serviceId/funding', Component: FundingPage },
  ],
  organizationNav: [
    { to: 'reports', labelKey: 'nav.reports', roles: ['ORG_ADMIN'], order: 80 },
    { to: 'results', labelKey: 'nav.results', roles: ['ORG_ADMIN'], order: 81 },
  ],
});
