import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { dashboardMessages } from './i18n';

const DashboardPage = lazyPage(() => import('./DashboardPage'), 'DashboardPage');

export const dashboardFeature = defineFeature({
  id: 'dashboard',
  messages: dashboardMessages,
  // The network's home page; also at /dashboard so that its navigation link is active only there.
  networkRoutes: [
    { index: true, Component: DashboardPage },
    { path: 'dashboard', Component: DashboardPage },
  ],
  networkNav: [{ to: 'dashboard', labelKey: 'nav', order: 10 }],
});
