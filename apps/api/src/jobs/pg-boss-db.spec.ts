import { type Database } from '@linja/db';

import PgBoss from 'pg-boss';

import { JOB_SCHEMA, pgBossDb } from './pg-boss-db';

/** A database whose pool has been ended: every statement fails as `pg-pool` fails it. */
const endedDatabase = {
  withConnection: () =>
    Promise.reject(new Error('Cannot use a pool after calling end on the pool')),
} as unknown as Database;

describe('pgBossDb', () => {
  it('passes a failure through while the queue runs', async () => {
    const dropped = jest.fn();
    const db = pgBossDb(endedDatabase, { stopped: () => false, dropped });
    await expect(db.executeSql('SELECT 1', [])).rejects.toThrow('after calling end');
    expect(dropped).not.toHaveBeenCalled();
  });

  it('drops (and reports) a write that fails after the queue stopped, instead of rejecting unheard', async () => {
    const dropped = jest.fn();
    const db = pgBossDb(endedDatabase, { stopped: () => true, dropped });
    await expect(db.executeSql('UPDATE pgboss.job SET state = $1', ['failed'])).resolves.toEqual({
      rows: [],
    });
    expect(dropped).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringContaining('after calling end') }),
    );
  });

  it('answers a dropped complete or fail as pg-boss reads it: nothing affected, no rejection', async () => {
    const dropped = jest.fn();
    const db = pgBossDb(endedDatabase, { stopped: () => true, dropped });
    // The real pg-boss, so its own SQL and its own reading of the answer (`rows[0].count`) are used.
    const boss = new PgBoss({ db, schema: JOB_SCHEMA });
    const id = '00000000-0000-4000-8000-000000000001';
    await expect(boss.complete('linja.any', id)).resolves.toMatchObject({ affected: 0 });
    await expect(boss.fail('linja.any', id, new Error('handler failed'))).resolves.toMatchObject({
      affected: 0,
    });
    expect(dropped).toHaveBeenCalledTimes(2);
  });

  it('drops a failed complete or fail while the queue runs too: pg-boss would not hear the rejection', async () => {
    const dropped = jest.fn();
    const db = pgBossDb(endedDatabase, { stopped: () => false, dropped });
    const boss = new PgBoss({ db, schema: JOB_SCHEMA });
    const id = '00000000-0000-4000-8000-000000000002';
    await expect(boss.complete('linja.any', id)).resolves.toMatchObject({ affected: 0 });
    await expect(boss.fail('linja.any', id, new Error('handler failed'))).resolves.toMatchObject({
      affected: 0,
    });
    expect(dropped).toHaveBeenCalledTimes(2);
    // Statements pg-boss awaits still fail loudly.
    await expect(boss.cancel('linja.any', id)).rejects.toThrow('after calling end');
    expect(dropped).toHaveBeenCalledTimes(2);
  });

  it('sends a parameterless script through exec and a statement with bind parameters', async () => {
    const calls: string[] = [];
    const database = {
      withConnection: (work: (c: unknown) => Promise<unknown>) =>
        work({
          exec: (text: string) => {
            calls.push(`exec ${text}`);
            return Promise.resolve();
          },
          query: (text: string, params: unknown[]) => {
            calls.push(`query ${text} ${JSON.stringify(params)}`);
            return Promise.resolve([{ ok: 1 }]);
          },
        }),
    } as unknown as Database;
    const db = pgBossDb(database, { stopped: () => false, dropped: jest.fn() });
    // pg-boss's type asks for values; its installer sends a script without any.
    expect(await db.executeSql('SELECT 1; SELECT 2', undefined as never)).toEqual({ rows: [] });
    expect(await db.executeSql('SELECT $1', [undefined])).toEqual({ rows: [{ ok: 1 }] });
    expect(calls).toEqual(['exec SELECT 1; SELECT 2', 'query SELECT $1 [null]']);
  });
});
