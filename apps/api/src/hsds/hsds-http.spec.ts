import { type Request } from 'express';

import { isNotModified } from './hsds-http';
import { derivedId } from './hsds-ids';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as Request;

describe('isNotModified', () => {
  const etag = '"abc"';
  const lastModified = new Date('2026-12-01T10:00:00.750Z');

  it('matches If-None-Match against the ETag (weakly, in a list, or *)', () => {
    expect(isNotModified(request({ 'if-none-match': '"abc"' }), etag)).toBe(true);
    expect(isNotModified(request({ 'if-none-match': 'W/"abc"' }), etag)).toBe(true);
    expect(isNotModified(request({ 'if-none-match': '"x", "abc"' }), etag)).toBe(true);
    expect(isNotModified(request({ 'if-none-match': '*' }), etag)).toBe(true);
    expect(isNotModified(request({ 'if-none-match': '"abd"' }), etag)).toBe(false);
  });

  it('lets If-None-Match decide over If-Modified-Since', () => {
    const headers = { 'if-none-match': '"old"', 'if-modified-since': lastModified.toUTCString() };
    expect(isNotModified(request(headers), etag, lastModified)).toBe(false);
  });

  it('compares If-Modified-Since in whole seconds, and needs a Last-Modified', () => {
    const same = { 'if-modified-since': 'Tue, 01 Dec 2026 10:00:00 GMT' };
    const before = { 'if-modified-since': 'Tue, 01 Dec 2026 09:59:59 GMT' };
    expect(isNotModified(request(same), etag, lastModified)).toBe(true);
    expect(isNotModified(request(before), etag, lastModified)).toBe(false);
    expect(isNotModified(request(same), etag)).toBe(false);
    expect(isNotModified(request({ 'if-modified-since': 'yesterday' }), etag, lastModified)).toBe(
      false,
    );
    expect(isNotModified(request({}), etag, lastModified)).toBe(false);
  });
});

describe('derivedId', () => {
  it('gives the same version-5 UUID for the same parts, another for other parts', () => {
    const id = derivedId('5a1e0b6e-0c1f-4c3e-9d0a-400000000001', 'phone');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedId('5a1e0b6e-0c1f-4c3e-9d0a-400000000001', 'phone')).toBe(id);
    expect(derivedId('5a1e0b6e-0c1f-4c3e-9d0a-400000000002', 'phone')).not.toBe(id);
    expect(derivedId('5a1e0b6e-0c1f-4c3e-9d0a-400000000001', 'language', 'fi')).not.toBe(id);
  });
});
