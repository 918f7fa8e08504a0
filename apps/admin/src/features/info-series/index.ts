import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { infoSeriesMessages } from './i18n';

const InfoSeriesListPage = lazyPage(() => import('./InfoSeriesListPage'), 'InfoSeriesListPage');
const InfoSeriesBoardPage = lazyPage(() => import('./InfoSeriesBoardPage'), 'InfoSeriesBoardPage');
const PresentationInvitationsPage = lazyPage(
  () => import('./PresentationInvitationsPage'),
  'PresentationInvitationsPage',
);

/**
 * Info session series (Järjestöinfot): the coordinators' series list and season planning board
 * under the network, and an organisation's invitations to present (its admins answer them).
 */
export const infoSeriesFeature = defineFeature({
  id: 'infoSeries',
  messages: infoSeriesMessages,
  networkRoutes: [
    { path: 'info-series', Component: InfoSeriesListPage },
    { path: 'info-series/:seriesId', Component: InfoSeriesBoardPage },
  ],
  networkNav: [{ to: 'info-series', labelKey: 'nav', order: 65 }],
  organizationRoutes: [{ path: 'presentations', Component: PresentationInvitationsPage }],
  organizationNav: [
    { to: 'presentations', labelKey: 'invitationsNav', order: 40, roles: ['ORG_ADMIN'] },
  ],
});
