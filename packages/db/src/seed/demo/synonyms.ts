import { FEDERATION_ID, PERHELINJA_ID } from './networks.js';

export interface DemoSynonymGroup {
  readonly id: string;
  readonly networkId: string;
  /** The language of the words (their stems are compared with that language's rules). */
  readonly language: 'fi' | 'sv' | 'en';
  /** Lower case, base forms; a query word in the group also searches for the others. */
  readonly words: readonly string[];
}

/**
 * Everyday words people type that the service texts do not use, each tied to words the texts do use.
 * Only groups whose need a demo service really answers (the relevance set in
 * apps/api/test/integration/search/relevance-cases.ts measures them). Groups are appended, never
 * reordered: the position is part of the id, and the seed only adds missing groups.
 */
const GROUPS: readonly { language: 'fi' | 'sv' | 'en'; words: readonly string[] }[] = [
  { language: 'fi', words: ['ero', 'avioero', 'eroaminen'] },
  { language: 'fi', words: ['masennus', 'uupumus', 'alakulo', 'uupunut', 'väsymys', 'väsynyt'] },
  { language: 'fi', words: ['väkivalta', 'pahoinpitely'] },
  { language: 'sv', words: ['skilsmässa', 'separation'] },
  { language: 'en', words: ['divorce', 'separation'] },
  { language: 'en', words: ['depression', 'exhaustion', 'exhausted'] },
  // Substance use (Jannika, Ensikoti).
  { language: 'fi', words: ['päihde', 'päihteet', 'alkoholi', 'huume', 'huumeet'] },
  { language: 'sv', words: ['rusmedel', 'missbruk', 'alkohol', 'droger'] },
  { language: 'en', words: ['substance', 'alcohol', 'drug', 'drugs'] },
  // Pregnancy (Ensikoti, Baby Blues, Jannika say "raskausaikana", "odottaville", "expecting").
  { language: 'fi', words: ['raskaus', 'raskaana', 'odottava'] },
  { language: 'en', words: ['pregnancy', 'pregnant', 'expecting'] },
  { language: 'en', words: ['postnatal', 'postpartum', 'birth'] },
  // A mother raising a child alone (Mieskaveritoiminta).
  { language: 'fi', words: ['yksinhuoltaja', 'yksin'] },
  // Behaviour (Aggredi: "väkivaltaista käyttäytymistä").
  { language: 'fi', words: ['käytös', 'käyttäytyminen'] },
  // The everyday Swedish name of a mother and child home ("mödra- och barnhem").
  { language: 'sv', words: ['mödrahem', 'mödra'] },

  // ── Groups across languages (issue 12) ──────────────────────────────────────────────────────────
  // A group may mix languages: a word typed in any of them reaches the texts of all three (some
  // services have Finnish text only), and an entry of several words is a phrase that stands for the
  // whole group ("violence at home" → lähisuhdeväkivalta). Everyday words first, then the texts' own.
  // Violence between people who live together or are close (Turvakoti, Väkivaltatyön avopalvelu,
  // Nettiturvakoti).
  {
    language: 'fi',
    words: [
      'lähisuhdeväkivalta',
      'perheväkivalta',
      'parisuhdeväkivalta',
      'väkivalta kotona',
      'väkivaltainen puoliso',
      'domestic violence',
      'domestic abuse',
      'family violence',
      'violence at home',
      'intimate partner violence',
      'abusive partner',
      'våld i nära relationer',
      'våld i familjen',
      'våld i hemmet',
      'familjevåld',
    ],
  },
  // Violence and its everyday words.
  {
    language: 'fi',
    words: [
      'väkivalta',
      'pahoinpitely',
      'lyöminen',
      'lyö',
      'hakkaaminen',
      'violence',
      'abuse',
      'abusive',
      'assault',
      'hitting',
      'beating',
      'våld',
      'misshandel',
      'slår',
      'slå',
    ],
  },
  // Substance use (Jannika's text is Finnish and English only).
  {
    language: 'fi',
    words: [
      'päihde',
      'päihteet',
      'alkoholi',
      'huumeet',
      'riippuvuus',
      'juominen',
      'alkohol',
      'rusmedel',
      'droger',
      'missbruk',
      'beroende',
      'alcohol',
      'drugs',
      'substance',
      'drinking',
      'addiction',
    ],
  },
  // Separation.
  {
    language: 'fi',
    words: [
      'ero',
      'avioero',
      'erota',
      'skilsmässa',
      'skiljas',
      'separation',
      'divorce',
      'separated',
      'breakup',
      'splitting up',
      'break up',
    ],
  },
  // Exhaustion and low mood (Baby Blues: uupunut, mieli maassa; utmattad, nedstämd; exhausted).
  {
    language: 'fi',
    words: [
      'uupumus',
      'uupunut',
      'masennus',
      'väsynyt',
      'utmattad',
      'utmattning',
      'nedstämd',
      'deprimerad',
      'trött',
      'exhausted',
      'exhaustion',
      'depression',
      'depressed',
      'tired',
      'struggling',
      'overwhelmed',
      'burnout',
    ],
  },
  // Pregnancy.
  {
    language: 'fi',
    words: ['raskaus', 'raskaana', 'odottava', 'graviditet', 'gravid', 'pregnancy', 'pregnant'],
  },
  // Mother, father, child, baby, in everyday words.
  { language: 'fi', words: ['äiti', 'mamma', 'mother', 'mum', 'mom'] },
  { language: 'fi', words: ['isä', 'pappa', 'father', 'dad'] },
  { language: 'fi', words: ['lapsi', 'barn', 'child', 'children', 'kid', 'kids'] },
  { language: 'fi', words: ['vauva', 'bebis', 'spädbarn', 'baby', 'newborn', 'infant'] },
  // A parent on their own (Mieskaveritoiminta: "äiti kasvattaa yksin", "single mother").
  {
    language: 'fi',
    words: [
      'yksinhuoltaja',
      'ensamstående',
      'ensamstående förälder',
      'single parent',
      'single mother',
      'single mum',
    ],
  },
  // A shelter (Turvakoti, Nettiturvakoti).
  {
    language: 'fi',
    words: ['turvakoti', 'skyddshem', 'kvinnojour', 'shelter', 'refuge', 'safe house'],
  },
  // Someone to talk to.
  {
    language: 'fi',
    words: [
      'keskusteluapu',
      'terapia',
      'samtalsstöd',
      'samtalsterapi',
      'talk support',
      'counselling',
      'counseling',
      'therapy',
      'someone to talk to',
    ],
  },
  // Peer groups.
  {
    language: 'fi',
    words: [
      'vertaisryhmä',
      'vertaistuki',
      'tukiryhmä',
      'kamratgrupp',
      'stödgrupp',
      'peer group',
      'peer support',
      'support group',
    ],
  },
  // Free of charge.
  { language: 'fi', words: ['maksuton', 'ilmainen', 'avgiftsfri', 'gratis', 'free'] },
  // Help and support, the words nearly every text uses in some form.
  { language: 'fi', words: ['apu', 'tuki', 'hjälp', 'stöd', 'help', 'support'] },
  // A partner, and the texts' "close relationship" (lähisuhde, nära relation).
  {
    language: 'fi',
    words: [
      'puoliso',
      'kumppani',
      'parisuhde',
      'lähisuhde',
      'maka',
      'sambo',
      'nära relation',
      'partner',
      'spouse',
      'husband',
      'wife',
      'boyfriend',
      'girlfriend',
      'close relationship',
    ],
  },
  // After a birth (Baby Blues: "vauvan syntymän jälkeen", "efter förlossningen", "after the birth").
  {
    language: 'fi',
    words: [
      'synnytyksen jälkeen',
      'syntymän jälkeen',
      'efter förlossningen',
      'nyförlöst',
      'postnatal',
      'postpartum',
      'after the birth',
      'new mum',
      'new mother',
      'new parent',
    ],
  },
  // Someone who uses violence, and anger (Aggredi, Väkivaltatyön avopalvelu: "väkivallan
  // tekijöille", "väkivaltaista käyttäytymistä", "people who have used it").
  {
    language: 'fi',
    words: [
      'väkivallan tekijä',
      'väkivaltaa käyttävä',
      'väkivaltaa käyttänyt',
      'aggressio',
      'viha',
      'våldsutövare',
      'använt våld',
      'våldsamt beteende',
      'aggressivitet',
      'ilska',
      'perpetrator',
      'abuser',
      'use violence',
      'used violence',
      'violent behaviour',
      'aggression',
      'anger',
    ],
  },
];

/** Each network's demo synonym list (the same groups for both); ids `…-9NN00000000M`. */
export const DEMO_SYNONYMS: readonly DemoSynonymGroup[] = [PERHELINJA_ID, FEDERATION_ID].flatMap(
  (networkId, network) =>
    GROUPS.map(({ language, words }, index) => ({
      id: `5a1e0b6e-0c1f-4c3e-9d0a-9${String(network + 1).padStart(2, '0')}0000000${String(index + 1).padStart(2, '0')}`,
      networkId,
      language,
      words,
    })),
);
