import { type PrismaClient } from '@linja/db';

import { manyByKey, oneByKey } from '../loaders/batch';

export function createInfoSeriesLoaders(prisma: PrismaClient) {
  return {
    infoSeriesById: oneByKey(
      (ids: readonly string[]) => prisma.infoSeries.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    infoSessionById: oneByKey(
      (ids: readonly string[]) =>
        prisma.event.findMany({ where: { id: { in: [...ids] }, kind: 'INFO_SESSION' } }),
      (row) => row.id,
    ),
    presentationsByEventId: manyByKey(
      (ids: readonly string[]) =>
        prisma.infoPresentation.findMany({
          where: { eventId: { in: [...ids] } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
      (row) => row.eventId,
    ),
    slidesByEventId: manyByKey(
      (ids: readonly string[]) =>
        prisma.eventAttachment.findMany({
          where: { eventId: { in: [...ids] } },
          select: {
            id: true,
            eventId: true,
            fileName: true,
            contentType: true,
            size: true,
            createdById: true,
            createdAt: true,
          },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
      (row) => row.eventId,
    ),
  };
}
