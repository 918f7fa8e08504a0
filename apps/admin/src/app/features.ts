import { auditFeature } from '../features/audit';
import { authFeature } from '../features/auth';
import { coverageFeature } from '../features/coverage';
import { dashboardFeature } from '../features/dashboard';
import { deliveriesFeature } from '../features/deliveries';
import { eventSignupsFeature } from '../features/event-signups';
import { eventsFeature } from '../features/events';
import { feedbackFeature } from '../features/feedback';
import { freshnessFeature } from '../features/freshness';
import { infoSeriesFeature } from '../features/info-series';
import { jobsFeature } from '../features/jobs';
import { membersFeature } from '../features/members';
import { networkServicesFeature } from '../features/network-services';
import { otherProvidersFeature } from '../features/other-providers';
import { planningFeature } from '../features/planning';
import { referralsFeature } from '../features/referrals';
import { reportingFeature } from '../features/reporting';
import { reviewFeature } from '../features/review';
import { serviceImportFeature } from '../features/service-import';
import { servicesFeature } from '../features/services';
import { settingsFeature } from '../features/settings';
import { supportContactsFeature } from '../features/support-contacts';

/**
 * Every feature of the admin, in navigation order. Adding a feature = one import and one entry here;
 * its routes, navigation, strings (namespace = its id) and cache updates come with it.
 */
export const FEATURES = [
  authFeature,
  dashboardFeature,
  servicesFeature,
  serviceImportFeature,
  referralsFeature,
  networkServicesFeature,
  reviewFeature,
  membersFeature,
  planningFeature,
  coverageFeature,
  otherProvidersFeature,
  eventsFeature,
  infoSeriesFeature,
  supportContactsFeature,
  reportingFeature,
  feedbackFeature,
  eventSignupsFeature,
  deliveriesFeature,
  freshnessFeature,
  settingsFeature,
  auditFeature,
  jobsFeature,
] as const;

type Feature = (typeof FEATURES)[number];

/** Each feature's Finnish messages by id: the typed i18next namespaces (see lib/i18n/i18next.d.ts). */
export type FeatureMessages = { [F in Feature as F['id']]: F['messages']['fi'] };
