// The "varied" catalogue's texts (bench:search `--catalogue varied`): names, summaries and descriptions
// combined from many topics, kinds of service, target groups, qualifiers, places and sentence templates
// in Finnish, Swedish and English, so that a typical word matches a small share of the services, as in
// a real national catalogue (the demo texts of the default catalogue come from 13 real services, so a
// common word there matches half of it). Deterministic: the same index always gives the same texts.

/** Topic: Finnish compound stem, nominative, genitive, elative; Swedish compound stem, word; English. */
const TOPICS: readonly (readonly [string, string, string, string, string, string, string])[] = [
  ['perhe', 'perhe', 'perheen', 'perheestä', 'familje', 'familj', 'family'],
  ['vauva', 'vauva', 'vauvan', 'vauvasta', 'baby', 'baby', 'baby'],
  ['nuoriso', 'nuoret', 'nuorten', 'nuorista', 'ungdoms', 'ungdom', 'youth'],
  ['ero', 'ero', 'eron', 'erosta', 'skilsmässo', 'skilsmässa', 'divorce'],
  ['väkivalta', 'väkivalta', 'väkivallan', 'väkivallasta', 'vålds', 'våld', 'violence'],
  ['päihde', 'päihteet', 'päihteiden', 'päihteistä', 'missbruks', 'missbruk', 'substance use'],
  ['kriisi', 'kriisi', 'kriisin', 'kriisistä', 'kris', 'kris', 'crisis'],
  [
    'vanhemmuus',
    'vanhemmuus',
    'vanhemmuuden',
    'vanhemmuudesta',
    'föräldraskaps',
    'föräldraskap',
    'parenting',
  ],
  ['jaksamis', 'jaksaminen', 'jaksamisen', 'jaksamisesta', 'ork', 'ork', 'coping'],
  [
    'mielenterveys',
    'mielenterveys',
    'mielenterveyden',
    'mielenterveydestä',
    'mentalvårds',
    'psykisk hälsa',
    'mental health',
  ],
  ['velka', 'velka', 'velan', 'velasta', 'skuld', 'skulder', 'debt'],
  ['talous', 'talous', 'talouden', 'taloudesta', 'ekonomi', 'ekonomi', 'money'],
  ['asumis', 'asuminen', 'asumisen', 'asumisesta', 'boende', 'boende', 'housing'],
  ['työllisyys', 'työ', 'työn', 'työstä', 'arbets', 'arbete', 'employment'],
  ['opiskelu', 'opiskelu', 'opiskelun', 'opiskelusta', 'studie', 'studier', 'studies'],
  [
    'yksinäisyys',
    'yksinäisyys',
    'yksinäisyyden',
    'yksinäisyydestä',
    'ensamhets',
    'ensamhet',
    'loneliness',
  ],
  ['suru', 'suru', 'surun', 'surusta', 'sorg', 'sorg', 'grief'],
  ['sairaus', 'sairaus', 'sairauden', 'sairaudesta', 'sjukdoms', 'sjukdom', 'illness'],
  [
    'vamma',
    'vamma',
    'vamman',
    'vammasta',
    'funktionsvariations',
    'funktionsvariation',
    'disability',
  ],
  ['uni', 'uni', 'unen', 'unesta', 'sömn', 'sömn', 'sleep'],
  ['ravitsemus', 'ravitsemus', 'ravitsemuksen', 'ravitsemuksesta', 'kost', 'kost', 'nutrition'],
  ['liikunta', 'liikunta', 'liikunnan', 'liikunnasta', 'motions', 'motion', 'exercise'],
  ['harrastus', 'harrastus', 'harrastuksen', 'harrastuksesta', 'hobby', 'hobby', 'hobbies'],
  ['kiusaamis', 'kiusaaminen', 'kiusaamisen', 'kiusaamisesta', 'mobbnings', 'mobbning', 'bullying'],
  ['raskaus', 'raskaus', 'raskauden', 'raskaudesta', 'graviditets', 'graviditet', 'pregnancy'],
  ['imetys', 'imetys', 'imetyksen', 'imetyksestä', 'amnings', 'amning', 'breastfeeding'],
  ['adoptio', 'adoptio', 'adoption', 'adoptiosta', 'adoptions', 'adoption', 'adoption'],
  [
    'sijaishuolto',
    'sijaishuolto',
    'sijaishuollon',
    'sijaishuollosta',
    'familjehems',
    'familjehem',
    'foster care',
  ],
  [
    'maahanmuutto',
    'maahanmuutto',
    'maahanmuuton',
    'maahanmuutosta',
    'invandrar',
    'invandring',
    'immigration',
  ],
  [
    'kotoutumis',
    'kotoutuminen',
    'kotoutumisen',
    'kotoutumisesta',
    'integrations',
    'integration',
    'integration',
  ],
  ['kieli', 'kieli', 'kielen', 'kielestä', 'språk', 'språk', 'language'],
  ['peli', 'pelaaminen', 'pelaamisen', 'pelaamisesta', 'spel', 'spelande', 'gambling'],
  ['alkoholi', 'alkoholi', 'alkoholin', 'alkoholista', 'alkohol', 'alkohol', 'alcohol'],
  ['huume', 'huumeet', 'huumeiden', 'huumeista', 'drog', 'droger', 'drugs'],
  ['tupakka', 'tupakka', 'tupakan', 'tupakasta', 'tobaks', 'tobak', 'smoking'],
  [
    'seksuaalisuus',
    'seksuaalisuus',
    'seksuaalisuuden',
    'seksuaalisuudesta',
    'sexualitets',
    'sexualitet',
    'sexuality',
  ],
  [
    'parisuhde',
    'parisuhde',
    'parisuhteen',
    'parisuhteesta',
    'parrelations',
    'parrelation',
    'relationship',
  ],
  ['isyys', 'isyys', 'isyyden', 'isyydestä', 'pappa', 'faderskap', 'fatherhood'],
  ['äitiys', 'äitiys', 'äitiyden', 'äitiydestä', 'mamma', 'moderskap', 'motherhood'],
  [
    'lapsettomuus',
    'lapsettomuus',
    'lapsettomuuden',
    'lapsettomuudesta',
    'barnlöshets',
    'barnlöshet',
    'infertility',
  ],
  ['muisti', 'muisti', 'muistin', 'muistista', 'minnes', 'minne', 'memory'],
  [
    'omaishoito',
    'omaishoito',
    'omaishoidon',
    'omaishoidosta',
    'närståendevårds',
    'närståendevård',
    'family care',
  ],
  ['vanhuus', 'vanhuus', 'vanhuuden', 'vanhuudesta', 'ålderdoms', 'ålderdom', 'old age'],
  ['trauma', 'trauma', 'trauman', 'traumasta', 'trauma', 'trauma', 'trauma'],
  ['ahdistus', 'ahdistus', 'ahdistuksen', 'ahdistuksesta', 'ångest', 'ångest', 'anxiety'],
  [
    'masennus',
    'masennus',
    'masennuksen',
    'masennuksesta',
    'depressions',
    'depression',
    'depression',
  ],
  [
    'itsetuhoisuus',
    'itsetuhoisuus',
    'itsetuhoisuuden',
    'itsetuhoisuudesta',
    'självmords',
    'självmordstankar',
    'suicidal thoughts',
  ],
  [
    'syömishäiriö',
    'syömishäiriö',
    'syömishäiriön',
    'syömishäiriöstä',
    'ätstörnings',
    'ätstörning',
    'eating disorder',
  ],
  ['oppimis', 'oppiminen', 'oppimisen', 'oppimisesta', 'inlärnings', 'inlärning', 'learning'],
  ['koulu', 'koulu', 'koulun', 'koulusta', 'skol', 'skola', 'school'],
  [
    'digi',
    'digitaidot',
    'digitaitojen',
    'digitaidoista',
    'digi',
    'digital kompetens',
    'digital skills',
  ],
  [
    'oikeusapu',
    'oikeusapu',
    'oikeusavun',
    'oikeusavusta',
    'rättshjälps',
    'rättshjälp',
    'legal aid',
  ],
  [
    'ihmiskauppa',
    'ihmiskauppa',
    'ihmiskaupan',
    'ihmiskaupasta',
    'människohandels',
    'människohandel',
    'human trafficking',
  ],
  [
    'kunniaväkivalta',
    'kunniaväkivalta',
    'kunniaväkivallan',
    'kunniaväkivallasta',
    'hedersvålds',
    'hedersvåld',
    'honour violence',
  ],
  [
    'vainoamis',
    'vainoaminen',
    'vainoamisen',
    'vainoamisesta',
    'förföljelse',
    'förföljelse',
    'stalking',
  ],
  [
    'nettiturvallisuus',
    'nettiturvallisuus',
    'nettiturvallisuuden',
    'nettiturvallisuudesta',
    'nätsäkerhets',
    'nätsäkerhet',
    'online safety',
  ],
  ['leskeys', 'leskeys', 'leskeyden', 'leskeydestä', 'änke', 'änkestånd', 'widowhood'],
  [
    'hengellisyys',
    'hengellisyys',
    'hengellisyyden',
    'hengellisyydestä',
    'andlighets',
    'andlighet',
    'spirituality',
  ],
  ['viha', 'viha', 'vihan', 'vihasta', 'ilske', 'ilska', 'anger'],
  ['riita', 'riidat', 'riitojen', 'riidoista', 'konflikt', 'konflikter', 'conflicts'],
  ['huoltajuus', 'huoltajuus', 'huoltajuuden', 'huoltajuudesta', 'vårdnads', 'vårdnad', 'custody'],
  ['tapaamis', 'tapaamiset', 'tapaamisten', 'tapaamisista', 'umgänges', 'umgänge', 'child contact'],
  [
    'kuntoutus',
    'kuntoutus',
    'kuntoutuksen',
    'kuntoutuksesta',
    'rehabiliterings',
    'rehabilitering',
    'rehabilitation',
  ],
  [
    'kasvatus',
    'kasvatus',
    'kasvatuksen',
    'kasvatuksesta',
    'uppfostrings',
    'uppfostran',
    'upbringing',
  ],
  ['leikki', 'leikki', 'leikin', 'leikistä', 'lek', 'lek', 'play'],
  ['luonto', 'luonto', 'luonnon', 'luonnosta', 'natur', 'natur', 'nature'],
  ['kulttuuri', 'kulttuuri', 'kulttuurin', 'kulttuurista', 'kultur', 'kultur', 'culture'],
  ['ruoka-apu', 'ruoka-apu', 'ruoka-avun', 'ruoka-avusta', 'mathjälps', 'mathjälp', 'food aid'],
];

/** Kind of service: Finnish, Swedish, English. */
const KINDS: readonly (readonly [string, string, string])[] = [
  ['keskusteluapu', 'samtalsstöd', 'talk support'],
  ['ryhmä', 'grupp', 'group'],
  ['vertaisryhmä', 'kamratgrupp', 'peer group'],
  ['neuvonta', 'rådgivning', 'advice'],
  ['tukipuhelin', 'stödtelefon', 'helpline'],
  ['kotikäynnit', 'hembesök', 'home visits'],
  ['chat', 'chatt', 'chat'],
  ['olohuone', 'vardagsrum', 'drop-in'],
  ['leiri', 'läger', 'camp'],
  ['kurssi', 'kurs', 'course'],
  ['vastaanotto', 'mottagning', 'clinic'],
  ['valmennus', 'coachning', 'coaching'],
  ['kerho', 'klubb', 'club'],
  ['terapia', 'terapi', 'therapy'],
  ['ohjaus', 'handledning', 'guidance'],
  ['tukihenkilötoiminta', 'stödpersonverksamhet', 'support person'],
  ['kriisiapu', 'krishjälp', 'crisis help'],
  ['päiväkeskus', 'dagcenter', 'day centre'],
  ['asumispalvelu', 'boendeservice', 'supported housing'],
  ['etäpalvelu', 'distanstjänst', 'remote service'],
  ['luento', 'föreläsning', 'lecture'],
  ['työpaja', 'verkstad', 'workshop'],
  ['retki', 'utflykt', 'outing'],
  ['lomat', 'semester', 'holiday'],
  ['verkkovalmennus', 'nätkurs', 'online course'],
  ['sovittelu', 'medling', 'mediation'],
  ['perhetyö', 'familjearbete', 'family work'],
  ['kuntoutusjakso', 'rehabiliteringsperiod', 'rehabilitation period'],
  ['vapaaehtoistoiminta', 'frivilligverksamhet', 'volunteering'],
  ['kohtaamispaikka', 'mötesplats', 'meeting place'],
];

/** Target group: Finnish nominative plural, allative; Swedish; English. */
const GROUPS: readonly (readonly [string, string, string, string])[] = [
  ['lapset', 'lapsille', 'barn', 'children'],
  ['nuoret', 'nuorille', 'unga', 'young people'],
  ['vanhemmat', 'vanhemmille', 'föräldrar', 'parents'],
  ['isät', 'isille', 'pappor', 'fathers'],
  ['äidit', 'äideille', 'mammor', 'mothers'],
  ['odottavat perheet', 'odottaville perheille', 'väntande familjer', 'expecting families'],
  ['yksinhuoltajat', 'yksinhuoltajille', 'ensamstående föräldrar', 'single parents'],
  ['isovanhemmat', 'isovanhemmille', 'mor- och farföräldrar', 'grandparents'],
  ['ikääntyneet', 'ikääntyneille', 'äldre', 'older people'],
  ['opiskelijat', 'opiskelijoille', 'studerande', 'students'],
  ['maahanmuuttajat', 'maahanmuuttajille', 'invandrare', 'immigrants'],
  ['naiset', 'naisille', 'kvinnor', 'women'],
  ['miehet', 'miehille', 'män', 'men'],
  ['pojat', 'pojille', 'pojkar', 'boys'],
  ['tytöt', 'tytöille', 'flickor', 'girls'],
  ['sateenkaariperheet', 'sateenkaariperheille', 'regnbågsfamiljer', 'rainbow families'],
  ['uusperheet', 'uusperheille', 'ombildade familjer', 'blended families'],
  ['omaishoitajat', 'omaishoitajille', 'närståendevårdare', 'family carers'],
  ['työttömät', 'työttömille', 'arbetslösa', 'unemployed people'],
  ['pariskunnat', 'pariskunnille', 'par', 'couples'],
  ['sijaisperheet', 'sijaisperheille', 'familjehem', 'foster families'],
  ['ammattilaiset', 'ammattilaisille', 'yrkesverksamma', 'professionals'],
  ['vapaaehtoiset', 'vapaaehtoisille', 'frivilliga', 'volunteers'],
  ['vammaiset', 'vammaisille', 'personer med funktionsnedsättning', 'disabled people'],
  ['lapsiperheet', 'lapsiperheille', 'barnfamiljer', 'families with children'],
  ['teini-ikäiset', 'teini-ikäisille', 'tonåringar', 'teenagers'],
  ['eronneet', 'eronneille', 'frånskilda', 'divorced people'],
  ['läheiset', 'läheisille', 'anhöriga', 'relatives'],
  ['veteraanit', 'veteraaneille', 'veteraner', 'veterans'],
  ['koululaiset', 'koululaisille', 'skolelever', 'pupils'],
];

/** Qualifier: Finnish, Swedish, English. */
const QUALIFIERS: readonly (readonly [string, string, string])[] = [
  ['maksuton', 'avgiftsfri', 'free'],
  ['anonyymi', 'anonym', 'anonymous'],
  ['luottamuksellinen', 'konfidentiell', 'confidential'],
  ['matalan kynnyksen', 'lågtröskel', 'low-threshold'],
  ['ympärivuorokautinen', 'dygnet runt', 'round-the-clock'],
  ['kaksikielinen', 'tvåspråkig', 'bilingual'],
  ['ryhmämuotoinen', 'gruppbaserad', 'group-based'],
  ['yksilöllinen', 'individuell', 'individual'],
  ['pitkäkestoinen', 'långvarig', 'long-term'],
  ['lyhytkestoinen', 'kortvarig', 'short-term'],
  ['ennaltaehkäisevä', 'förebyggande', 'preventive'],
  ['kokemuksellinen', 'erfarenhetsbaserad', 'experience-based'],
  ['monikielinen', 'flerspråkig', 'multilingual'],
  ['kiireetön', 'lugn', 'unhurried'],
  ['ammatillinen', 'professionell', 'professional'],
  ['kuntouttava', 'rehabiliterande', 'rehabilitative'],
];

// Sentence templates, format() with positional arguments. Finnish: 1 kind, 2 group allative,
// 3 topic elative, 4 topic genitive, 5 place, 6 qualifier, 7 group nominative, 8 topic nominative,
// 9 second topic elative, 10 second topic genitive, 11 second topic nominative.
const FI_SUMMARIES = [
  '%6$s %1$s %2$s: apua %3$s ja %9$s.',
  'Tukea %2$s %4$s ja %10$s kysymyksiin. Toimimme alueella %5$s.',
  '%1$s on tarkoitettu %2$s, jotka tarvitsevat apua %3$s.',
  '%7$s voivat tulla keskustelemaan %3$s ja %9$s. %6$s palvelu.',
  'Palvelu %2$s, joiden arkea kuormittaa %8$s tai %11$s.',
  '%6$s %1$s paikkakunnalla %5$s %2$s, joita askarruttaa %8$s.',
];
const FI_DESCRIPTIONS = [
  'Toiminta perustuu %4$s ja %10$s asiantuntemukseen. Tapaamiset järjestetään paikkakunnalla %5$s tai etänä.',
  'Työntekijämme ovat perehtyneet %4$s kysymyksiin. Voit ottaa yhteyttä myös nimettömänä.',
  '%1$s kokoontuu viikoittain. Ryhmässä jaetaan kokemuksia %3$s ja saadaan vertaistukea.',
  'Autamme selvittämään tilannetta ja ohjaamme tarvittaessa muihin palveluihin. Aiheina muun muassa %8$s ja %11$s.',
  'Palvelu on tarkoitettu %2$s koko alueella %5$s. Ajanvaraus puhelimitse tai verkossa.',
];
// Swedish and English: 1 kind, 2 group, 3 topic, 4 second topic, 5 place, 6 qualifier.
const SV_SUMMARIES = [
  '%6$s %1$s för %2$s som behöver stöd kring %3$s.',
  'Stöd och %1$s för %2$s i %5$s. Vi hjälper med %3$s och %4$s.',
  '%1$s för %2$s: samtal om %3$s, %4$s och vardagen.',
  'Vi erbjuder %2$s %6$s hjälp i frågor om %3$s.',
];
const SV_DESCRIPTIONS = [
  'Verksamheten är %6$s och riktar sig till %2$s i %5$s. Teman: %3$s och %4$s.',
  'Du kan kontakta oss anonymt. Vi träffas i %5$s eller på distans.',
  'Vi hjälper dig att reda ut situationen och hänvisar vid behov vidare. Teman: %4$s.',
];
const EN_SUMMARIES = [
  '%6$s %1$s for %2$s dealing with %3$s.',
  'Support with %3$s and %4$s for %2$s in %5$s.',
  '%1$s for %2$s: talk about %3$s, %4$s and everyday life.',
  'We offer %2$s %6$s help with %3$s.',
];
const EN_DESCRIPTIONS = [
  'The service is %6$s and open to %2$s in %5$s. Topics include %3$s and %4$s.',
  'You can contact us anonymously. We meet in %5$s or online.',
  'We help you sort out the situation and refer you on when needed. Topics: %4$s.',
];

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
const array = (values: readonly string[]) => `ARRAY[${values.map(literal).join(',')}]::text[]`;
const column = (rows: readonly (readonly string[])[], index: number) =>
  array(rows.map((row) => row[index] ?? ''));

/** A deterministic, decorrelated index 1..length for the service number `g` and a salt. */
const slot = (g: string, multiplier: number, salt: number, length: number) =>
  `1 + ((${g} * ${multiplier} + ${salt}) % 1000003) % ${length}`;
const capitalise = (sql: string) => `upper(left(${sql}, 1)) || substr(${sql}, 2)`;

/**
 * A SELECT of `count` rows (n, name_fi, name_sv, name_en, summary_fi … description_en) for the
 * services numbered offset + 1 … offset + count, its places from the municipality table.
 */
export function variedTextsSql(count: number, offset: number): string {
  const t = (index: number) => column(TOPICS, index);
  const k = (index: number) => column(KINDS, index);
  const gr = (index: number) => column(GROUPS, index);
  const q = (index: number) => column(QUALIFIERS, index);
  const fi = (list: string, template: string) =>
    `format(${template}, ${list})`.replace(/\s+/g, ' ');
  const fiArgs = `k_fi, g_all, t1_ela, t1_gen, place_fi, q_fi, g_nom, t1_nom, t2_ela, t2_gen, t2_nom`;
  // The description's second sentence: the two topics the other way round.
  const fiSwapped = `k_fi, g_all, t2_ela, t2_gen, place_fi, q_fi, g_nom, t2_nom, t1_ela, t1_gen, t1_nom`;
  const otherArgs = (lang: 'sv' | 'en') =>
    `k_${lang}, g_${lang}, t1_${lang}, t2_${lang}, place_${lang}, q_${lang}`;
  return `
    SELECT n,
           ${capitalise('t1_stem || k_fi')} || CASE WHEN g % 3 = 0 THEN ' ' || place_fi ELSE '' END AS name_fi,
           ${capitalise('t1_sv_stem || k_sv')} || CASE WHEN g % 3 = 0 THEN ' ' || place_sv ELSE '' END AS name_sv,
           ${capitalise("t1_en || ' ' || k_en")} || CASE WHEN g % 3 = 0 THEN ' ' || place_en ELSE '' END AS name_en,
           ${capitalise(fi(fiArgs, `(${array(FI_SUMMARIES)})[${slot('g', 7, 3, FI_SUMMARIES.length)}]`))} AS summary_fi,
           ${capitalise(fi(otherArgs('sv'), `(${array(SV_SUMMARIES)})[${slot('g', 11, 5, SV_SUMMARIES.length)}]`))} AS summary_sv,
           ${capitalise(fi(otherArgs('en'), `(${array(EN_SUMMARIES)})[${slot('g', 13, 7, EN_SUMMARIES.length)}]`))} AS summary_en,
           ${capitalise(fi(fiArgs, `(${array(FI_DESCRIPTIONS)})[${slot('g', 17, 11, FI_DESCRIPTIONS.length)}]`))} || ' ' ||
             ${capitalise(fi(fiSwapped, `(${array(FI_SUMMARIES)})[${slot('g', 19, 13, FI_SUMMARIES.length)}]`))} AS description_fi,
           ${capitalise(fi(otherArgs('sv'), `(${array(SV_DESCRIPTIONS)})[${slot('g', 23, 17, SV_DESCRIPTIONS.length)}]`))} AS description_sv,
           ${capitalise(fi(otherArgs('en'), `(${array(EN_DESCRIPTIONS)})[${slot('g', 29, 19, EN_DESCRIPTIONS.length)}]`))} AS description_en
    FROM (
      SELECT i.n, i.g,
             (${t(0)})[i.t1] AS t1_stem, (${t(1)})[i.t1] AS t1_nom, (${t(2)})[i.t1] AS t1_gen, (${t(3)})[i.t1] AS t1_ela,
             (${t(4)})[i.t1] AS t1_sv_stem, (${t(5)})[i.t1] AS t1_sv, (${t(6)})[i.t1] AS t1_en,
             (${t(1)})[i.t2] AS t2_nom, (${t(2)})[i.t2] AS t2_gen, (${t(3)})[i.t2] AS t2_ela,
             (${t(5)})[i.t2] AS t2_sv, (${t(6)})[i.t2] AS t2_en,
             (${k(0)})[i.k] AS k_fi, (${k(1)})[i.k] AS k_sv, (${k(2)})[i.k] AS k_en,
             (${gr(0)})[i.gr] AS g_nom, (${gr(1)})[i.gr] AS g_all, (${gr(2)})[i.gr] AS g_sv, (${gr(3)})[i.gr] AS g_en,
             (${q(0)})[i.q] AS q_fi, (${q(1)})[i.q] AS q_sv, (${q(2)})[i.q] AS q_en,
             p.fi[i.p] AS place_fi, p.sv[i.p] AS place_sv, p.en[i.p] AS place_en
      FROM (
        SELECT n, g,
               ${slot('g', 7919, 1, TOPICS.length)} AS t1,
               1 + (${slot('g', 7919, 1, TOPICS.length)} + ((g * 104729 + 3) % 1000003) % ${TOPICS.length - 1}) % ${TOPICS.length} AS t2,
               ${slot('g', 6101, 2, KINDS.length)} AS k,
               ${slot('g', 4999, 3, GROUPS.length)} AS gr,
               ${slot('g', 3571, 4, QUALIFIERS.length)} AS q,
               1 + ((g * 2719 + 5) % 1000003) % (SELECT count(*) FROM "municipality")::int AS p
        FROM (SELECT n, n::bigint + ${offset} AS g FROM generate_series(1, ${count}) AS n) AS numbered
      ) AS i,
      (SELECT array_agg(name_fi ORDER BY code) AS fi, array_agg(name_sv ORDER BY code) AS sv,
              array_agg(name_en ORDER BY code) AS en FROM "municipality") AS p
    ) AS w`;
}
