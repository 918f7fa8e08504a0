import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { jobsMessages } from './i18n';

const JobsPage = lazyPage(() => import('./JobsPage'), 'JobsPage');

/** The background job queue (platform admins only): counts by state, failed jobs and their retry. */
export const jobsFeature = defineFeature({
  id: 'jobs',
  messages: jobsMessages,
  networkRoutes: [{ path: 'jobs', Component: JobsPage }],
  networkNav: [{ to: 'jobs', labelKey: 'nav', order: 95, platformAdminOnly: true }],
});
