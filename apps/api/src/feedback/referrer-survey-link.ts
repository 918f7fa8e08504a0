import { type Prisma } from '@linja/db';

/**
 * The newest OPEN referrer survey on a service, or null: the referral decision mail links it (the
 * portal's pages ask through `openReferrerSurveysByServiceId`, the same rows for many services).
 */
export async function openReferrerSurveyId(
  db: Prisma.TransactionClient,
  serviceId: string,
): Promise<string | null> {
  const survey = await db.feedbackSurvey.findFirst({
    where: { serviceId, status: 'OPEN', audience: 'REFERRER' },
    select: { id: true },
    orderBy: [{ openedAt: 'desc' }, { id: 'asc' }],
  });
  return survey?.id ?? null;
}
