import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { coverageMessages } from './i18n';

const CoveragePage = lazyPage(() => import('./CoveragePage'), 'CoveragePage');

/** Where the network's help is missing (issue 18): the coverage matrix, for coordinators. */
export const coverageFeature = defineFeature({
  id: 'coverage',
  messages: coverageMessages,
  networkRoutes: [{ path: 'coverage', Component: CoveragePage }],
  networkNav: [{ to: 'coverage', labelKey: 'nav', order: 45 }],
});
