/**
 * The search relevance set (issue 5): realistic queries over the demo catalogue with the services a
 * person typing them wants to see. `relevant` lists the Finnish names of every service that answers the
 * need, best first; a query scores at 1 when its first result is any of them (precision@1).
 *
 * The queries are what a parent, a young person or a social worker would type: base forms and inflected
 * forms, parts of compounds, everyday words that are not in the service text (synonyms), typos, Swedish
 * and English, with and without a municipality. Publicly visible demo services (packages/db/src/seed/demo):
 * Ensikoti, Baby Blues, Päiväryhmä Peukaloinen, Jannika, Turvakoti, Väkivaltatyön avopalvelu, Aggredi,
 * Ero lapsiperheessä®, Mieskaveritoiminta®, Perhetupa, Nettiturvakoti (Lahti / Päijät-Häme, Keski-Suomi,
 * nationwide), Keskusteluapu vanhemmille and Eron jälkeen (Perhelinja, Varsinais-Suomi).
 */

export type RelevanceKind =
  'base' | 'inflected' | 'compound' | 'synonym' | 'typo' | 'phrase' | 'municipality';

export interface RelevanceCase {
  readonly text: string;
  readonly locale?: 'fi' | 'sv' | 'en';
  /** 3-digit municipality code: the search is limited to services reaching it. */
  readonly municipalityCode?: string;
  readonly kind: RelevanceKind;
  /** Finnish names of the services that answer the query, the ideal first result first. */
  readonly relevant: readonly string[];
}

const ENSIKOTI = 'Ensikoti';
const BABY_BLUES = 'Baby Blues -vauvaperhetyö';
const PEUKALOINEN = 'Päiväryhmä Peukaloinen';
const JANNIKA = 'Pidä kiinni® Avopalveluyksikkö Jannika';
const TURVAKOTI = 'Turvakoti';
const VAKIVALTATYO = 'Väkivaltatyön avopalvelu';
const AGGREDI = 'Aggredi Päijät-Häme';
const ERO = 'Ero lapsiperheessä®';
const MIESKAVERI = 'Mieskaveritoiminta®';
const PERHETUPA = 'Kohtaamispaikka Perhetupa';
const NETTITURVAKOTI = 'Nettiturvakoti';
const KESKUSTELUAPU = 'Keskusteluapu vanhemmille';
const ERON_JALKEEN = 'Eron jälkeen – vertaisryhmä vanhemmille';

/** Municipalities: Lahti (Päijät-Häme), Jyväskylä (Keski-Suomi), Turku, Salo, Uusikaupunki, Helsinki. */
export const LAHTI = '398';
export const JYVASKYLA = '179';
export const TURKU = '853';
export const SALO = '734';
export const UUSIKAUPUNKI = '895';
export const HELSINKI = '091';

const VIOLENCE_HELP = [VAKIVALTATYO, TURVAKOTI, NETTITURVAKOTI];
const SEPARATION = [ERO, ERON_JALKEEN];

export const RELEVANCE_CASES: readonly RelevanceCase[] = [
  // ── Finnish: base and inflected forms ────────────────────────────────────────────────────────────
  { text: 'turvakoti', kind: 'base', relevant: [TURVAKOTI, NETTITURVAKOTI] },
  { text: 'turvakotiin', kind: 'inflected', relevant: [TURVAKOTI, NETTITURVAKOTI] },
  { text: 'turvakodista', kind: 'inflected', relevant: [TURVAKOTI, NETTITURVAKOTI] },
  { text: 'ensikotiin', kind: 'inflected', relevant: [ENSIKOTI] },
  { text: 'ensikodissa', kind: 'inflected', relevant: [ENSIKOTI] },
  { text: 'päiväryhmään', kind: 'inflected', relevant: [PEUKALOINEN] },
  { text: 'mieskaveri', kind: 'compound', relevant: [MIESKAVERI] },
  { text: 'kohtaamispaikka lapsiperheille', kind: 'inflected', relevant: [PERHETUPA] },
  { text: 'keskusteluapua vanhemmalle', kind: 'inflected', relevant: [KESKUSTELUAPU, BABY_BLUES] },
  { text: 'eroryhmä', kind: 'compound', relevant: [...SEPARATION] },
  { text: 'vertaisryhmä eronneille', kind: 'inflected', relevant: [ERON_JALKEEN, ERO] },
  { text: 'väkivaltaa kokeneille', kind: 'inflected', relevant: [...VIOLENCE_HELP] },

  // ── Finnish: a part finds the compound ───────────────────────────────────────────────────────────
  { text: 'väkivalta', kind: 'compound', relevant: [VAKIVALTATYO, ...VIOLENCE_HELP, AGGREDI] },
  { text: 'lähisuhdeväkivalta', kind: 'compound', relevant: [...VIOLENCE_HELP] },
  { text: 'perheväkivalta', kind: 'compound', relevant: [...VIOLENCE_HELP] },
  { text: 'päihdekuntoutus', kind: 'compound', relevant: [JANNIKA] },
  { text: 'vauvaperhe', kind: 'compound', relevant: [BABY_BLUES, ENSIKOTI, PEUKALOINEN, JANNIKA] },

  // ── Finnish: words that are not in the text (network synonyms) ───────────────────────────────────
  { text: 'vauva masennus', kind: 'synonym', relevant: [BABY_BLUES] },
  { text: 'avioero', kind: 'synonym', relevant: [...SEPARATION] },
  { text: 'ero', kind: 'base', relevant: [...SEPARATION] },
  { text: 'alkoholi raskaus', kind: 'synonym', relevant: [JANNIKA, ENSIKOTI] },
  { text: 'huumeet vauva', kind: 'synonym', relevant: [JANNIKA, ENSIKOTI] },
  { text: 'yksinhuoltaja äiti', kind: 'synonym', relevant: [MIESKAVERI] },
  { text: 'vauvan unirytmi', kind: 'compound', relevant: [BABY_BLUES] },
  { text: 'väkivaltainen käytös', kind: 'inflected', relevant: [AGGREDI] },

  // ── Finnish: typos ───────────────────────────────────────────────────────────────────────────────
  { text: 'turvakti', kind: 'typo', relevant: [TURVAKOTI, NETTITURVAKOTI] },
  { text: 'vauvaperhetyo', kind: 'typo', relevant: [BABY_BLUES] },
  { text: 'peukalonen', kind: 'typo', relevant: [PEUKALOINEN] },
  { text: 'nettiturvakotti', kind: 'typo', relevant: [NETTITURVAKOTI] },
  { text: 'aggeredi', kind: 'typo', relevant: [AGGREDI] },

  // ── Finnish: with a municipality, or a place typed in the text ───────────────────────────────────
  { text: 'turvakoti', municipalityCode: TURKU, kind: 'municipality', relevant: [NETTITURVAKOTI] },
  { text: 'ero', municipalityCode: JYVASKYLA, kind: 'municipality', relevant: [ERO] },
  { text: 'vauva', municipalityCode: JYVASKYLA, kind: 'municipality', relevant: [BABY_BLUES] },
  {
    text: 'keskusteluapu',
    municipalityCode: UUSIKAUPUNKI,
    kind: 'municipality',
    relevant: [KESKUSTELUAPU],
  },
  { text: 'vertaisryhmä', municipalityCode: SALO, kind: 'municipality', relevant: [ERON_JALKEEN] },
  {
    text: 'väkivalta',
    municipalityCode: HELSINKI,
    kind: 'municipality',
    relevant: [NETTITURVAKOTI],
  },
  { text: 'turvakoti lahti', kind: 'phrase', relevant: [TURVAKOTI] },
  { text: 'apua väkivaltaan', kind: 'phrase', relevant: [...VIOLENCE_HELP, AGGREDI] },

  // ── Swedish ──────────────────────────────────────────────────────────────────────────────────────
  { text: 'skyddshem', locale: 'sv', kind: 'base', relevant: [TURVAKOTI, NETTITURVAKOTI] },
  { text: 'skyddshemmet', locale: 'sv', kind: 'inflected', relevant: [TURVAKOTI, NETTITURVAKOTI] },
  { text: 'skilsmässa', locale: 'sv', kind: 'base', relevant: [...SEPARATION] },
  { text: 'skilsmäsa', locale: 'sv', kind: 'typo', relevant: [...SEPARATION] },
  { text: 'våld i nära relationer', locale: 'sv', kind: 'phrase', relevant: [...VIOLENCE_HELP] },
  { text: 'mödrahem', locale: 'sv', kind: 'compound', relevant: [ENSIKOTI] },
  { text: 'samtalsstöd för föräldrar', locale: 'sv', kind: 'phrase', relevant: [KESKUSTELUAPU] },
  { text: 'mötesplats för barnfamiljer', locale: 'sv', kind: 'phrase', relevant: [PERHETUPA] },
  { text: 'utmattad förälder', locale: 'sv', kind: 'phrase', relevant: [BABY_BLUES] },
  {
    text: 'kamratgrupp',
    locale: 'sv',
    municipalityCode: SALO,
    kind: 'municipality',
    relevant: [ERON_JALKEEN],
  },

  // ── English ──────────────────────────────────────────────────────────────────────────────────────
  { text: 'shelter', locale: 'en', kind: 'base', relevant: [TURVAKOTI, NETTITURVAKOTI] },
  { text: 'domestic violence', locale: 'en', kind: 'phrase', relevant: [...VIOLENCE_HELP] },
  { text: 'divorce', locale: 'en', kind: 'synonym', relevant: [...SEPARATION] },
  { text: 'postnatal depression', locale: 'en', kind: 'synonym', relevant: [BABY_BLUES] },
  { text: 'violent behaviour', locale: 'en', kind: 'phrase', relevant: [AGGREDI] },
  { text: 'mother and baby home', locale: 'en', kind: 'phrase', relevant: [ENSIKOTI] },
  { text: 'baby sleep', locale: 'en', kind: 'phrase', relevant: [BABY_BLUES] },
  { text: 'drug use pregnancy', locale: 'en', kind: 'synonym', relevant: [JANNIKA, ENSIKOTI] },
  { text: 'male buddy', locale: 'en', kind: 'phrase', relevant: [MIESKAVERI] },
  { text: 'sheltr', locale: 'en', kind: 'typo', relevant: [TURVAKOTI, NETTITURVAKOTI] },
  {
    text: 'talk support parents',
    locale: 'en',
    municipalityCode: TURKU,
    kind: 'municipality',
    relevant: [KESKUSTELUAPU],
  },
  // An English word typed with the default (Finnish) locale still finds the English text.
  { text: 'shelter', kind: 'base', relevant: [TURVAKOTI, NETTITURVAKOTI] },

  // ── Written after the ranking and synonyms were tuned on the queries above (a held-out check) ───
  { text: 'en jaksa vauvan kanssa', kind: 'phrase', relevant: [BABY_BLUES, ENSIKOTI, PEUKALOINEN] },
  { text: 'riitoja lapsen kanssa', kind: 'inflected', relevant: [KESKUSTELUAPU] },
  { text: 'kriisiapu', kind: 'compound', relevant: [TURVAKOTI, VAKIVALTATYO] },
  { text: 'pelkään puolisoani', kind: 'synonym', relevant: [TURVAKOTI, ...VIOLENCE_HELP] },
  { text: 'anonymous chat', locale: 'en', kind: 'phrase', relevant: [NETTITURVAKOTI] },
  {
    text: 'föräldraskap stöd',
    locale: 'sv',
    kind: 'phrase',
    relevant: [KESKUSTELUAPU, ENSIKOTI, PEUKALOINEN],
  },
  { text: 'lasten eroryhmä', kind: 'compound', relevant: [ERO] },
  {
    text: 'help for men who use violence',
    locale: 'en',
    kind: 'phrase',
    relevant: [AGGREDI, VAKIVALTATYO],
  },
];
