import { isDatabaseUnavailable } from './database-errors';

const withCode = (message: string, fields: Record<string, unknown>) =>
  Object.assign(new Error(message), fields);

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'Prisma P1001 (cannot reach the server)',
      withCode('Can’t reach database server', { code: 'P1001' }),
    ],
    [
      'Prisma P2024 (pool timeout)',
      withCode('Timed out fetching a new connection', { code: 'P2024' }),
    ],
    [
      'a Prisma error whose driver adapter error is DatabaseNotReachable',
      withCode('Raw query failed', {
        code: 'P2010',
        meta: {
          driverAdapterError: withCode('DatabaseNotReachable', {
            cause: { kind: 'DatabaseNotReachable' },
          }),
        },
      }),
    ],
    ['a refused socket', withCode('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' })],
    ['pg: connection terminated', new Error('Connection terminated unexpectedly')],
    ['pg pool: connect timeout', new Error('timeout exceeded when trying to connect')],
    ['PostgreSQL shutting down (57P01)', withCode('terminating connection', { code: '57P01' })],
    ['PostgreSQL connection failure (class 08)', withCode('connection failure', { code: '08006' })],
    ['PGlite closed', new Error('PGlite is closed')],
    ['wrapped as a cause', new Error('outer', { cause: new Error('PGlite is closed') })],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('Unique constraint failed', { code: 'P2002' })],
    ['an invalid uuid', withCode('Inconsistent column data', { code: 'P2023' })],
    ['invalid byte sequence (22021)', withCode('invalid byte sequence', { code: '22021' })],
    ['a plain error', new Error('boom')],
    ['not an error', 'down'],
    ['null', null],
  ])('does not take %s for an outage', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('stops on a cycle of causes', () => {
    const a: Error & { cause?: unknown } = new Error('a');
    a.cause = new Error('b', { cause: a });
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
