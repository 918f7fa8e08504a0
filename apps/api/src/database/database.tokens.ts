/** Injection token of the open `Database` (from @linja/db): Prisma plus raw sessions. */
export const DATABASE = Symbol('DATABASE');
