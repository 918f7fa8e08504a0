import { type DemoNetwork } from './types.js';

/**
 * The two demo networks of the domain brief (shared/domain/BRIEF.md):
 * - Perhelinja: Varsinais-Suomi child-welfare associations bring their services, under one shared brand,
 *   to target regions (seeds-000-003.md, seed 001). Coordinator: Varsinais-Suomen Lastensuojelujärjestöt ry.
 * - Ensi- ja turvakotien liitto: the national federation whose branded service concepts (Baby Blues,
 *   Ero lapsiperheessä®, Pidä kiinni®, …) its member associations run locally (seed-004.md).
 *
 * Ids and slugs of the networks are fixed (also used by demo-networks.ts). Taxonomy term ids:
 * `…-2001000000NN` Perhelinja, `…-2002000000NN` the federation; themes 01–19, target groups 21–39.
 * Both brand primaries reach at least 6:1 contrast on white (WCAG AA for body text); the accents reach 5:1.
 * Contact e-mail addresses are invented (`.example`).
 */

export const PERHELINJA_ID = '5a1e0b6e-0c1f-4c3e-9d0a-000000000001';
export const FEDERATION_ID = '5a1e0b6e-0c1f-4c3e-9d0a-000000000002';

/** Typed as a non-empty list so that `DEMO_NETWORKS[0]` is a network (tests use it). */
export const DEMO_NETWORKS: [DemoNetwork, ...DemoNetwork[]] = [
  {
    id: PERHELINJA_ID,
    slug: 'perhelinja',
    name: 'Perhelinja',
    description: {
      fi: 'Perhelinja on varsinaissuomalaisten lastensuojelujärjestöjen yhteinen palvelualusta. Se kokoaa jäsenjärjestöjen palvelut yhden nimen alle ja tuo niitä alueille, joilla järjestöjen apua ei ole ennen ollut saatavilla. Tarjolla on matalan kynnyksen ja varhaista tukea lapsille, nuorille ja vanhemmille – lähellä, etänä tai kotiin tuotuna. Toimintaa koordinoi Varsinais-Suomen Lastensuojelujärjestöt ry.',
      sv: 'Perhelinja är en gemensam serviceplattform för barnskyddsorganisationer i Egentliga Finland. Den samlar medlemsorganisationernas tjänster under ett namn och för ut dem till områden där organisationernas hjälp tidigare inte har funnits. Barn, unga och föräldrar får lågtröskel- och tidigt stöd – nära hemmet, på distans eller hemma. Verksamheten koordineras av Varsinais-Suomen Lastensuojelujärjestöt ry.',
      en: 'Perhelinja is a shared service platform of child-welfare associations in Southwest Finland (Varsinais-Suomi). It gathers the member associations’ services under one name and brings them to areas where no association help was available before. Children, young people and parents get low-threshold and early support – close to home, remotely or at home. The network is coordinated by Varsinais-Suomen Lastensuojelujärjestöt ry.',
    },
    principles: {
      fi: 'Kuvaamme jokaisen palvelun selkeästi sekä perheille että ammattilaisille: mitä apu on, kenelle se on, miten sen saa ja keneen voi ottaa yhteyttä.\nKoordinaatio on puolueetonta: koordinaattori ylläpitää yhteisiä rakenteita ja viestintää, jotta jäsenjärjestöjen voimavarat menevät itse auttamistyöhön.\nJokaisella jäsenjärjestöllä on selkeä suunnitelma ja tavoitteet omalle työlleen Perhelinjalla, ja järjestön johto tukee työtä.\nTeemme yhteistyötä kohdealueiden kuntien, hyvinvointialueen ja perhekeskusten kanssa niin, että yhteistyö rakentuu rakenteiden eikä yksittäisten ihmisten varaan.\nPidämme säännöllisesti yhteyttä, teemme edistymisen näkyväksi ja puhumme rehellisesti myös siitä, mikä ei toimi.',
      sv: 'Vi beskriver varje tjänst tydligt både för familjer och för yrkesverksamma: vad hjälpen är, vem den är till för, hur man får den och vem man kan kontakta.\nKoordineringen är neutral: koordinatorn upprätthåller gemensamma strukturer och kommunikation, så att medlemsorganisationernas resurser går till själva hjälpen.\nVarje medlemsorganisation har en tydlig plan och tydliga mål för sitt arbete inom Perhelinja, och organisationens ledning stöder arbetet.\nVi samarbetar med kommunerna, välfärdsområdet och familjecentralerna i målområdena så att samarbetet bygger på strukturer och inte på enskilda personer.\nVi håller regelbunden kontakt, gör framstegen synliga och talar ärligt också om det som inte fungerar.',
      en: 'We describe every service clearly for both families and professionals: what the help is, who it is for, how to get it and whom to contact.\nCoordination is neutral: the coordinator maintains shared structures and communication so that the member associations can spend their resources on the help itself.\nEvery member association has a clear plan and goals for its work in Perhelinja, and its management backs the work.\nWe work with the municipalities, the wellbeing services county and the family centres of the target regions so that cooperation rests on structures, not on single people.\nWe keep in regular contact, make progress visible and talk honestly about what does not work.',
    },
    brandPrimaryColor: '#00687a',
    brandAccentColor: '#b3471d',
    contactEmail: 'perhelinja@vslj.example',
    themes: [
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000001',
        slug: 'vanhemmuus',
        label: { fi: 'Vanhemmuus ja kasvatus', sv: 'Föräldraskap och fostran', en: 'Parenting' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000002',
        slug: 'vauvaperhe',
        label: {
          fi: 'Raskaus ja vauva-arki',
          sv: 'Graviditet och vardag med baby',
          en: 'Pregnancy and life with a baby',
        },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000003',
        slug: 'ero',
        label: { fi: 'Ero', sv: 'Skilsmässa och separation', en: 'Separation and divorce' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000004',
        slug: 'jaksaminen',
        label: {
          fi: 'Jaksaminen ja uupumus',
          sv: 'Ork och utmattning',
          en: 'Coping and exhaustion',
        },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000005',
        slug: 'perheen-vuorovaikutus',
        label: {
          fi: 'Perheen vuorovaikutus ja riidat',
          sv: 'Samspel och konflikter i familjen',
          en: 'Family relationships and conflict',
        },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000006',
        slug: 'nuoren-hyvinvointi',
        label: { fi: 'Nuoren hyvinvointi', sv: 'Ungas välmående', en: 'Young people’s wellbeing' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000007',
        slug: 'lahisuhdevakivalta',
        label: {
          fi: 'Väkivalta ja turvallisuus',
          sv: 'Våld och trygghet',
          en: 'Violence and safety',
        },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000008',
        slug: 'paihteet',
        label: { fi: 'Päihteet', sv: 'Rusmedel', en: 'Alcohol and drugs' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000009',
        slug: 'kriisi',
        label: { fi: 'Kriisi', sv: 'Kris', en: 'Crisis' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000010',
        slug: 'vertaistuki',
        label: { fi: 'Vertaistuki', sv: 'Kamratstöd', en: 'Peer support' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000011',
        slug: 'yksinaisyys',
        label: {
          fi: 'Yksinäisyys ja turvaverkot',
          sv: 'Ensamhet och stödnätverk',
          en: 'Loneliness and support networks',
        },
      },
    ],
    targetGroups: [
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000021',
        slug: 'odottavat-vanhemmat',
        label: { fi: 'Odottavat vanhemmat', sv: 'Blivande föräldrar', en: 'Expecting parents' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000022',
        slug: 'vauvaperheet',
        label: { fi: 'Vauvaperheet', sv: 'Babyfamiljer', en: 'Families with babies' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000023',
        slug: 'lapset',
        label: { fi: 'Lapset', sv: 'Barn', en: 'Children' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000024',
        slug: 'nuoret',
        label: { fi: 'Nuoret', sv: 'Unga', en: 'Young people' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000025',
        slug: 'vanhemmat',
        label: { fi: 'Vanhemmat', sv: 'Föräldrar', en: 'Parents' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000026',
        slug: 'laheiset',
        label: {
          fi: 'Isovanhemmat ja muut läheiset',
          sv: 'Mor- och farföräldrar och andra närstående',
          en: 'Grandparents and other close ones',
        },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200100000027',
        slug: 'ammattilaiset',
        label: { fi: 'Ammattilaiset', sv: 'Yrkesverksamma', en: 'Professionals' },
      },
    ],
  },
  {
    id: FEDERATION_ID,
    slug: 'ensi-ja-turvakotien-liitto',
    name: 'Ensi- ja turvakotien liitto',
    description: {
      fi: 'Ensi- ja turvakotien liitto on valtakunnallinen lapsi- ja perhejärjestö, joka auttaa vaikeissa ja turvattomissa oloissa eläviä lapsia ja perheitä ja tekee perheväkivaltaa ehkäisevää työtä. Sen 30 jäsenyhdistystä toimii eri puolilla Suomea. Tässä verkostossa jäsenyhdistykset kertovat palveluistaan omalla alueellaan – myös liiton yhteisistä palveluista, kuten Baby Blues -vauvaperhetyöstä, Ero lapsiperheessä® -työstä ja Pidä kiinni® -hoitojärjestelmästä.',
      sv: 'Förbundet för mödra- och skyddshem (Ensi- ja turvakotien liitto) är en riksomfattande barn- och familjeorganisation som hjälper barn och familjer som lever under svåra och otrygga förhållanden och som arbetar för att förebygga våld i familjen. Förbundets 30 medlemsföreningar verkar runt om i Finland. I det här nätverket berättar medlemsföreningarna om sina tjänster i det egna området – också om förbundets gemensamma tjänstekoncept, såsom Baby Blues-arbetet med babyfamiljer, Ero lapsiperheessä® (stöd vid skilsmässa i barnfamiljer) och vårdsystemet Pidä kiinni®.',
      en: 'The Federation of Mother and Child Homes and Shelters (Ensi- ja turvakotien liitto) is a national child and family organisation that helps children and families living in difficult and unsafe circumstances and works to prevent family violence. Its 30 member associations work across Finland. In this network the member associations present their services in their own region – including the federation’s shared service concepts such as Baby Blues work with baby families, Ero lapsiperheessä® (support when a family with children separates) and the Pidä kiinni® care system.',
    },
    principles: {
      fi: 'Liiton strategia ”Jokainen on turvassa” on yhteinen keskusjärjestölle ja kaikille jäsenyhdistyksille. Sen neljä tavoitetta ohjaavat jokaisen palvelun työtä:\n1. Ihmisten mahdollisuus osallisuuteen ja turvalliseen elämään vahvistuu.\n2. Vauvat, lapset ja nuoret saavat tarvitsemansa tuen ja laadukkaat palvelut.\n3. Yhdistysten osaaminen, kansalaistoiminta ja palvelut ovat voimavara uudistuvassa sosiaali- ja terveydenhuollossa.\n4. Sosiaalisesti ja ympäristön kannalta kestävät ratkaisut näkyvät toiminnassa.\nYhteiset palvelut noudattavat liiton ja jäsenyhdistysten yhdessä laatimia laatukriteerejä, ja asiakkaiden kokemusta avun vaikuttavuudesta seurataan.',
      sv: 'Förbundets strategi ”Alla är trygga” (Jokainen on turvassa) är gemensam för centralorganisationen och alla medlemsföreningar. Dess fyra mål styr arbetet i varje tjänst:\n1. Människornas möjlighet till delaktighet och ett tryggt liv stärks.\n2. Babyer, barn och unga får det stöd och de tjänster av god kvalitet som de behöver.\n3. Föreningarnas kunnande, medborgarverksamhet och tjänster är en resurs i den förnyade social- och hälsovården.\n4. Socialt och miljömässigt hållbara lösningar syns i verksamheten.\nDe gemensamma tjänsterna följer kvalitetskriterier som förbundet och medlemsföreningarna har tagit fram tillsammans, och klienternas upplevelse av hjälpens verkan följs upp.',
      en: 'The federation’s strategy “Everyone is safe” (Jokainen on turvassa) is shared by the central organisation and all member associations. Its four goals guide the work of every service:\n1. People’s chances to take part and to live a safe life grow stronger.\n2. Babies, children and young people get the support and good-quality services they need.\n3. The associations’ expertise, civic activity and services are a resource in the reformed social and health care.\n4. Socially and environmentally sustainable choices are visible in the work.\nShared services follow quality criteria written together by the federation and its member associations, and clients’ own experience of the impact of the help is followed up.',
    },
    brandPrimaryColor: '#7b1e5a',
    brandAccentColor: '#c2410c',
    contactEmail: 'verkosto@ensijaturvakotienliitto.example',
    website: 'https://ensijaturvakotienliitto.fi',
    themes: [
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000001',
        slug: 'lahisuhdevakivalta',
        label: {
          fi: 'Lähisuhde- ja perheväkivalta',
          sv: 'Våld i nära relationer och i familjen',
          en: 'Domestic and intimate partner violence',
        },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000002',
        slug: 'vakivallan-lopettaminen',
        label: {
          fi: 'Apua oman väkivallan lopettamiseen',
          sv: 'Hjälp att sluta använda våld',
          en: 'Help to stop using violence',
        },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000003',
        slug: 'ero',
        label: { fi: 'Ero', sv: 'Skilsmässa och separation', en: 'Separation and divorce' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000004',
        slug: 'vauvaperhe',
        label: {
          fi: 'Raskaus ja vauva-arki',
          sv: 'Graviditet och vardag med baby',
          en: 'Pregnancy and life with a baby',
        },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000005',
        slug: 'paihteet',
        label: { fi: 'Päihteet', sv: 'Rusmedel', en: 'Alcohol and drugs' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000006',
        slug: 'jaksaminen',
        label: {
          fi: 'Jaksaminen, uupumus ja masennus',
          sv: 'Ork, utmattning och depression',
          en: 'Coping, exhaustion and depression',
        },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000007',
        slug: 'vanhemmuus',
        label: {
          fi: 'Vanhemmuus ja vuorovaikutus lapsen kanssa',
          sv: 'Föräldraskap och samspel med barnet',
          en: 'Parenting and bonding with the child',
        },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000008',
        slug: 'kriisi',
        label: { fi: 'Kriisi', sv: 'Kris', en: 'Crisis' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000009',
        slug: 'vertaistuki',
        label: { fi: 'Vertaistuki', sv: 'Kamratstöd', en: 'Peer support' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000010',
        slug: 'yksinaisyys',
        label: {
          fi: 'Yksinäisyys ja turvaverkot',
          sv: 'Ensamhet och stödnätverk',
          en: 'Loneliness and support networks',
        },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000011',
        slug: 'vapaaehtoistoiminta',
        label: {
          fi: 'Vapaaehtoistoiminta',
          sv: 'Frivilligverksamhet',
          en: 'Volunteering',
        },
      },
    ],
    targetGroups: [
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000021',
        slug: 'odottavat-vanhemmat',
        label: { fi: 'Odottavat vanhemmat', sv: 'Blivande föräldrar', en: 'Expecting parents' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000022',
        slug: 'vauvaperheet',
        label: { fi: 'Vauvaperheet', sv: 'Babyfamiljer', en: 'Families with babies' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000023',
        slug: 'lapset',
        label: { fi: 'Lapset', sv: 'Barn', en: 'Children' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000024',
        slug: 'nuoret',
        label: { fi: 'Nuoret', sv: 'Unga', en: 'Young people' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000025',
        slug: 'vanhemmat',
        label: { fi: 'Vanhemmat', sv: 'Föräldrar', en: 'Parents' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000026',
        slug: 'vakivaltaa-kokeneet',
        label: {
          fi: 'Väkivaltaa kokeneet',
          sv: 'Personer som utsatts för våld',
          en: 'People who have experienced violence',
        },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000027',
        slug: 'vakivaltaa-kayttaneet',
        label: {
          fi: 'Väkivaltaa käyttäneet',
          sv: 'Personer som har använt våld',
          en: 'People who have used violence',
        },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000028',
        slug: 'laheiset',
        label: { fi: 'Läheiset', sv: 'Närstående', en: 'Family members and friends' },
      },
      {
        id: '5a1e0b6e-0c1f-4c3e-9d0a-200200000029',
        slug: 'ammattilaiset',
        label: { fi: 'Ammattilaiset', sv: 'Yrkesverksamma', en: 'Professionals' },
      },
    ],
  },
];
