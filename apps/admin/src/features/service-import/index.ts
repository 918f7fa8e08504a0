import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { serviceImportMessages } from './i18n';

const ServiceImportPage = lazyPage(() => import('./ServiceImportPage'), 'ServiceImportPage');
const MemberServiceImportPage = lazyPage(
  () => import('./MemberServiceImportPage'),
  'MemberServiceImportPage',
);

/** Importing the organisation's services from a CSV file (issue 19): dry run, then confirm. */
export const serviceImportFeature = defineFeature({
  id: 'serviceImport',
  messages: serviceImportMessages,
  // A coordinator imports for a member organisation from its member page.
  networkRoutes: [{ path: 'members/:organizationId/import', Component: MemberServiceImportPage }],
  organizationRoutes: [{ path: 'services/import', Component: ServiceImportPage }],
  organizationNav: [{ to: 'services/import', labelKey: 'nav', order: 25, roles: ['ORG_ADMIN'] }],
});
