import {
  matchQuery,
  prefixQuery,
  queryWords,
  rankQuery,
  requiredGroups,
  withoutCoveredTerms,
  type WordAlternative,
  type WordGroup,
} from './search-text.util';

const word = (w: string, fi: string[], isSynonym = false): WordAlternative => ({
  word: w,
  isSynonym,
  fi,
  sv: [],
  en: [],
});
const group = (...alternatives: WordAlternative[]): WordGroup => ({
  word: alternatives[0]?.word ?? '',
  alternatives,
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

describe('requiredGroups', () => {
  it('requires every word of one or two, then two thirds rounded up', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(requiredGroups)).toEqual([0, 1, 2, 2, 3, 4, 4, 5, 6]);
  });
});

describe('prefixQuery', () => {
  it('makes stem prefixes, and for Finnish the gradation prefix of long stems', () => {
    expect(prefixQuery(group(word('turvakodista', ['turvakod'])), 'fi')).toBe(
      "'turvakod':* | 'turvako':*",
    );
    // A synonym: its prefix in Finnish, without the gradation prefix; its exact stem elsewhere.
    const avioero = { ...word('avioero', ['avioero'], true), en: ['avioero'] };
    expect(prefixQuery(group(word('ero', ['ero']), avioero), 'fi')).toBe("'ero':* | 'avioero':*");
    expect(prefixQuery(group(word('ero', ['ero']), avioero), 'en')).toBe("'avioero'");
    expect(prefixQuery(group(word('ja', [])), 'fi')).toBeNull();
    expect(prefixQuery(group(word('ero', ['ero'])), 'sv')).toBeNull();
  });

  it('keeps short prefixes for the Finnish document of a Finnish query only', () => {
    const men: WordAlternative = {
      word: 'men',
      isSynonym: false,
      fi: ['men'],
      sv: [],
      en: ['men'],
    };
    expect(prefixQuery(group(men), 'fi', 'fi')).toBe("'men':*");
    expect(prefixQuery(group(men), 'fi', 'en')).toBe("'men'");
    expect(prefixQuery(group(men), 'en', 'en')).toBe("'men'");
  });

  it('matches a similar vocabulary word by its exact stem from the group’s similarity', () => {
    const similar = { ...word('aggredi', ['aggredi'], true), similarity: 0.55 };
    expect(prefixQuery(group(word('aggeredi', []), similar), 'fi')).toBeNull();
    expect(prefixQuery({ ...group(word('aggeredi', []), similar), minSimilarity: 0.5 }, 'fi')).toBe(
      "'aggredi'",
    );
  });

  it('requires every word of a phrase in one document, and can leave synonym phrases out', () => {
    const phrase: WordGroup = {
      word: 'violence home',
      alternatives: [],
      phrases: [
        {
          text: 'domestic violence',
          isSynonym: false,
          words: [
            { fi: [], sv: [], en: ['domest'] },
            { fi: [], sv: [], en: ['violenc'] },
          ],
        },
      ],
    };
    expect(prefixQuery(phrase, 'en', 'en')).toBe("('domest':* & 'violenc':*)");
    expect(prefixQuery(phrase, 'fi', 'en')).toBeNull();
    const synonym: WordGroup = {
      ...phrase,
      phrases: phrase.phrases?.map((p) => ({ ...p, isSynonym: true })),
    };
    expect(prefixQuery(synonym, 'en', 'en')).toBe("('domest' & 'violenc')");
    expect(prefixQuery(synonym, 'en', 'en', undefined, Infinity, false)).toBeNull();
  });
});

describe('withoutCoveredTerms', () => {
  it('drops the terms another prefix matches too, keeping the rest in their order', () => {
    expect(
      withoutCoveredTerms([
        "'alkoholist':*",
        "'alkoho':*",
        "'päihd':*",
        "'alkoholiryhmä'",
        "'alkoho'",
        "'alkoholi':*",
        "'päihde'",
        "'paihde'",
        "('alkoholi':* & 'perhe':*)",
      ]),
    ).toEqual(["'alkoho':*", "'päihd':*", "'paihde'", "('alkoholi':* & 'perhe':*)"]);
  });

  it('keeps exact terms without a covering prefix, and a prefix equal to itself', () => {
    expect(withoutCoveredTerms(["'ero'", "'eroryhmä'", "'ero':*"])).toEqual(["'ero':*"]);
    expect(withoutCoveredTerms(["'eroryhmä'", "'ero'"])).toEqual(["'eroryhmä'", "'ero'"]);
    expect(withoutCoveredTerms([])).toEqual([]);
  });
});

describe('matchQuery', () => {
  it('is the matching prefix query less what its prefixes cover; ranking keeps every term', () => {
    const similar = (w: string, similarity: number) => ({
      ...word(w, [w], true),
      similarity,
    });
    const alkoholi = group(
      word('alkoholista', ['alkoholist']),
      similar('alkoholiryhmä', 0.7),
      similar('alkoholistit', 0.8),
      similar('päihde', 0.6),
    );
    expect(prefixQuery(alkoholi, 'fi')).toBe(
      "'alkoholist':* | 'alkoholis':* | 'alkoholiryhmä' | 'alkoholistit' | 'päihde'",
    );
    expect(matchQuery(alkoholi, 'fi', 'fi')).toBe("'alkoholis':* | 'alkoholiryhmä' | 'päihde'");
    expect(matchQuery(alkoholi, 'fi', 'fi', 'typed')).toBe("'alkoholis':*");
    expect(matchQuery(alkoholi, 'sv', 'fi')).toBeNull();
  });
});

describe('rankQuery', () => {
  it('separates typed words from synonyms', () => {
    const groups = [group(word('ero', ['ero']), word('avioero', ['avioero'], true))];
    expect(rankQuery(groups, 'fi', false)).toBe("'ero':*");
    expect(rankQuery(groups, 'fi', true)).toBe("'avioero':*");
  });
});
