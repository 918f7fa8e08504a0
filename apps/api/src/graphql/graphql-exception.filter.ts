import { type ArgumentsHost, Catch, IntrinsicException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { type GqlContextType, type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

import { DomainError } from '../common/errors/domain-error';
import { clipForLog, clipText } from '../common/text/clip';
import { isDatabaseUnavailable } from '../database/database-errors';
import { serviceUnavailableError } from './format-error';

/** Longest error message in a log line, and how many stack frames are kept. */
const LOGGED_MESSAGE_CHARS = 1000;
const LOGGED_STACK_FRAMES = 10;

/** An unexpected error as one bounded log entry: class, code, clipped message, the top frames. */
export function describeForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: clipForLog(String(error)) };
  const { code } = error as { code?: unknown };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, LOGGED_STACK_FRAMES)
    .map((line) => clipText(line.trim(), 300));
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    message: clipText(error.message, LOGGED_MESSAGE_CHARS),
    stack: frames.join('\n'),
  };
}

/**
 * What happens to an exception a resolver (or its guard) throws, in place of Nest's default, which
 * logs every exception at error level with its whole message and stack (a refusal quoting a 600 kB
 * id made a 1.2 MB log line):
 * - a DomainError (BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, …) is an expected refusal: logged at debug,
 *   code and field only, with a clipped message, no stack;
 * - an unreachable database becomes SERVICE_UNAVAILABLE (HTTP 503, Retry-After), logged once per
 *   request at warn level, without stack;
 * - anything else is a bug: logged at error level, bounded (describeForLog).
 * The exception is returned, so GraphQL reports it; format-error.ts shapes what the client sees.
 * Outside GraphQL (GET /health) Nest's own handling applies.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') {
      super.catch(exception, host);
      return undefined;
    }
    if (exception instanceof DomainError) {
      this.logger.debug({
        msg: 'request refused',
        code: exception.code,
        field: exception.details.field,
        message: clipForLog(exception.message),
      });
      return exception;
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ msg: 'database unavailable', error: describeForLog(exception).message });
      return serviceUnavailableError();
    }
    if (exception instanceof GraphQLError || exception instanceof IntrinsicException) {
      // Thrown on purpose with a code (or a Nest HTTP exception): a refusal, not a bug.
      this.logger.debug({ msg: 'request refused', message: clipForLog(exception.message) });
      return exception;
    }
    this.logger.error({ msg: 'resolver failed', err: describeForLog(exception) });
    return exception;
  }
}
