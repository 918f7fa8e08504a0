// Prisma CLI configuration (Prisma 7). Used by `prisma generate` and by a deployment that runs the
// real Prisma CLI (`prisma migrate deploy`). On machines without Prisma's native schema engine, the
// project's own scripts apply and create migrations: see ARCHITECTURE.md, "Database".
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'node packages/db/dist/cli/seed.js',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/linja',
  },
});
