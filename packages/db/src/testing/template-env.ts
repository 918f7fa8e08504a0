import { localDateTime } from '@linja/domain';

/**
 * What a test database holds when its test starts:
 *  - `empty`: nothing (the app migrates and seeds it on start, as a new installation);
 *  - `migrated`: every migration applied, no data (an app started with SEED_DEMO_DATA=false);
 *  - `seeded`: migrated and the demo data seeded (an app started as tests start it by default).
 * The app's start still migrates and seeds each of them (both are idempotent and find nothing to
 * do), so a test sees exactly what a fresh database would give it; the templates only save doing
 * the same work again for every app a test starts (on PGlite, quiet machine: an app started in
 * 1.7–3.2 s instead of 2.8–4.3 s; under load the migrations took 1–2 s and the seed 3.5–4 s).
 */
export type TestDatabaseContents = 'empty' | 'migrated' | 'seeded';

/** Environment variables a run's global setup sets for its test workers. */
export const TEST_TEMPLATE_ENV = {
  /** PGlite: the cluster dumps, by contents. Server: the template databases' names. */
  empty: 'PGLITE_TEMPLATE',
  migrated: 'LINJA_TEST_TEMPLATE_MIGRATED',
  seeded: 'LINJA_TEST_TEMPLATE_SEEDED',
  /**
   * The Finnish calendar day the demo data was seeded on. The demo seed places events and reporting
   * periods by days and months from its `now`: a test that starts on another day gets a database
   * seeded afresh (`empty`) instead, so a run that crosses midnight sees the same data as one that
   * does not.
   */
  seededOn: 'LINJA_TEST_TEMPLATE_SEEDED_ON',
} as const;

/** Today's date in Finland (the demo data's calendar), as YYYY-MM-DD. */
export function seedDay(now: Date = new Date()): string {
  return localDateTime(now).date;
}
