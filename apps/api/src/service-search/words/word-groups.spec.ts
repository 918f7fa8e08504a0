import { type Stems } from '../utils/search-text.util';
import {
  buildGroups,
  matchSpans,
  planWords,
  type SimilarWord,
  similarSources,
  type StemmedWord,
  type SynonymGroup,
  type TypedWord,
} from './word-groups';

const stems = (fi: string, sv = fi, en = fi): Stems => ({ fi: [fi], sv: [sv], en: [en] });
const word = (w: string, s: Stems = stems(w)): StemmedWord => ({ word: w, stems: s });
const typed = (w: string, extra: Partial<Omit<TypedWord, 'word'>> = {}): TypedWord => ({
  ...word(w),
  stop: false,
  known: true,
  ...extra,
});
const similar = (w: string, similarity: number): SimilarWord => ({
  word: w,
  similarity,
  ...stems(w),
});

describe('planWords', () => {
  it('drops stop words and replaces an unknown word by its two parts', () => {
    const plan = planWords([
      typed('ja', { stop: true }),
      typed('eroperhe', { known: false, split: [word('ero'), word('perhe', stems('perh'))] }),
    ]);
    expect(plan.words.map((w) => [w.word, w.known])).toEqual([
      ['ero', true],
      ['perhe', true],
    ]);
    expect(plan.joins).toEqual([]);
  });

  it('keeps a known compound with its parts, and marks words typed apart that go together', () => {
    const plan = planWords([
      typed('eroryhmä', { split: [word('ero'), word('ryhmä')] }),
      typed('turva', { joined: word('turvakoti') }),
      typed('koti'),
    ]);
    expect(plan.words.map((w) => [w.word, w.parts?.map((p) => p.word)])).toEqual([
      ['eroryhmä', ['ero', 'ryhmä']],
      ['turva', undefined],
      ['koti', undefined],
    ]);
    expect(plan.joins).toEqual([{ at: 1, joined: word('turvakoti') }]);
  });

  it('does not repeat a word', () => {
    const plan = planWords([
      typed('ero'),
      typed('eroperhe', { known: false, split: [word('ero'), word('perhe')] }),
    ]);
    expect(plan.words.map((w) => w.word)).toEqual(['ero', 'perhe']);
  });
});

describe('matchSpans', () => {
  const violence: SynonymGroup = {
    id: 'dv',
    language: 'fi',
    entries: [
      {
        text: 'violence at home',
        words: [
          word('violence', stems('violence', 'violence', 'violenc')),
          word('at', { fi: ['at'], sv: ['at'], en: [] }),
          word('home', stems('home', 'hom', 'home')),
        ],
      },
      { text: 'perheväkivalta', words: [word('perheväkivalta', stems('perheväkiv'))] },
      { text: 'väkivalta', words: [word('väkivalta', stems('väkiv'))] },
    ],
  };

  it('matches a phrase by stems in the query’s language, stop words aside', () => {
    const plan = planWords([
      typed('violence', { stems: stems('violence', 'violence', 'violenc') }),
      typed('homes', { stems: stems('homes', 'hom', 'home') }),
    ]);
    expect(matchSpans(plan, [violence], 'en')).toEqual([{ gid: 'dv', pos: 0, len: 2 }]);
    // In Finnish "at" is no stop word, and "homes" has another Finnish stem: no match.
    expect(matchSpans(plan, [violence], 'fi')).toEqual([]);
  });

  it('matches an inflected form that begins with the entry’s word, not a longer compound', () => {
    const plan = planWords([
      typed('väkivaltaa', { stems: stems('väkival') }),
      typed('väkivaltakeskus', { stems: stems('väkivaltakesk') }),
    ]);
    expect(matchSpans(plan, [violence], 'fi')).toEqual([{ gid: 'dv', pos: 0, len: 1 }]);
  });
});

describe('buildGroups', () => {
  it('adds joined words, synonym entries and similar words to a word', () => {
    const plan = planWords([typed('turva', { joined: word('turvakoti') }), typed('koti')]);
    const groups: SynonymGroup[] = [
      { id: 'g1', language: 'sv', entries: [{ text: 'hem', words: [word('hem')] }] },
    ];
    const spans = [{ gid: 'g1', pos: 1, len: 1 }];
    expect(similarSources(plan, spans, groups)).toEqual(['turva', 'koti', 'hem']);
    const built = buildGroups(
      plan,
      spans,
      groups,
      new Map([['koti', [similar('ensikoti', 0.6), similar('kotona', 0.6)]]]),
    );
    expect(built.map((g) => g.word)).toEqual(['turva', 'koti']);
    expect(built[0]!.alternatives.map((a) => a.word)).toEqual(['turva', 'turvakoti']);
    // A short word's similar words must contain it: ensikoti, not kotona.
    expect(built[1]!.alternatives.map((a) => [a.word, a.isSynonym])).toEqual([
      ['koti', false],
      ['turvakoti', false],
      ['hem', true],
      ['ensikoti', true],
    ]);
  });

  it('makes the words a phrase entry names one group of that synonym group, ranked as typed', () => {
    const plan = planWords([typed('violence'), typed('home'), typed('lahti')]);
    const groups: SynonymGroup[] = [
      {
        id: 'dv',
        language: 'en',
        entries: [
          { text: 'violence at home', words: [word('violence'), word('home')] },
          { text: 'perheväkivalta', words: [word('perheväkivalta')] },
        ],
      },
      { id: 'v', language: 'en', entries: [{ text: 'abuse', words: [word('abuse')] }] },
    ];
    const spans = [
      { gid: 'dv', pos: 0, len: 2 },
      { gid: 'v', pos: 0, len: 1 },
    ];
    const built = buildGroups(plan, spans, groups, new Map());
    expect(built.map((g) => g.word)).toEqual(['violence home', 'lahti']);
    expect(built[0]!.alternatives.map((a) => [a.word, a.isSynonym])).toEqual([
      ['perheväkivalta', false],
    ]);
    expect(built[0]!.phrases?.map((p) => [p.text, p.isSynonym])).toEqual([
      ['violence at home', false],
    ]);
  });

  it('lets an unknown word use looser similar words, and a known compound its parts', () => {
    const plan = planWords([
      typed('aggeredi', { known: false }),
      typed('eroryhmä', { split: [word('ero'), word('ryhmä', stems('ryhm'))] }),
    ]);
    const built = buildGroups(plan, [], [], new Map([['aggeredi', [similar('aggredi', 0.55)]]]));
    expect(built[0]!.minSimilarity).toBe(0.5);
    expect(built[0]!.alternatives.map((a) => a.word)).toEqual(['aggeredi', 'aggredi']);
    expect(built[1]!.phrases).toEqual([
      { text: 'ero ryhmä', isSynonym: true, words: [stems('ero'), stems('ryhm')] },
    ]);
  });
});
