import { LANGUAGES, type Stems } from '../utils/search-text.util';
import { type FamilyProbe } from './word-analysis.query';
import {
  derivationRoot,
  familyRoots,
  finnishVariants,
  MAX_DERIVED_ENDING,
  MAX_VARIANT_ENDING,
} from './word-families';
import { type StemmedWord, type WordFamily } from './word-groups';

const length = (text: string) => [...text].length;
/** Only words of at least this many letters are looked up for derived relatives. */
const MIN_DERIVATION_WORD = 4;
/** A Finnish derived relative is its root followed by at most this many letters (a case ending). */
const MAX_FINNISH_ENDING = 3;

/**
 * The vocabulary look-ups of one typed word (word-families.ts): each Finnish variant of its stems
 * (`v:<variant>`), and in each language the root of its derivational suffix or, without one, its
 * stem (`d:<language>:<root>`: violence → violen, våld → våld, so both directions are found).
 */
export function familyProbes(word: StemmedWord): FamilyProbe[] {
  const probes = new Map<string, FamilyProbe>();
  for (const stem of word.stems.fi) {
    for (const variant of finnishVariants(stem)) {
      probes.set(`v:${variant}`, {
        source: word.word,
        key: `v:${variant}`,
        prefix: variant,
        maxLength: length(variant) + MAX_VARIANT_ENDING,
      });
    }
  }
  if (length(word.word) >= MIN_DERIVATION_WORD) {
    for (const language of LANGUAGES) {
      if (word.stems[language].length === 0) continue;
      const roots = new Set<string>();
      for (const form of [word.word, ...word.stems[language]]) {
        const derived = derivationRoot(form, language);
        if (derived) roots.add(derived.root);
      }
      // Without a suffix (a base noun: våld, violence's stem), its stem is the root to look for.
      if (roots.size === 0 && language !== 'fi') {
        for (const stem of word.stems[language]) {
          if (length(stem) >= MIN_DERIVATION_WORD) roots.add(stem);
        }
      }
      for (const root of roots) {
        const key = `d:${language}:${root}`;
        probes.set(key, {
          source: word.word,
          key,
          prefix: root,
          maxLength: length(root) + MAX_DERIVED_ENDING,
        });
      }
    }
  }
  return [...probes.values()];
}

export interface ProbeRow {
  readonly probe: string;
  readonly word: string;
  readonly stems: Stems;
}

/**
 * A typed word's family from what its probes found: the Finnish variants some vocabulary word has,
 * and the vocabulary words of the same root but another stem in each language (its derived
 * relatives; an inflected form of the word itself has its stem and is matched by it anyway). A word
 * with an adjective suffix and derived relatives describes a person (isDescribingAdjective).
 */
export function toFamily(
  word: StemmedWord,
  probes: readonly FamilyProbe[],
  rows: readonly ProbeRow[],
): WordFamily {
  const variants = probes
    .filter((probe) => probe.key.startsWith('v:') && rows.some((row) => row.probe === probe.key))
    .map((probe) => probe.prefix);
  const derived: WordFamily['derived'][number][] = [];
  let describes = false;
  for (const row of rows) {
    const [kind, language, root] = row.probe.split(':');
    if (
      kind !== 'd' ||
      root === undefined ||
      (language !== 'fi' && language !== 'sv' && language !== 'en')
    ) {
      continue;
    }
    const stems = row.stems[language];
    if (row.word === word.word || stems.length === 0) continue;
    if (stems.every((stem) => word.stems[language].includes(stem))) continue;
    // A Finnish relative is the root noun in some case form (väkivaltainen → väkivalta, väkivaltaa),
    // not a compound of it (väkivaltatyö); elsewhere its own root must be the same (not violation).
    const related =
      language === 'fi'
        ? length(row.word) - length(root) <= MAX_FINNISH_ENDING
        : familyRoots(row.word, stems, language).has(root);
    if (!related) continue;
    if (derived.some((d) => d.word === row.word && d.language === language)) continue;
    derived.push({ word: row.word, language, stems });
    if ([word.word, ...word.stems[language]].some((f) => derivationRoot(f, language)?.adjective)) {
      describes = true;
    }
  }
  return { variants, derived, describes };
}
