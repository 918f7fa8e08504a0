import { GraphQLError } from 'graphql';

import { BadUserInputError } from '../common/errors/domain-error';
import { formatGraphQLError, formatRequestError } from './format-error';

const formatted = (code?: string) => ({
  message: 'boom: secret detail',
  path: ['networks'],
  extensions: { ...(code ? { code } : {}), stacktrace: ['at secret.ts:1'] },
});

describe('formatGraphQLError', () => {
  it('maps a domain error to its code and safe details', () => {
    const error = new GraphQLError('x', {
      path: ['networks'],
      originalError: new BadUserInputError('first', 'Too many'),
    });

    expect(formatGraphQLError(formatted(), error, true)).toEqual({
      message: 'Too many',
      path: ['networks'],
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
  });

  it('hides unexpected errors in production', () => {
    const result = formatGraphQLError(
      formatted('INTERNAL_SERVER_ERROR'),
      new Error('db down'),
      true,
    );

    expect(result).toEqual({
      message: 'Internal server error',
      path: ['networks'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('in development says what an unexpected Prisma error was, without its call text or paths', () => {
    const prismaError = Object.assign(
      new Error(
        'Invalid `prisma.service.findMany()` invocation in\n/work/main/apps/api/src/x.ts:38:40\n\n→ 38 where: { id: "x" }\nInconsistent column data: Error creating UUID',
      ),
      { name: 'PrismaClientKnownRequestError', code: 'P2023' },
    );
    const error = new GraphQLError(prismaError.message, { originalError: prismaError });

    const result = formatGraphQLError(formatted('INTERNAL_SERVER_ERROR'), error, false);

    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(result.message).toBe('PrismaClientKnownRequestError P2023 (details in the server log)');
  });

  it('in development keeps a short first line of other unexpected errors', () => {
    const error = new GraphQLError('x', {
      originalError: new Error(`boom ${'a'.repeat(5000)}\nmore`),
    });

    const { message } = formatGraphQLError(formatted('INTERNAL_SERVER_ERROR'), error, false);

    expect(message.startsWith('boom aaa')).toBe(true);
    expect(message.length).toBeLessThan(250);
  });

  it('answers an unreachable database with SERVICE_UNAVAILABLE, in every mode', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const error = new GraphQLError(refused.message, { originalError: refused });

    for (const isProduction of [true, false]) {
      const result = formatGraphQLError(formatted('INTERNAL_SERVER_ERROR'), error, isProduction);
      expect(result.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect(result.message).not.toContain('5432');
    }
  });

  it('clips a long message that quotes the input (graphql-js quotes invalid variables whole)', () => {
    const result = formatGraphQLError(
      {
        message: `Variable "$id" got invalid value "${'x'.repeat(600_000)}"`,
        extensions: { code: 'BAD_USER_INPUT' },
      },
      new Error('x'),
      true,
    );

    expect(result.message.length).toBeLessThan(1100);
    expect(result.message).toContain('(600');
  });

  it('keeps GraphQL validation codes but never stack traces', () => {
    const result = formatGraphQLError(
      formatted('GRAPHQL_VALIDATION_FAILED'),
      new Error('x'),
      false,
    );

    expect(result.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('keeps only the code, limit and actual of an operation refused by a limit', () => {
    const result = formatGraphQLError(
      {
        message: 'Query depth 15 exceeds the limit of 12.',
        extensions: { code: 'QUERY_TOO_DEEP', limit: 12, actual: 15, stacktrace: ['at x.ts:1'] },
      },
      new Error('x'),
      true,
    );

    expect(result).toEqual({
      message: 'Query depth 15 exceeds the limit of 12.',
      extensions: { code: 'QUERY_TOO_DEEP', limit: 12, actual: 15 },
    });
  });
});

describe('formatRequestError', () => {
  const bodyParserError = (status: number, type: string, message: string) =>
    Object.assign(new Error(message), { status, statusCode: status, type, expose: true });

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE naming the limit', () => {
    expect(
      formatRequestError(bodyParserError(413, 'entity.too.large', 'too large'), '1mb'),
    ).toEqual({
      status: 413,
      body: {
        errors: [
          {
            message: 'Request body exceeds the limit of 1mb',
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      },
    });
  });

  it('answers an unreadable body with its 4xx and BAD_REQUEST, without quoting the body', () => {
    const result = formatRequestError(
      bodyParserError(400, 'entity.parse.failed', 'Unexpected token s in JSON: "secret"'),
      '1mb',
    );

    expect(result).toEqual({
      status: 400,
      body: {
        errors: [{ message: 'Malformed request body', extensions: { code: 'BAD_REQUEST' } }],
      },
    });
  });

  it('leaves other errors to the next handler', () => {
    expect(formatRequestError(new Error('boom'), '1mb')).toBeUndefined();
    expect(
      formatRequestError(Object.assign(new Error('x'), { status: 500, type: 'x' }), '1mb'),
    ).toBeUndefined();
  });
});
