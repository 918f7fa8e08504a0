import { type PrismaClient } from '@linja/db';

import { manyByKey } from '../loaders/batch';

export function createSupportContactLoaders(prisma: PrismaClient) {
  return {
    /** A contact's topics (with the topic rows), by position. */
    supportTopicsByContactId: manyByKey(
      (ids: readonly string[]) =>
        prisma.supportContactTopic.findMany({
          where: { contactId: { in: [...ids] } },
          include: { topic: true },
          orderBy: [{ topic: { position: 'asc' } }, { topicId: 'asc' }],
        }),
      (row) => row.contactId,
    ),
  };
}
