import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { eventsMessages } from './i18n';

const EventsCalendarPage = lazyPage(() => import('./EventsCalendarPage'), 'EventsCalendarPage');
const EventFormPage = lazyPage(() => import('./EventFormPage'), 'EventFormPage');

const routes = [
  { path: 'events', Component: EventsCalendarPage },
  { path: 'events/new', Component: EventFormPage },
  { path: 'events/:eventId', Component: EventFormPage },
];

/** The event calendar (issue 15): month and agenda views, the event form and its status actions. */
export const eventsFeature = defineFeature({
  id: 'events',
  messages: eventsMessages,
  networkRoutes: routes,
  networkNav: [{ to: 'events', labelKey: 'nav', order: 48 }],
  organizationRoutes: routes,
  organizationNav: [{ to: 'events', labelKey: 'nav', order: 48 }],
});
