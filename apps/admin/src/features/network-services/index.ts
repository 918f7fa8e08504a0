import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { networkServicesMessages } from './i18n';

const NetworkServicesPage = lazyPage(() => import('./NetworkServicesPage'), 'NetworkServicesPage');

/** /n/:networkSlug/services — every service of the network for its coordinators. */
export const networkServicesFeature = defineFeature({
  id: 'networkServices',
  messages: networkServicesMessages,
  networkRoutes: [{ path: 'services', Component: NetworkServicesPage }],
  networkNav: [{ to: 'services', labelKey: 'nav', order: 15 }],
});
