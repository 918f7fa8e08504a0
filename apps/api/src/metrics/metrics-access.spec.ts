import { type IncomingMessage } from 'node:http';

import { parseEnv } from '../config/env.schema';
import { metricsAccess } from './metrics-access';

const TOKEN = 'a-metrics-token-of-at-least-32-characters';
/** Production needs REFERRAL_KEYS. */
const REFERRAL_KEYS = `k1:${Buffer.alloc(32, 1).toString('base64')}`;

function request(remoteAddress: string, authorization?: string): IncomingMessage {
  return {
    headers: authorization === undefined ? {} : { authorization },
    socket: { remoteAddress },
  } as unknown as IncomingMessage;
}

describe('who may read /metrics', () => {
  it('in production without a token or a port: nobody (404), loopback included', () => {
    const env = parseEnv({ NODE_ENV: 'production', REFERRAL_KEYS });
    expect(metricsAccess(env, request('127.0.0.1'), 'api-port')).toBe('not-found');
    expect(metricsAccess(env, request('203.0.113.9'), 'api-port')).toBe('not-found');
  });

  it('outside production without a token: loopback peers only, whatever X-Forwarded-For says', () => {
    const env = parseEnv({ NODE_ENV: 'development' });
    expect(metricsAccess(env, request('127.0.0.1'), 'api-port')).toBe('allow');
    expect(metricsAccess(env, request('::1'), 'api-port')).toBe('allow');
    const proxied = request('203.0.113.9');
    proxied.headers['x-forwarded-for'] = '127.0.0.1';
    expect(metricsAccess(env, proxied, 'api-port')).toBe('not-found');
  });

  it('with METRICS_TOKEN: the bearer token, from anywhere, in production too', () => {
    const env = parseEnv({ NODE_ENV: 'production', REFERRAL_KEYS, METRICS_TOKEN: TOKEN });
    expect(metricsAccess(env, request('203.0.113.9', `Bearer ${TOKEN}`), 'api-port')).toBe('allow');
    expect(metricsAccess(env, request('127.0.0.1'), 'api-port')).toBe('unauthorized');
    expect(metricsAccess(env, request('127.0.0.1', `Bearer ${TOKEN.slice(1)}`), 'api-port')).toBe(
      'unauthorized',
    );
    expect(metricsAccess(env, request('127.0.0.1', TOKEN), 'api-port')).toBe('unauthorized');
  });

  it('with METRICS_PORT: never on the API port; on its own port open, or by token when set', () => {
    const open = parseEnv({ NODE_ENV: 'production', REFERRAL_KEYS, METRICS_PORT: '9464' });
    expect(metricsAccess(open, request('127.0.0.1'), 'api-port')).toBe('not-found');
    expect(metricsAccess(open, request('10.0.0.7'), 'metrics-port')).toBe('allow');
    const guarded = parseEnv({ METRICS_PORT: '9464', METRICS_TOKEN: TOKEN });
    expect(metricsAccess(guarded, request('127.0.0.1'), 'metrics-port')).toBe('unauthorized');
    expect(metricsAccess(guarded, request('10.0.0.7', `Bearer ${TOKEN}`), 'metrics-port')).toBe(
      'allow',
    );
  });

  it('refuses a short token and a metrics port equal to PORT', () => {
    expect(() => parseEnv({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => parseEnv({ PORT: '4000', METRICS_PORT: '4000' })).toThrow(/METRICS_PORT/);
  });
});
