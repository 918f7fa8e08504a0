import { type SearchLanguage } from '../utils/search-text.util';

/**
 * Word families the stemmers miss, by rule, checked against the catalogue's vocabulary (statement 3
 * of word-analysis.query.ts keeps only what the vocabulary has; word-groups.ts uses it):
 *
 * - **Finnish stem alternation.** Snowball cuts endings but does not undo the changes of the stem:
 *   mies → mieh- (miehille, miehet), nainen → nais- (naisille), raskaus → raskaud- (raskauden),
 *   nimetön → nimettöm-, äiti → äid- (äidit, äideille), and the other way round. `finnishVariants`
 *   turns a word's Finnish stem into the stems of its other forms, by the alternations of Finnish
 *   morphology (a closed set of stem types, not a list of words); a variant counts only when some
 *   vocabulary word of a few more letters begins with it, and then matches as a prefix in the Finnish
 *   document, as the typed word's own stem does.
 * - **Derivation.** violent ~ violence, våldsam ~ våld, missbrukare ~ missbruk, väkivaltainen ~
 *   väkivalta: `derivationRoot` cuts a derivational suffix; the vocabulary words beginning with the
 *   root whose own root is the same (so violation is not violence) join the word as its relatives.
 * - **A word that describes a person.** An adjective derived from a noun (violent, väkivaltainen,
 *   våldsam, abusive) typed before another word describes that person ("violent men": men who use
 *   violence): a word with an adjective suffix that has derived relatives in the vocabulary
 *   (word-families.probes.ts `toFamily`), whose next word word-groups.ts then treats as the person.
 */

/** A variant or a root shorter than this is not looked for (too many unrelated words begin so). */
const MIN_VARIANT_LENGTH = 4;
const MIN_ROOT_LENGTH = 4;
/** A vocabulary word counts as an inflected form of a variant with at most this many more letters. */
export const MAX_VARIANT_ENDING = 6;
/** A derived word has at most this many letters beyond the root. */
export const MAX_DERIVED_ENDING = 7;

/**
 * Stem-final alternations of Finnish (of the Snowball stems: naisille → nais, nainen → naine,
 * väkivaltainen → väkivaltain), each way: a base form's stem to the inflected forms' and back.
 */
const FINNISH_ALTERNATIONS: readonly (readonly [string, string])[] = [
  // mies : miehen, miehille (-es : -ehe-)
  ['es', 'eh'],
  ['ehe', 'es'],
  ['eh', 'es'],
  // nainen : naisen, väkivaltainen : väkivaltaiset (-nen : -se-)
  ['ine', 'is'],
  ['äine', 'äis'],
  ['in', 'is'],
  ['ise', 'ine'],
  ['is', 'ine'],
  // raskaus : raskauden, masennus : masennukseen, riippuvuus : riippuvuuteen (-us : -ukse-, -ude-)
  ['us', 'uks'],
  ['us', 'ud'],
  ['us', 'ut'],
  ['ys', 'yks'],
  ['ys', 'yd'],
  ['ys', 'yt'],
  ['os', 'oks'],
  ['ös', 'öks'],
  ['uks', 'us'],
  ['ud', 'us'],
  ['ut', 'us'],
  ['yks', 'ys'],
  ['yd', 'ys'],
  ['yt', 'ys'],
  ['oks', 'os'],
  ['öks', 'ös'],
  // rakas : rakkaan, kallis : kalliin (-as : -aa-, -is : -ii-)
  ['as', 'aa'],
  ['äs', 'ää'],
  ['is', 'ii'],
  // avain : avaimen (-in : -ime-)
  ['in', 'im'],
  ['im', 'in'],
  // nimetön : nimettömänä, maksuton : maksuttoman (-tOn : -ttOma-)
  ['tö', 'ttöm'],
  ['to', 'ttom'],
  ['ttöm', 'tö'],
  ['ttom', 'to'],
  // eronnut : eronneet, väsynyt : väsyneet (-nUt : -nee-)
  ['nu', 'ne'],
  ['ny', 'ne'],
  // vesi : veden, uusi : uuden (-si : -de-); nuori : nuoret (-i : -e-)
  ['si', 'de'],
  ['i', 'e'],
];

/** Consonant gradation, strong : weak, of the consonants before a stem's last vowels. */
const GRADATION: readonly (readonly [string, string])[] = [
  ['kk', 'k'],
  ['pp', 'p'],
  ['tt', 't'],
  ['nk', 'ng'],
  ['mp', 'mm'],
  ['lt', 'll'],
  ['nt', 'nn'],
  ['rt', 'rr'],
  ['ht', 'hd'],
  ['t', 'd'],
  ['p', 'v'],
];

const VOWELS = /[aeiouyäöå]+$/u;
const length = (text: string) => [...text].length;

/**
 * The stems of a Finnish word's other forms (see above), from its Snowball stem: each alternation
 * of its ending, and consonant gradation of the consonants before its last vowels each way (äiti →
 * äid-, väkivall- → väkivalt-). Variants that the stem itself (or the stem minus its last letter,
 * which the search already uses) begins with add nothing and are left out.
 */
export function finnishVariants(stem: string): string[] {
  const found = new Set<string>();
  const covered = (variant: string) =>
    variant.startsWith(stem) || (length(stem) >= 6 && variant.startsWith(stem.slice(0, -1)));
  const add = (variant: string) => {
    if (length(variant) >= MIN_VARIANT_LENGTH && !covered(variant) && variant !== stem) {
      found.add(variant);
    }
  };
  for (const [from, to] of FINNISH_ALTERNATIONS) {
    if (stem.endsWith(from) && length(stem) - length(from) >= 2) {
      add(stem.slice(0, stem.length - from.length) + to);
    }
  }
  // An e-stem without its e: miehe- (miehen) ~ mieh- (miehille), naise- ~ nais-, lapse- ~ laps-.
  if (/[^aeiouyäö]e$/u.test(stem) && length(stem) >= 5) {
    add(stem.slice(0, -1));
  }
  // Gradation: the consonants before the last vowels (or at the end), strong to weak and back; the
  // variant ends after them, so any vowel may follow (äiti → äid-: äidit, äideille).
  const vowels = VOWELS.exec(stem)?.[0] ?? '';
  const body = stem.slice(0, stem.length - vowels.length);
  for (const [strong, weak] of GRADATION) {
    // Weak to strong only where the weak grade tells (d → t, ll → lt): a single k, p or t may be
    // strong already (riito- is not riitt-, riittää).
    const ways =
      strong === weak + weak
        ? [[strong, weak]]
        : [
            [strong, weak],
            [weak, strong],
          ];
    for (const [from, to] of ways as [string, string][]) {
      if (body.endsWith(from) && length(body) - length(from) >= 2) {
        const before = body.slice(0, body.length - from.length);
        // A single t or p belongs to a longer cluster when a consonant precedes it (handled above).
        if (from.length === 1 && /[^aeiouyäöå]$/u.test(before) && !/[hlnr]$/u.test(before)) {
          continue;
        }
        add(before + to);
      }
    }
  }
  return [...found];
}

/**
 * Derivational suffixes by language, longest first: a word ending in one has the root before it
 * (suffixes of one family cut to the same root: violent, violence → violen; våldsam, våldsamma →
 * våld). `adjective` marks the suffixes that make an adjective describing a person or behaviour.
 */
const DERIVATIONS: Record<
  SearchLanguage,
  readonly { readonly suffix: string; readonly keep: string; readonly adjective?: true }[]
> = {
  en: [
    { suffix: 'ently', keep: 'en' },
    { suffix: 'ence', keep: 'en' },
    { suffix: 'ent', keep: 'en', adjective: true },
    { suffix: 'antly', keep: 'an' },
    { suffix: 'ancy', keep: 'an' },
    { suffix: 'ance', keep: 'an' },
    { suffix: 'ant', keep: 'an', adjective: true },
    { suffix: 'ively', keep: '' },
    { suffix: 'ive', keep: '', adjective: true },
    { suffix: 'ions', keep: '' },
    { suffix: 'ion', keep: '' },
    { suffix: 'ers', keep: '' },
    { suffix: 'er', keep: '' },
    { suffix: 'ism', keep: '' },
    { suffix: 'ist', keep: '' },
    { suffix: 'ic', keep: '', adjective: true },
    { suffix: 'ful', keep: '', adjective: true },
    { suffix: 'ous', keep: '', adjective: true },
    { suffix: 'e', keep: '' },
  ],
  sv: [
    { suffix: 'samhet', keep: '' },
    { suffix: 'samma', keep: '', adjective: true },
    { suffix: 'samt', keep: '', adjective: true },
    { suffix: 'sam', keep: '', adjective: true },
    { suffix: 'ligt', keep: '', adjective: true },
    { suffix: 'liga', keep: '', adjective: true },
    { suffix: 'lig', keep: '', adjective: true },
    { suffix: 'iskt', keep: '', adjective: true },
    { suffix: 'iska', keep: '', adjective: true },
    { suffix: 'isk', keep: '', adjective: true },
    { suffix: 'arna', keep: '' },
    { suffix: 'aren', keep: '' },
    { suffix: 'are', keep: '' },
    { suffix: 'ande', keep: '', adjective: true },
    { suffix: 'ende', keep: '', adjective: true },
    { suffix: 'het', keep: '' },
  ],
  fi: [
    // väkivaltainen, väkivaltaiset, väkivaltaiselle (Snowball: väkivaltain, väkivaltais)
    { suffix: 'ainen', keep: 'a', adjective: true },
    { suffix: 'äinen', keep: 'ä', adjective: true },
    { suffix: 'ain', keep: 'a', adjective: true },
    { suffix: 'äin', keep: 'ä', adjective: true },
    { suffix: 'ais', keep: 'a', adjective: true },
    { suffix: 'äis', keep: 'ä', adjective: true },
  ],
};

export interface Derivation {
  readonly root: string;
  readonly adjective: boolean;
}

/** The root of a derived word in a language (violent → violen), or null when no suffix applies. */
export function derivationRoot(word: string, language: SearchLanguage): Derivation | null {
  for (const { suffix, keep, adjective } of DERIVATIONS[language]) {
    if (!word.endsWith(suffix)) continue;
    const root = word.slice(0, word.length - suffix.length) + keep;
    if (length(root) < MIN_ROOT_LENGTH) continue;
    return { root, adjective: adjective === true };
  }
  return null;
}

/** The roots a word may have, a surface form and its stems in that language (or the word itself). */
export function familyRoots(word: string, stems: readonly string[], language: SearchLanguage) {
  const roots = new Set<string>();
  for (const form of [word, ...stems]) {
    roots.add(derivationRoot(form, language)?.root ?? form);
  }
  return roots;
}
