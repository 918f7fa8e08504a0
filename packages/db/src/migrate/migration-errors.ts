/** The database cannot be migrated as it is; start-up must stop. `code` is Prisma's error code where one exists. */
export class MigrationError extends Error {
  constructor(
    readonly code: 'P3005' | 'P3009' | 'MIGRATION_FAILED',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}
