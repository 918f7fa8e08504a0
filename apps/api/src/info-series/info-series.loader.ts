import { type PrismaClient } from '@linja/db';
import DataLoader from 'dataloader';

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
    /** Whether a person follows a series, keyed `userId:seriesId` (a series list asks once). */
    infoSeriesSubscribed: new DataLoader<string, boolean>(async (keys) => {
      const pairs = keys.map((key) => key.split(':') as [string, string]);
      const rows = await prisma.infoSeriesSubscription.findMany({
        where: {
          userId: { in: [...new Set(pairs.map(([user]) => user))] },
          seriesId: { in: [...new Set(pairs.map(([, series]) => series))] },
        },
        select: { userId: true, seriesId: true },
      });
      const found = new Set(rows.map((row) => `${row.userId}:${row.seriesId}`));
      return keys.map((key) => found.has(key));
    }),
  };
}
