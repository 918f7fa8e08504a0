import { availableParallelism } from 'node:os';
import path from 'node:path';

import { InvalidEnvironmentError, parseEnv } from './env.schema';

/** Production needs REFERRAL_KEYS. */
const REFERRAL_KEYS = `k1:${Buffer.alloc(32, 1).toString('base64')}`;

describe('parseEnv', () => {
  it('defaults to embedded PGlite under .data/pglite, port 4000, migrations and demo data on', () => {
    const env = parseEnv({});

    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(path.resolve(__dirname, '../../../../.data/pglite'));
    expect(env).toMatchObject({ PORT: 4000, DB_MIGRATE_ON_START: true, SEED_DEMO_DATA: true });
  });

  it('lets as many searches as the host has cores (at least 2) use the database at once', () => {
    expect(parseEnv({}).SEARCH_CONCURRENCY).toBe(Math.max(2, availableParallelism()));
    expect(parseEnv({ SEARCH_CONCURRENCY: '12' }).SEARCH_CONCURRENCY).toBe(12);
    expect(() => parseEnv({ SEARCH_CONCURRENCY: '0' })).toThrow(/SEARCH_CONCURRENCY/);
  });

  it('does not seed demo data in production unless asked to', () => {
    expect(parseEnv({ NODE_ENV: 'production', REFERRAL_KEYS }).SEED_DEMO_DATA).toBe(false);
    expect(
      parseEnv({ NODE_ENV: 'production', REFERRAL_KEYS, SEED_DEMO_DATA: 'true' }).SEED_DEMO_DATA,
    ).toBe(true);
  });

  it('needs REFERRAL_KEYS in production; elsewhere a development key; refuses malformed keys', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/REFERRAL_KEYS: is required/);
    expect(parseEnv({}).REFERRAL_KEYS.map((key) => key.id)).toEqual(['dev']);
    const two = `k2:${Buffer.alloc(32, 2).toString('base64')}, ${REFERRAL_KEYS}`;
    expect(parseEnv({ REFERRAL_KEYS: two }).REFERRAL_KEYS.map((key) => key.id)).toEqual([
      'k2',
      'k1',
    ]);
    expect(() => parseEnv({ REFERRAL_KEYS: 'k1:c2hvcnQ=' })).toThrow(
      /REFERRAL_KEYS: key k1: must be 32 bytes/,
    );
    expect(() => parseEnv({ REFERRAL_KEYS: `${REFERRAL_KEYS},${REFERRAL_KEYS}` })).toThrow(
      /listed twice/,
    );
    expect(() => parseEnv({ REFERRAL_KEYS: 'no-colon' })).toThrow(/REFERRAL_KEYS/);
  });

  it('treats an empty DATABASE_URL as unset and accepts postgres URLs', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: 'postgresql://u@h:5432/d' }).DATABASE_URL).toBe(
      'postgresql://u@h:5432/d',
    );
  });

  it('listens on loopback only and honours no development header unless DEV_AUTH=true is set', () => {
    expect(parseEnv({})).toMatchObject({ HOST: '127.0.0.1', DEV_AUTH: false, TRUST_PROXY: false });
    expect(parseEnv({ NODE_ENV: 'development' }).DEV_AUTH).toBe(false);
    expect(parseEnv({ NODE_ENV: 'test' }).DEV_AUTH).toBe(false);
    expect(parseEnv({ DEV_AUTH: 'true' }).DEV_AUTH).toBe(true);
    expect(() => parseEnv({ NODE_ENV: 'production', DEV_AUTH: 'true' })).toThrow(
      /DEV_AUTH: must not be true in production/,
    );
  });

  it('takes a PGlite template cluster (tests) outside production only', () => {
    expect(
      parseEnv({ NODE_ENV: 'test', PGLITE_TEMPLATE: '/tmp/cluster.tar' }).PGLITE_TEMPLATE,
    ).toBe('/tmp/cluster.tar');
    expect(() =>
      parseEnv({ NODE_ENV: 'production', REFERRAL_KEYS, PGLITE_TEMPLATE: '/etc/passwd' }),
    ).toThrow(/PGLITE_TEMPLATE: is for tests only/);
  });

  it('reads TRUST_PROXY as false, a hop count, or a list of proxy addresses and subnets', () => {
    expect(parseEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(
      parseEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 192.0.2.7' }).TRUST_PROXY,
    ).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8', '192.0.2.7']);
    for (const bad of ['true', '11', 'proxy.example', '10.0.0.0/33', '10.0.0.1/8/8', '']) {
      expect(() => parseEnv({ TRUST_PROXY: bad })).toThrow(
        /TRUST_PROXY: must be false, a hop count/,
      );
    }
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
