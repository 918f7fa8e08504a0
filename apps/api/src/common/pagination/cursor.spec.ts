import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor, toPageRequest } from './cursor';

describe('cursors', () => {
  it('round-trip a keyset position', () => {
    const key = ['Perhelinja', '5a1e0b6e-0c1f-4c3e-9d0a-000000000001'];

    expect(decodeCursor(encodeCursor(key), 2)).toEqual(key);
  });

  it.each(['%%%', encodeCursor(['only-one-part']), Buffer.from('{"a":1}').toString('base64url')])(
    'refuse a malformed cursor %s as BAD_USER_INPUT on `after`',
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrow(DomainError);
      expect(() => decodeCursor(cursor, 2)).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'after' } }) as Error,
      );
    },
  );
});

describe('toPageRequest', () => {
  it('defaults to 20 items from the start', () => {
    expect(toPageRequest({}, 2)).toEqual({ take: 20, after: undefined });
  });

  it.each([0, -1, 101, 1.5])('refuses first = %s', (first) => {
    expect(() => toPageRequest({ first }, 2)).toThrow(DomainError);
  });
});
