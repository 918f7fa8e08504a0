import { type DemoOrganization } from './types.js';

/**
 * Demo organisations. The names are real Finnish associations named in shared/domain; everything else
 * except Lahden ensi- ja turvakoti ry's address, e-mail and website (seed-004.md) is demo data:
 * - Business IDs (Y-tunnus) are INVENTED demo values with a valid check digit; they are not the
 *   associations' real business IDs.
 * - Phone numbers are fictional (+358 40 000 0xxx); invented e-mail addresses and websites use `.example`.
 * - Membership roles follow the brief; "since" dates and the choice of Perhelinja members are
 *   illustrative, not a statement of any association's real membership.
 *
 * Ids: `5a1e0b6e-0c1f-4c3e-9d0a-3000000000NN`.
 */

export const ORG_LAHTI = '5a1e0b6e-0c1f-4c3e-9d0a-300000000001';
export const ORG_FEDERATION = '5a1e0b6e-0c1f-4c3e-9d0a-300000000002';
export const ORG_KESKI_SUOMI = '5a1e0b6e-0c1f-4c3e-9d0a-300000000003';
export const ORG_VSLJ = '5a1e0b6e-0c1f-4c3e-9d0a-300000000004';
export const ORG_TURKU_ETK = '5a1e0b6e-0c1f-4c3e-9d0a-300000000005';
export const ORG_MLL_VS = '5a1e0b6e-0c1f-4c3e-9d0a-300000000006';
export const ORG_TURUN_KAUPUNKILAHETYS = '5a1e0b6e-0c1f-4c3e-9d0a-300000000007';
export const ORG_HELSINKIMISSIO = '5a1e0b6e-0c1f-4c3e-9d0a-300000000008';

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    id: ORG_LAHTI,
    name: 'Lahden ensi- ja turvakoti ry',
    businessId: '3184520-9',
    website: 'https://www.lahdenensijaturvakoti.fi',
    description: {
      fi: 'Lahden ensi- ja turvakoti ry on Ensi- ja turvakotien liiton jäsenyhdistys ja lastensuojelujärjestö Päijät-Hämeessä. Yhdistys tukee vauvaperheitä, auttaa kun lähisuhteessa on väkivaltaa tai sen uhkaa ja tarjoaa avopalveluja lapsiperheille. Sen tunnuslause on ”Jokainen on turvassa!”.',
      sv: 'Lahden ensi- ja turvakoti ry är medlemsförening i Förbundet för mödra- och skyddshem och en barnskyddsorganisation i Päijänne-Tavastland. Föreningen stöder babyfamiljer, hjälper när det finns våld eller hot om våld i en nära relation och erbjuder öppenvårdstjänster för barnfamiljer. Dess motto är ”Alla är trygga!”.',
      en: 'Lahden ensi- ja turvakoti ry (the Lahti mother and child home and shelter association) is a member of the Federation of Mother and Child Homes and Shelters and a child-welfare organisation in Päijät-Häme. It supports families with babies, helps when there is violence or a threat of violence in a close relationship, and offers outpatient services for families with children. Its motto is “Everyone is safe!”.',
    },
    contactEmail: 'toimisto@letk.fi',
    contactPhone: '+358 40 000 0001',
    memberships: [
      { networkSlug: 'ensi-ja-turvakotien-liitto', role: 'MEMBER', since: '2023-01-01' },
    ],
  },
  {
    id: ORG_FEDERATION,
    name: 'Ensi- ja turvakotien liitto ry',
    businessId: '2947731-2',
    website: 'https://ensijaturvakotienliitto.fi',
    description: {
      fi: 'Ensi- ja turvakotien liitto on valtakunnallinen lapsi- ja perhejärjestö ja 30 jäsenyhdistyksen keskusjärjestö. Liitto koordinoi yhteisiä palvelukonsepteja ja laatukriteerejä sekä ylläpitää valtakunnallista Nettiturvakotia.',
      sv: 'Förbundet för mödra- och skyddshem är en riksomfattande barn- och familjeorganisation och centralorganisation för 30 medlemsföreningar. Förbundet koordinerar gemensamma tjänstekoncept och kvalitetskriterier och upprätthåller det riksomfattande nätskyddshemmet Nettiturvakoti.',
      en: 'The Federation of Mother and Child Homes and Shelters is a national child and family organisation and the central body of 30 member associations. It coordinates shared service concepts and quality criteria and runs the nationwide online shelter Nettiturvakoti.',
    },
    contactEmail: 'info@ensijaturvakotienliitto.example',
    contactPhone: '+358 40 000 0002',
    memberships: [
      { networkSlug: 'ensi-ja-turvakotien-liitto', role: 'COORDINATOR', since: '2023-01-01' },
    ],
  },
  {
    id: ORG_KESKI_SUOMI,
    name: 'Keski-Suomen ensi- ja turvakoti ry',
    businessId: '1839562-9',
    website: 'https://ksetu.example',
    description: {
      fi: 'Keski-Suomen ensi- ja turvakoti ry on Ensi- ja turvakotien liiton jäsenyhdistys Jyväskylässä. Yhdistys tarjoaa Keski-Suomessa muun muassa ensikotityötä, lähisuhdeväkivaltatyötä, Baby Blues -vauvaperhetyötä ja erotyötä.',
      sv: 'Keski-Suomen ensi- ja turvakoti ry är medlemsförening i Förbundet för mödra- och skyddshem i Jyväskylä. Föreningen erbjuder i Mellersta Finland bland annat arbete vid mödra- och barnhem, arbete mot våld i nära relationer, Baby Blues-arbete med babyfamiljer och stöd vid skilsmässa.',
      en: 'Keski-Suomen ensi- ja turvakoti ry is a member association of the Federation of Mother and Child Homes and Shelters in Jyväskylä. In Central Finland it offers, among other things, mother and child home work, work against intimate partner violence, Baby Blues work with baby families and separation support.',
    },
    contactEmail: 'toimisto@ksetu.example',
    contactPhone: '+358 40 000 0003',
    memberships: [
      { networkSlug: 'ensi-ja-turvakotien-liitto', role: 'MEMBER', since: '2023-03-01' },
    ],
  },
  {
    id: ORG_VSLJ,
    name: 'Varsinais-Suomen Lastensuojelujärjestöt ry',
    businessId: '2205847-3',
    website: 'https://vslj.example',
    description: {
      fi: 'Varsinais-Suomen Lastensuojelujärjestöt ry (VSLJ) on alueen lastensuojelujärjestöjen yhteistyöjärjestö. Se koordinoi puolueettomasti Perhelinjaa, jonka kautta jäsenjärjestöt tuovat palvelujaan kohdealueille.',
      sv: 'Varsinais-Suomen Lastensuojelujärjestöt ry (VSLJ) är en samarbetsorganisation för barnskyddsorganisationerna i Egentliga Finland. Den koordinerar neutralt Perhelinja, genom vilken medlemsorganisationerna för ut sina tjänster till målområden.',
      en: 'Varsinais-Suomen Lastensuojelujärjestöt ry (VSLJ) is the joint body of child-welfare associations in Southwest Finland. It is the neutral coordinator of Perhelinja, through which the member associations bring their services to target regions.',
    },
    contactEmail: 'toimisto@vslj.example',
    contactPhone: '+358 40 000 0004',
    memberships: [{ networkSlug: 'perhelinja', role: 'COORDINATOR', since: '2018-01-01' }],
  },
  {
    id: ORG_TURKU_ETK,
    name: 'Turun ensi- ja turvakoti ry',
    businessId: '2768193-4',
    website: 'https://turunensijaturvakoti.example',
    description: {
      fi: 'Turun ensi- ja turvakoti ry on Ensi- ja turvakotien liiton jäsenyhdistys ja lastensuojelujärjestö, joka tukee lapsiperheitä Varsinais-Suomessa. Perhelinjalla yhdistys tarjoaa keskusteluapua vanhemmille ja vertaisryhmiä eroa läpikäyville vanhemmille.',
      sv: 'Turun ensi- ja turvakoti ry är medlemsförening i Förbundet för mödra- och skyddshem och en barnskyddsorganisation som stöder barnfamiljer i Egentliga Finland. Inom Perhelinja erbjuder föreningen samtalsstöd för föräldrar och kamratgrupper för föräldrar som går igenom en skilsmässa.',
      en: 'Turun ensi- ja turvakoti ry is a member of the Federation of Mother and Child Homes and Shelters and a child-welfare association supporting families with children in Southwest Finland. In Perhelinja it offers talk support for parents and peer groups for separating parents.',
    },
    contactEmail: 'toimisto@turunetk.example',
    contactPhone: '+358 40 000 0005',
    memberships: [
      { networkSlug: 'perhelinja', role: 'MEMBER', since: '2018-06-01' },
      { networkSlug: 'ensi-ja-turvakotien-liitto', role: 'MEMBER', since: '2023-01-01' },
    ],
  },
  {
    id: ORG_MLL_VS,
    name: 'Mannerheimin Lastensuojeluliiton Varsinais-Suomen piiri ry',
    businessId: '3012476-8',
    website: 'https://mll-vs.example',
    description: {
      fi: 'MLL:n Varsinais-Suomen piiri tukee lapsiperheitä ja nuoria sekä kouluttaa ja ohjaa vapaaehtoisia alueen paikallisyhdistyksissä. Perhelinjalla piiri tuo vapaaehtoisten ja työntekijöiden tukea kohdealueiden perheille ja nuorille.',
      sv: 'MLL:s distrikt i Egentliga Finland stöder barnfamiljer och unga samt utbildar och handleder frivilliga i lokalföreningarna i området. Inom Perhelinja för distriktet ut stöd från frivilliga och anställda till familjer och unga i målområdena.',
      en: 'The Southwest Finland district of the Mannerheim League for Child Welfare (MLL) supports families with children and young people and trains and guides volunteers in its local branches. In Perhelinja the district brings support from volunteers and staff to families and young people in the target regions.',
    },
    contactEmail: 'piiri@mll-vs.example',
    contactPhone: '+358 40 000 0006',
    memberships: [{ networkSlug: 'perhelinja', role: 'MEMBER', since: '2018-06-01' }],
  },
  {
    id: ORG_TURUN_KAUPUNKILAHETYS,
    name: 'Turun Kaupunkilähetys ry',
    businessId: '1956304-9',
    website: 'https://turunkaupunkilahetys.example',
    description: {
      fi: 'Turun Kaupunkilähetys ry on turkulainen yhdistys, joka tekee sosiaalista työtä ja tukee lapsiperheitä. Perhelinjalla yhdistys tarjoaa ohjausta ja neuvontaa perheille kohdealueilla.',
      sv: 'Turun Kaupunkilähetys ry är en förening i Åbo som utför socialt arbete och stöder barnfamiljer. Inom Perhelinja erbjuder föreningen handledning och rådgivning för familjer i målområdena.',
      en: 'Turun Kaupunkilähetys ry is an association in Turku that does social work and supports families with children. In Perhelinja it offers guidance and advice for families in the target regions.',
    },
    contactEmail: 'toimisto@turunkaupunkilahetys.example',
    contactPhone: '+358 40 000 0007',
    memberships: [{ networkSlug: 'perhelinja', role: 'MEMBER', since: '2019-09-01' }],
  },
  {
    id: ORG_HELSINKIMISSIO,
    name: 'HelsinkiMissio',
    businessId: '3341207-9',
    website: 'https://helsinkimissio.example',
    description: {
      fi: 'HelsinkiMissio on sosiaalialan järjestö, joka on kehittänyt Aggredi-toiminnan ja koordinoi sitä valtakunnallisesti. Aggredi auttaa kodin ulkopuolista väkivaltaa käyttäneitä tai sen riskissä olevia aikuisia.',
      sv: 'HelsinkiMissio är en organisation inom det sociala området som har utvecklat Aggredi-verksamheten och koordinerar den på riksnivå. Aggredi hjälper vuxna som har använt våld utanför hemmet eller riskerar att göra det.',
      en: 'HelsinkiMissio is a social-welfare organisation that developed the Aggredi programme and coordinates it nationally. Aggredi helps adults who have used violence outside the home or are at risk of doing so.',
    },
    contactEmail: 'aggredi@helsinkimissio.example',
    contactPhone: '+358 40 000 0008',
    memberships: [
      { networkSlug: 'ensi-ja-turvakotien-liitto', role: 'PARTNER', since: '2023-01-01' },
    ],
  },
];
