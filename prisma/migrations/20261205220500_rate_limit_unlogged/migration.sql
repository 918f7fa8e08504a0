-- Rate-limit counters (rate-limiter-flexible's PostgreSQL store, common/rate-limit) are written on
-- every GraphQL request: one row per limit and address. Logged, each of those writes waited for its
-- WAL flush while holding the row, so concurrent requests from one address (many people behind one
-- NAT, or a benchmark's clients) queued on fsync. An unlogged table writes no WAL: its rows are lost
-- in a crash (a counter starting again from zero is harmless) and are not copied to a standby.
-- Prisma's schema has no notion of it, so `prisma migrate diff` sees no difference.
ALTER TABLE "rate_limit" SET UNLOGGED;
