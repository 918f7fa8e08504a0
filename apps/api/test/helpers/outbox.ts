import { type PrismaClient } from '@linja/db';

/** Polls `check` until it returns a value (not undefined) or the ceiling passes. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  what: string,
  ceilingMs = 120_000,
): Promise<T> {
  const deadline = Date.now() + ceilingMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ceilingMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until every mail in the outbox is SENT or FAILED (nothing waits or is being sent). */
export async function outboxDrained(prisma: PrismaClient): Promise<void> {
  await eventually(async () => {
    const waiting = await prisma.outboxMail.count({
      where: { status: { in: ['PENDING', 'SENDING'] } },
    });
    return waiting === 0 ? true : undefined;
  }, 'outbox drained');
}
