import { type ArgumentsHost, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';

import { DomainError } from '../common/errors/domain-error';
import { GraphQLExceptionFilter } from './graphql-exception.filter';

const graphqlHost = { getType: () => 'graphql' } as unknown as ArgumentsHost;

describe('GraphQLExceptionFilter', () => {
  let spies: Record<'debug' | 'log' | 'warn' | 'error', jest.SpyInstance>;

  beforeEach(() => {
    spies = {
      debug: jest.spyOn(Logger.prototype, 'debug').mockImplementation(),
      log: jest.spyOn(Logger.prototype, 'log').mockImplementation(),
      warn: jest.spyOn(Logger.prototype, 'warn').mockImplementation(),
      error: jest.spyOn(Logger.prototype, 'error').mockImplementation(),
    };
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('logs a refusal at debug, without stack, and hands it back to GraphQL', () => {
    const refusal = new DomainError('NOT_FOUND', `No service ${'x'.repeat(600_000)}.`);

    expect(new GraphQLExceptionFilter().catch(refusal, graphqlHost)).toBe(refusal);
    expect(spies.error).not.toHaveBeenCalled();
    expect(spies.warn).not.toHaveBeenCalled();
    const [entry] = spies.debug.mock.calls[0] as [Record<string, unknown>];
    expect(entry).toMatchObject({ msg: 'request refused', code: 'NOT_FOUND' });
    expect(JSON.stringify(entry).length).toBeLessThan(500);
    expect(JSON.stringify(entry)).not.toContain('stack');
  });

  it('turns an unreachable database into SERVICE_UNAVAILABLE with 503 and Retry-After', () => {
    const result = new GraphQLExceptionFilter().catch(
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      graphqlHost,
    );

    expect(result).toBeInstanceOf(GraphQLError);
    const { extensions } = result as GraphQLError;
    expect(extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(extensions.http).toMatchObject({ status: 503 });
    expect(
      (extensions.http as { headers: Map<string, string> }).headers.get('retry-after'),
    ).toMatch(/^\d+$/);
    expect(spies.error).not.toHaveBeenCalled();
  });

  it('logs an unexpected error at error level, bounded', () => {
    const bug = new Error(
      `Invalid \`prisma.service.findMany()\` invocation: ${'y'.repeat(600_000)}`,
    );

    expect(new GraphQLExceptionFilter().catch(bug, graphqlHost)).toBe(bug);
    const [entry] = spies.error.mock.calls[0] as [{ err: { message: string; stack: string } }];
    expect(entry.err.message.length).toBeLessThan(1100);
    expect(entry.err.stack).toMatch(/^at /);
    expect(JSON.stringify(entry).length).toBeLessThan(5000);
  });
});
