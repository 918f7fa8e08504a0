import path from 'node:path';

import { InvalidEnvironmentError, parseEnv } from './env.schema';

describe('parseEnv', () => {
  it('defaults to embedded PGlite under .data/pglite, port 4000, migrations and demo data on', () => {
    const env = parseEnv({});

    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(path.resolve(__dirname, '../../../../.data/pglite'));
    expect(env).toMatchObject({ PORT: 4000, DB_MIGRATE_ON_START: true, SEED_DEMO_DATA: true });
  });

  it('does not seed demo data in production unless asked to', () => {
    expect(parseEnv({ NODE_ENV: 'production' }).SEED_DEMO_DATA).toBe(false);
    expect(parseEnv({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' }).SEED_DEMO_DATA).toBe(true);
  });

  it('treats an empty DATABASE_URL as unset and accepts postgres URLs', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: 'postgresql://u@h:5432/d' }).DATABASE_URL).toBe(
      'postgresql://u@h:5432/d',
    );
  });

  it('names every invalid variable', () => {
    const parse = () =>
      parseEnv({ PORT: '70000', DATABASE_URL: 'mysql://x', SEED_DEMO_DATA: 'yes please' });

    expect(parse).toThrow(InvalidEnvironmentError);
    expect(parse).toThrow(/PORT: /);
    expect(parse).toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL/);
    expect(parse).toThrow(/SEED_DEMO_DATA: /);
  });
});
