import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';

import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { metricsAccess, type MetricsAccess } from './metrics-access';
import { MetricsRegistry } from './metrics.registry';

/** Answers a scrape according to `access`: the metrics, 401 (token missing or wrong) or 404. */
export async function sendMetrics(
  metrics: MetricsRegistry,
  access: MetricsAccess,
  response: ServerResponse,
): Promise<void> {
  response.setHeader('Cache-Control', 'no-store');
  if (access !== 'allow') {
    if (access === 'unauthorized') response.setHeader('WWW-Authenticate', 'Bearer');
    response.statusCode = access === 'unauthorized' ? 401 : 404;
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.end(access === 'unauthorized' ? 'Unauthorized\n' : 'Not Found\n');
    return;
  }
  const { contentType, body } = await metrics.render();
  response.statusCode = 200;
  response.setHeader('Content-Type', contentType);
  response.end(body);
}

/**
 * With METRICS_PORT set, /metrics is served by a small HTTP server of its own on that port (and
 * METRICS_HOST), so the API's public port never answers it; closed with the application.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: Server | undefined;

  constructor(
    private readonly config: AppConfig,
    private readonly metrics: MetricsRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { METRICS_PORT: port, METRICS_HOST: host } = this.config.env;
    if (port === undefined) return;
    const server = createServer((request, response) => {
      const path = (request.url ?? '').split('?')[0];
      const access =
        request.method === 'GET' && path === '/metrics'
          ? metricsAccess(this.config.env, request, 'metrics-port')
          : 'not-found';
      sendMetrics(this.metrics, access, response).catch(() => {
        response.statusCode = 500;
        response.end();
      });
    });
    server.listen(port, host);
    await once(server, 'listening');
    this.server = server;
    new Logger('Metrics').log({ msg: 'metrics served', url: `http://${host}:${port}/metrics` });
  }

  async onApplicationShutdown(): Promise<void> {
    const { server } = this;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
  }
}
