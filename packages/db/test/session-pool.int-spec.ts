import { openDatabase, type Database } from '../src/connection/database';
import { type SqlSessions } from '../src/connection/sql-connection';
import { createTestDatabase, type TestDatabaseTarget } from '../src/testing/test-database';

const onServer = Boolean(process.env.TEST_DATABASE_URL);

/**
 * Database.sessionPool: a pool of its own whose sessions start with given settings (the search's
 * statement timeout and planner settings), on a PostgreSQL server only.
 */
describe(`session pools (${onServer ? 'PostgreSQL server' : 'PGlite'})`, () => {
  let target: TestDatabaseTarget;
  let database: Database;

  beforeAll(async () => {
    target = await createTestDatabase();
    database = await openDatabase(target);
  });

  afterAll(async () => {
    await database.close();
    await target.drop();
  });

  const setting = async (sessions: SqlSessions, name: string) => {
    const [row] = await sessions.query<{ value: string }>('SELECT current_setting($1) AS value', [
      name,
    ]);
    return row?.value;
  };
  const applicationSetting = async (name: string) => {
    const [row] = await database.prisma.$queryRawUnsafe<{ value: string }[]>(
      'SELECT current_setting($1) AS value',
      name,
    );
    return row?.value;
  };

  (onServer ? it : it.skip)(
    "starts every session of its pool with the settings, and leaves the application's alone",
    async () => {
      const sessions = database.sessionPool?.(
        { statement_timeout: '1234ms', enable_seqscan: 'off', work_mem: '7MB' },
        2,
      );
      if (!sessions) throw new Error('a server database has session pools');
      // Two sessions at once: each starts with the settings, none is the application's.
      const seen = await Promise.all(
        [0, 1].map(() =>
          sessions.query<{ timeout: string; seqscan: string; pid: number }>(
            `SELECT current_setting('statement_timeout') AS timeout,
                    current_setting('enable_seqscan') AS seqscan, pg_backend_pid() AS pid,
                    pg_sleep(0.05)::text`,
          ),
        ),
      );
      for (const [row] of seen) {
        expect(row?.timeout).toBe('1234ms');
        expect(row?.seqscan).toBe('off');
      }
      expect(await setting(sessions, 'work_mem')).toBe('7MB');
      expect(await applicationSetting('statement_timeout')).toBe('0');
      expect(await applicationSetting('enable_seqscan')).toBe('on');
      // The timeout cancels a longer statement on these sessions only.
      await expect(sessions.query('SELECT pg_sleep(2)')).rejects.toMatchObject({
        code: '57014',
        message: expect.stringMatching(/statement timeout/i) as unknown,
      });
      // The sessions stay usable after a failed statement (none is left checked out).
      const again = await Promise.all([0, 1].map(() => setting(sessions, 'work_mem')));
      expect(again).toEqual(['7MB', '7MB']);
    },
  );

  (onServer ? it : it.skip)(
    'prepares the named statement texts once per session, and no other',
    async () => {
      const prepared = 'SELECT $1::int + 1 AS v';
      const sessions = database.sessionPool?.({ work_mem: '8MB' }, 1, [prepared]);
      if (!sessions) throw new Error('a server database has session pools');
      const statements = () =>
        sessions.query<{ statement: string }>(
          'SELECT statement FROM pg_prepared_statements ORDER BY statement',
        );

      expect(await sessions.query(prepared, [1])).toEqual([{ v: 2 }]);
      expect(await sessions.query(prepared, [41])).toEqual([{ v: 42 }]);
      expect(await sessions.query('SELECT $1::int + 2 AS v', [1])).toEqual([{ v: 3 }]);
      // One session (max 1): the prepared text once, the other texts never.
      expect(await statements()).toEqual([{ statement: prepared }]);
    },
  );

  (onServer ? it : it.skip)('refuses a setting that would not pass as one option', () => {
    expect(() => database.sessionPool?.({ work_mem: '7MB -c role=admin' }, 1)).toThrow(
      /Not a session setting/,
    );
  });

  (onServer ? it.skip : it)('has none on PGlite, whose one session is shared', () => {
    expect('sessionPool' in database).toBe(false);
  });
});
