import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';

import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { type DestinationStream } from 'pino';
import { type Options } from 'pino-http';

import { AppConfig } from '../config/app-config';

const REQUEST_ID_HEADER = 'x-request-id';
const SAFE_REQUEST_ID = /^[\w.-]{8,128}$/;
/** Health probes and metric scrapes: not logged per request. */
const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);

/** Reuses a well-formed incoming X-Request-Id (from a proxy), otherwise makes one. */
export function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Structured JSON logs through pino, one child logger per request carrying its `reqId` (also sent back
 * as X-Request-Id). Logs carry ids and decisions, never bodies, cookies or authorization headers.
 * `destination` replaces stdout (tests read the log lines from it).
 */
@Module({})
export class LoggingModule {
  static forRoot(destination?: DestinationStream): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            const options: Options = {
              level: config.env.LOG_LEVEL,
              genReqId: (request, response) => {
                const id = requestIdFor(request);
                response.setHeader('X-Request-Id', id);
                return id;
              },
              redact: [
                'req.headers.authorization',
                'req.headers.cookie',
                'res.headers["set-cookie"]',
              ],
              serializers: {
                req: (req: { id: string; method: string; url: string }) => ({
                  id: req.id,
                  method: req.method,
                  url: req.url,
                }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
              // Probes and scrapes come every few seconds; their answers say what a log line would.
              autoLogging: { ignore: (request) => QUIET_PATHS.has(request.url ?? '') },
              ...(config.env.LOG_FORMAT === 'pretty' && !destination
                ? { transport: { target: 'pino-pretty', options: { singleLine: true } } }
                : {}),
            };
            return { pinoHttp: destination ? [options, destination] : options };
          },
        }),
      ],
    };
  }
}
