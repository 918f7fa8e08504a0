// The benchmark's HTTP client: a POST with node:http over kept-alive connections, its answer
// decompressed and parsed. Not fetch: on this 2-core machine the client shares the cores with the
// API and PostgreSQL it measures, and fetch (undici's WHATWG streams) took ~1–1.5 ms more CPU per
// search (the client's CPU per run 2.3–2.5 s → 2.0 s, README run 9), taken from the system under test.
import http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** As a browser asks: the API compresses its answers (brotli, else gzip), as it does for the portal. */
const ACCEPT_ENCODING = 'br, gzip';

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const brotli = promisify(zlib.brotliDecompress);
const gunzip = promisify(zlib.gunzip);

export interface HttpAnswer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: unknown;
}

/** POSTs `payload` as JSON to `url` and returns the status, headers and the parsed JSON body. */
export async function postJson(url: string, payload: unknown): Promise<HttpAnswer> {
  const body = Buffer.from(JSON.stringify(payload));
  const { status, headers, raw } = await new Promise<{
    status: number;
    headers: http.IncomingHttpHeaders;
    raw: Buffer;
  }>((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          'accept-encoding': ACCEPT_ENCODING,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            raw: Buffer.concat(chunks),
          });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
  const encoding = headers['content-encoding'];
  const text =
    encoding === 'br' ? await brotli(raw) : encoding === 'gzip' ? await gunzip(raw) : raw;
  return { status, headers, body: JSON.parse(text.toString('utf8')) as unknown };
}
