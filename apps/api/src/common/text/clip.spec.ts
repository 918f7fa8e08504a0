import { clipForLog, clipText, echoInput, unstorableCharacter } from './clip';

describe('clipText', () => {
  it('keeps short text and clips long text with its length', () => {
    expect(clipText('abc', 3)).toBe('abc');
    expect(clipText('abcdef', 3)).toBe('abc…(6 chars)');
    expect(echoInput('x'.repeat(600_000))).toBe(`${'x'.repeat(64)}…(600000 chars)`);
    expect(clipForLog('y'.repeat(1000)).length).toBeLessThan(220);
  });

  it('never splits a surrogate pair', () => {
    expect(clipText('ab😀cd', 3)).toBe('ab…(6 chars)');
  });
});

describe('unstorableCharacter', () => {
  it.each([
    ['plain text', 'Lahti', undefined],
    ['an emoji (a surrogate pair)', 'kiva 😀', undefined],
    ['a NUL', 'a\u0000b', 'a NUL character'],
    ['a lone high surrogate', 'a\uD800', 'an unpaired UTF-16 surrogate'],
    ['a lone low surrogate', '\uDC00a', 'an unpaired UTF-16 surrogate'],
    ['reversed pair', '\uDE00\uD83D', 'an unpaired UTF-16 surrogate'],
  ])('%s', (_name, text, expected) => {
    expect(unstorableCharacter(text)).toBe(expected);
  });
});
