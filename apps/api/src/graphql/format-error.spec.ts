import { GraphQLError } from 'graphql';

import { BadUserInputError } from '../common/errors/domain-error';
import { formatGraphQLError } from './format-error';

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
});
