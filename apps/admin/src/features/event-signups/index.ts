import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { eventSignupsMessages } from './i18n';

const EventSignupsPage = lazyPage(() => import('./EventSignupsPage'), 'EventSignupsPage');

/**
 * An event's sign-ups and attendance (issue 15): reached from the event (no navigation item of its
 * own), for the event's organisation's staff and its network's coordinators.
 */
export const eventSignupsFeature = defineFeature({
  id: 'eventSignups',
  messages: eventSignupsMessages,
  networkRoutes: [{ path: 'events/:eventId/signups', Component: EventSignupsPage }],
  organizationRoutes: [{ path: 'events/:eventId/signups', Component: EventSignupsPage }],
});
