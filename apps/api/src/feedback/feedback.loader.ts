import { type PrismaClient } from '@linja/db';

import { manyByKey } from '../loaders/batch';

const OPEN_SURVEY = { id: true, serviceId: true, eventId: true, title: true } as const;

/**
 * The OPEN surveys of services and events, newest opened first: the portal links the first one from
 * the service's or event's page (`Service.openFeedbackSurvey`, `Event.openFeedbackSurvey`: CLIENT
 * surveys; `Service.openReferrerFeedbackSurvey`: REFERRER ones, for the network's professionals).
 */
export function createFeedbackLoaders(prisma: PrismaClient) {
  return {
    openSurveysByServiceId: manyByKey(
      (ids: readonly string[]) =>
        prisma.feedbackSurvey.findMany({
          where: { serviceId: { in: [...ids] }, status: 'OPEN', audience: 'CLIENT' },
          select: OPEN_SURVEY,
          orderBy: [{ openedAt: 'desc' }, { id: 'asc' }],
        }),
      (row) => row.serviceId ?? '',
    ),
    openReferrerSurveysByServiceId: manyByKey(
      (ids: readonly string[]) =>
        prisma.feedbackSurvey.findMany({
          where: { serviceId: { in: [...ids] }, status: 'OPEN', audience: 'REFERRER' },
          select: OPEN_SURVEY,
          orderBy: [{ openedAt: 'desc' }, { id: 'asc' }],
        }),
      (row) => row.serviceId ?? '',
    ),
    openSurveysByEventId: manyByKey(
      (ids: readonly string[]) =>
        prisma.feedbackSurvey.findMany({
          where: { eventId: { in: [...ids] }, status: 'OPEN', audience: 'CLIENT' },
          select: OPEN_SURVEY,
          orderBy: [{ openedAt: 'desc' }, { id: 'asc' }],
        }),
      (row) => row.eventId ?? '',
    ),
  };
}
