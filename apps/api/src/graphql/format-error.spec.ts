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
