import { DomainError } from '../errors/domain-error';
import { cursorPart, decodeCursor, encodeCursor, toPageRequest } from './cursor';

const BY_NAME = [cursorPart.text, cursorPart.uuid] as const;
const BY_TIME = [cursorPart.timestamp, cursorPart.uuid] as const;
const ID = '5a1e0b6e-0c1f-4c3e-9d0a-000000000001';

function badAfter(): Error {
  return expect.objectContaining({
    code: 'BAD_USER_INPUT',
    details: { field: 'after' },
  }) as Error;
}

describe('cursors', () => {
  it('round-trip a keyset position', () => {
    expect(decodeCursor(encodeCursor(['Perhelinja', ID]), BY_NAME)).toEqual(['Perhelinja', ID]);
    const at = new Date('2026-03-01T12:00:00.123Z').toISOString();
    expect(decodeCursor(encodeCursor([at, ID]), BY_TIME)).toEqual([at, ID]);
    expect(
      decodeCursor(encodeCursor(['o', 40]), [cursorPart.literal('o'), cursorPart.offset]),
    ).toEqual(['o', 40]);
  });

  it.each(['%%%', encodeCursor(['only-one-part']), Buffer.from('{"a":1}').toString('base64url')])(
    'refuse a malformed cursor %s as BAD_USER_INPUT on `after`',
    (cursor) => {
      expect(() => decodeCursor(cursor, BY_NAME)).toThrow(DomainError);
      expect(() => decodeCursor(cursor, BY_NAME)).toThrow(badAfter());
    },
  );

  it.each([
    ['a number where text is expected', BY_NAME, [1e308, 'x']],
    ['a non-uuid id', BY_NAME, ['Perhelinja', 'x']],
    ['a NUL in text', BY_NAME, ['Perhe\u0000linja', ID]],
    ['an unpaired surrogate in text', BY_NAME, ['Perhe\uD800', ID]],
    ['text over 1000 characters', BY_NAME, ['a'.repeat(1001), ID]],
    ['a number where a timestamp is expected', BY_TIME, [1e308, ID]],
    ['a date that does not exist', BY_TIME, ['2026-02-30T00:00:00.000Z', ID]],
    ['a month that does not exist', BY_TIME, ['2026-13-45T25:61:61.000Z', ID]],
    ['a timestamp not in toISOString form', BY_TIME, ['2026-02-01', ID]],
    ['a year PostgreSQL refuses', BY_TIME, ['0000-01-01T00:00:00.000Z', ID]],
    ['null', BY_TIME, [null, ID]],
    ['a nested array', BY_TIME, [['2026-01-01T00:00:00.000Z'], ID]],
    ['a non-integer offset', [cursorPart.literal('o'), cursorPart.offset], ['o', 1e308]],
    ['a negative offset', [cursorPart.literal('o'), cursorPart.offset], ['o', -1]],
    ['another tag', [cursorPart.literal('o'), cursorPart.offset], ['x', 1]],
    ['a code with letters', [cursorPart.areaCode], ['9a']],
  ] as const)('refuse a tampered cursor with %s', (_case, shape, key) => {
    expect(() => decodeCursor(encodeCursor(key as unknown as string[]), shape)).toThrow(badAfter());
  });

  it('refuses an overlong cursor before decoding it', () => {
    expect(() => decodeCursor('a'.repeat(600_000), BY_NAME)).toThrow(badAfter());
  });
});

describe('toPageRequest', () => {
  it('defaults to 20 items from the start', () => {
    expect(toPageRequest({}, BY_NAME)).toEqual({ take: 20, after: undefined });
  });

  it.each([0, -1, 101, 1.5])('refuses first = %s', (first) => {
    expect(() => toPageRequest({ first }, BY_NAME)).toThrow(DomainError);
  });

  it('checks `after` against the shape the list declares', () => {
    const after = encodeCursor(['2026-01-01T00:00:00.000Z', ID]);
    expect(toPageRequest({ after }, BY_TIME).after).toEqual(['2026-01-01T00:00:00.000Z', ID]);
    expect(() => toPageRequest({ after }, [cursorPart.uuid, cursorPart.uuid])).toThrow(badAfter());
  });
});
