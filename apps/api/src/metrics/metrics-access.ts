import { createHash, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage } from 'node:http';

import { type TEnv } from '../config/env.schema';
import { isLoopbackAddress } from '../identity/actor.middleware';

export type MetricsAccess = 'allow' | 'unauthorized' | 'not-found';

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function hasToken(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  // Hashes have one length, so the comparison takes the same time for any guess.
  return match?.[1] !== undefined && timingSafeEqual(sha256(match[1]), sha256(token));
}

/**
 * Who may read the metrics (they tell load, errors and operation names, nothing personal, but they
 * are not for the public):
 *
 * - on METRICS_PORT (when set, /metrics is served only there): anyone who reaches that port, which
 *   listens on loopback unless METRICS_HOST says otherwise, plus the token when METRICS_TOKEN is set;
 * - on the API's port: with METRICS_TOKEN set, a request with `Authorization: Bearer <token>`
 *   (others: 401); without it, in production nobody (404, as if there were no such page), in
 *   development and tests a loopback peer (the socket's address, never X-Forwarded-For).
 */
export function metricsAccess(
  env: TEnv,
  request: IncomingMessage,
  on: 'api-port' | 'metrics-port',
): MetricsAccess {
  if (on === 'api-port' && env.METRICS_PORT !== undefined) return 'not-found';
  if (env.METRICS_TOKEN !== undefined) {
    return hasToken(request, env.METRICS_TOKEN) ? 'allow' : 'unauthorized';
  }
  if (on === 'metrics-port') return 'allow';
  if (env.NODE_ENV === 'production') return 'not-found';
  return isLoopbackAddress(request.socket.remoteAddress) ? 'allow' : 'not-found';
}
