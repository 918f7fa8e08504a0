import { prefixQuery, queryWords, rankQuery, type WordAlternative } from './search-text.util';

const word = (w: string, fi: string[], isSynonym = false): WordAlternative => ({
  word: w,
  isSynonym,
  fi,
  sv: [],
  en: [],
});

describe('queryWords', () => {
  it('keeps letters and digits only, lower case, distinct, at most 8', () => {
    expect(queryWords("Turvakoti'; DROP TABLE x -- ÄITI äiti")).toEqual([
      'turvakoti',
      'drop',
      'table',
      'x',
      'äiti',
    ]);
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8);
    expect(queryWords(null)).toEqual([]);
    expect(queryWords('  ---  ')).toEqual([]);
  });
});

describe('prefixQuery', () => {
  it('makes stem prefixes, and for Finnish the gradation prefix of long stems', () => {
    expect(prefixQuery([word('turvakodista', ['turvakod'])], 'fi')).toBe(
      "'turvakod':* | 'turvako':*",
    );
    expect(prefixQuery([word('ero', ['ero']), word('avioero', ['avioero'], true)], 'fi')).toBe(
      "'ero':* | 'avioero':* | 'avioer':*",
    );
    expect(prefixQuery([word('ja', [])], 'fi')).toBeNull();
    expect(prefixQuery([word('ero', ['ero'])], 'sv')).toBeNull();
  });
});

describe('rankQuery', () => {
  it('separates typed words from synonyms', () => {
    const groups = [
      { word: 'ero', alternatives: [word('ero', ['ero']), word('avioero', ['avioero'], true)] },
    ];
    expect(rankQuery(groups, 'fi', false)).toBe("'ero':*");
    expect(rankQuery(groups, 'fi', true)).toBe("'avioero':*");
  });
});
