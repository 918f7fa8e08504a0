import { derivationRoot, finnishVariants } from './word-families';
import { familyProbes, toFamily } from './word-families.probes';

const stems = (fi: string[], sv: string[] = [], en: string[] = []) => ({ fi, sv, en });

describe('finnishVariants', () => {
  it('relates the stems of a word whose stem alternates, both ways', () => {
    expect(finnishVariants('mies')).toContain('mieh'); // miehille, miehet
    expect(finnishVariants('miehe')).toEqual(expect.arrayContaining(['mies', 'mieh']));
    expect(finnishVariants('naine')).toContain('nais'); // naisille
    expect(finnishVariants('nais')).toContain('naine'); // nainen
    expect(finnishVariants('äiti')).toContain('äite'); // äideille (äiti → äide-)
    expect(finnishVariants('nuore')).toContain('nuor'); // nuorille
  });

  it('leaves out what the stem already matches and weak-to-strong guesses of a single consonant', () => {
    // raskau- (the stem minus its last letter) already finds raskauden, raskaudet.
    expect(finnishVariants('raskaus')).toEqual([]);
    // riito- (riitoja) is not riitt- (riittää).
    expect(finnishVariants('riito')).not.toContain('riitt');
    expect(finnishVariants('riito')).not.toContain('riit');
  });
});

describe('derivationRoot', () => {
  it('cuts the suffixes of one family to the same root, and not an unrelated one', () => {
    expect(derivationRoot('violent', 'en')).toEqual({ root: 'violen', adjective: true });
    expect(derivationRoot('violence', 'en')?.root).toBe('violen');
    expect(derivationRoot('violation', 'en')?.root).not.toBe('violen');
    expect(derivationRoot('våldsamma', 'sv')).toEqual({ root: 'våld', adjective: true });
    expect(derivationRoot('missbrukare', 'sv')).toEqual({ root: 'missbruk', adjective: false });
    expect(derivationRoot('väkivaltainen', 'fi')).toEqual({ root: 'väkivalta', adjective: true });
    expect(derivationRoot('men', 'en')).toBeNull();
  });
});

describe('toFamily', () => {
  it('keeps the variants the vocabulary has and the relatives of the same root', () => {
    const word = { word: 'violent', stems: stems(['violent'], ['violent'], ['violent']) };
    const probes = familyProbes(word);
    expect(probes.map((p) => p.key)).toContain('d:en:violen');
    const family = toFamily(word, probes, [
      {
        probe: 'd:en:violen',
        word: 'violence',
        stems: stems(['violenc'], ['violenc'], ['violenc']),
      },
      {
        probe: 'd:en:violen',
        word: 'violent',
        stems: stems(['violent'], ['violent'], ['violent']),
      },
    ]);
    expect(family.derived).toEqual([{ word: 'violence', language: 'en', stems: ['violenc'] }]);
    expect(family.describes).toBe(true);

    const mies = { word: 'mies', stems: stems(['mies'], ['mies'], ['mie']) };
    const found = toFamily(mies, familyProbes(mies), [
      { probe: 'v:mieh', word: 'miehille', stems: stems(['mieh']) },
    ]);
    expect(found.variants).toEqual(['mieh']);
    expect(found.describes).toBe(false);
  });
});
