import { type PrismaClient } from '@linja/db';

const READ_METHODS = [
  'findMany',
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'count',
  'groupBy',
  'aggregate',
] as const;
const MODELS = [
  'network',
  'organization',
  'networkMembership',
  'taxonomyTerm',
  'service',
  'serviceTerm',
  'serviceRevision',
  'serviceDelivery',
  'deliveryArea',
  'deliveryLocation',
  'municipality',
  'wellbeingArea',
  'region',
  'auditEvent',
] as const;

/**
 * Counts the Prisma read calls the app makes (each is one SQL query: loaders use no `include`), by
 * spying on the app's own client. Returns a reader and a restore function.
 */
export function countPrismaReads(prisma: PrismaClient): { total(): number; restore(): void } {
  const spies = MODELS.flatMap((model) =>
    READ_METHODS.map((method) => {
      const delegate = prisma[model] as unknown as Record<string, (...args: unknown[]) => unknown>;
      return jest.spyOn(delegate, method);
    }),
  );
  return {
    total: () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0),
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}
