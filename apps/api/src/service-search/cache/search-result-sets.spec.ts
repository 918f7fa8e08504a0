import { type SearchRow } from '../query/search-result';
import { resultSetKey, SearchResultSets } from './search-result-sets';

/** A ranking of `length` positions (ids r0, r1, …), all matching 2 groups. */
function ranking(length: number, total = length): SearchRow {
  return {
    total,
    totalCut: false,
    facetsCut: false,
    best: 2,
    ids: Array.from({ length }, (_, i) => `r${i}`),
    words: Array.from({ length }, () => 2),
    themes: [{ id: 't1', count: total }],
    targetGroups: null,
    languages: null,
    channels: null,
    free: null,
    accepting: null,
  };
}

describe('SearchResultSets', () => {
  it('serves a later page of a kept ranking as its slice, with the ranking’s counts', () => {
    const sets = new SearchResultSets({ ttlSeconds: 60, maxEntries: 10 });
    sets.keep('k', 'g1', ranking(100, 250), 2, 100);
    const page = sets.page('k', 'g1', 10, 10);
    expect(page?.row.ids).toEqual([
      'r10',
      'r11',
      'r12',
      'r13',
      'r14',
      'r15',
      'r16',
      'r17',
      'r18',
      'r19',
    ]);
    expect(page?.row.words).toHaveLength(10);
    expect(page?.row.total).toBe(250);
    expect(page?.row.themes).toEqual([{ id: 't1', count: 250 }]);
    expect(page?.groups).toBe(2);
  });

  it('does not serve positions beyond those kept, unless the ranking ended within them', () => {
    const sets = new SearchResultSets({ ttlSeconds: 60, maxEntries: 10 });
    sets.keep('long', 'g1', ranking(100, 250), 2, 100);
    expect(sets.page('long', 'g1', 90, 10)).not.toBeNull();
    expect(sets.page('long', 'g1', 95, 10)).toBeNull();
    expect(sets.page('long', 'g1', 100, 10)).toBeNull();

    // 14 matches, 100 positions asked: the ranking ended, so every later page is known (empty).
    sets.keep('short', 'g1', ranking(14), 2, 100);
    expect(sets.page('short', 'g1', 10, 10)?.row.ids).toEqual(['r10', 'r11', 'r12', 'r13']);
    expect(sets.page('short', 'g1', 120, 10)?.row.ids).toEqual([]);
  });

  it('serves nothing computed at another generation, for another search, or when turned off', () => {
    const sets = new SearchResultSets({ ttlSeconds: 60, maxEntries: 10 });
    sets.keep('k', 'g1', ranking(100), 2, 100);
    expect(sets.page('k', 'g2', 10, 10)).toBeNull();
    expect(sets.page('other', 'g1', 10, 10)).toBeNull();

    const off = new SearchResultSets({ ttlSeconds: 0, maxEntries: 10 });
    expect(off.enabled).toBe(false);
    off.keep('k', 'g1', ranking(100), 2, 100);
    expect(off.page('k', 'g1', 10, 10)).toBeNull();
  });
});

describe('resultSetKey', () => {
  it('is the same for the same search written in another order, or with empty fields', () => {
    expect(resultSetKey({ text: 'ero', municipalityCode: '398' }, 'fi')).toBe(
      resultSetKey({ municipalityCode: '398', themes: null, text: 'ero' }, 'fi'),
    );
  });

  it('is as short for a text as long as a request body as for one word', () => {
    const long = resultSetKey({ text: 'väkivalta '.repeat(100_000) }, 'fi');
    expect(long.length).toBe(resultSetKey({ text: 'ero' }, 'fi').length);
    expect(long.length).toBeLessThan(64);
  });

  it('differs by anything the ranking depends on', () => {
    const base = resultSetKey({ text: 'ero', municipalityCode: '398' }, 'fi');
    expect(resultSetKey({ text: 'ero', municipalityCode: '398' }, 'sv')).not.toBe(base);
    expect(resultSetKey({ text: 'ero', municipalityCode: '091' }, 'fi')).not.toBe(base);
    expect(resultSetKey({ text: 'eron', municipalityCode: '398' }, 'fi')).not.toBe(base);
    expect(
      resultSetKey({ text: 'ero', municipalityCode: '398', freeOfCharge: true }, 'fi'),
    ).not.toBe(base);
    expect(
      resultSetKey({ text: 'ero', municipalityCode: '398', networkSlug: 'perhelinja' }, 'fi'),
    ).not.toBe(base);
  });
});
