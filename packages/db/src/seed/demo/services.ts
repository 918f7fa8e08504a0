import {
  ORG_FEDERATION,
  ORG_KESKI_SUOMI,
  ORG_LAHTI,
  ORG_MLL_VS,
  ORG_TURKU_ETK,
  ORG_TURUN_KAUPUNKILAHETYS,
} from './organizations.js';
import { type DemoDelivery, type DemoService, type DemoServiceContent } from './types.js';

/**
 * Demo services.
 *
 * Ensi- ja turvakotien liitto network: the real service units of Lahden ensi- ja turvakoti ry as its
 * 2023 action plan describes them (shared/domain/seed-004.md): target groups, ages, access rules,
 * capacities and opening hours come from there. Where the plan is silent (opening hours of most units,
 * exact premises) the text stays general. Baby Blues and Ero lapsiperheessä® have a second producer,
 * Keski-Suomen ensi- ja turvakoti ry (seeds-000-003.md, seed 000), whose contact, premises and capacity
 * are INVENTED demo values; so are all addresses on "Esimerkkikatu".
 *
 * Perhelinja network: services of the member associations brought to target regions in Varsinais-Suomi
 * (seed 001). The source names no individual services, so these six are illustrative and their details
 * (group sizes, hours, places) are invented.
 *
 * Conventions:
 * - ageMin/ageMax is the age of the person the service is for; for family services it is the child's
 *   age (Peukaloinen 0–2 = a child under 3; Perhetupa 0–6), for Aggredi the client's own (18–49).
 * - Every publishing state appears: PUBLISHED, PUBLISHED_WITH_PENDING_EDIT (Jannika), DRAFT (Ksetu's
 *   Lähis), SUBMITTED, RETURNED and ARCHIVED (Perhelinja). Freshness: most 0–6 months; Peukaloinen 11
 *   (due for a check), Perhelinja peer group 13 (stale), Perhelinja youth chat 19 (hidden).
 * - The shelter's address is never published (shelters keep it secret): phone contact only.
 * - Phone numbers are fictional (+358 40 000 0xxx); invented e-mail addresses use `.example`.
 * - Ids: services `5a1e0b6e-0c1f-4c3e-9d0a-4000000000NN`, deliveries `…-5000000000NN`.
 */

const LAHTI_WEBSITE = 'https://www.lahdenensijaturvakoti.fi';

const LAHTI_OFFICE: DemoDelivery['locations'][number] = {
  name: 'Lahden ensi- ja turvakoti ry',
  streetAddress: 'Loviisankatu 14 A 3',
  postalCode: '15100',
  postOffice: 'Lahti',
  municipalityCode: '398',
};

/** Invented placeholder premises for Keski-Suomen ensi- ja turvakoti ry (demo only). */
const KSETU_PLACE: DemoDelivery['locations'][number] = {
  name: 'Keski-Suomen ensi- ja turvakoti ry',
  streetAddress: 'Esimerkkikatu 1',
  postalCode: '40100',
  postOffice: 'Jyväskylä',
  municipalityCode: '179',
};

const BY_APPOINTMENT = {
  fi: 'Tapaamiset sovitaan ajanvarauksella.',
  sv: 'Träffarna bokas på förhand.',
  en: 'Meetings are by appointment.',
};

const EMERGENCY_NOTE = {
  fi: 'Jos olet välittömässä vaarassa, soita hätänumeroon 112.',
  sv: 'Om du är i akut fara, ring nödnumret 112.',
  en: 'If you are in immediate danger, call the emergency number 112.',
};

// ---------------------------------------------------------------------------------------------------
// Ensi- ja turvakotien liitto: Lahden ensi- ja turvakoti ry
// ---------------------------------------------------------------------------------------------------

const ensikoti: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000001',
  networkSlug: 'ensi-ja-turvakotien-liitto',
  responsibleOrganizationId: ORG_LAHTI,
  state: 'PUBLISHED',
  verifiedMonthsAgo: 2,
  content: {
    name: {
      fi: 'Ensikoti',
      sv: 'Mödra- och barnhem (Ensikoti)',
      en: 'Mother and child home (Ensikoti)',
    },
    summary: {
      fi: 'Ympärivuorokautista tukea vanhemmuuteen ja vauva-arkeen perheille, jotka tarvitsevat tiivistä apua jo raskausaikana tai vauvan kanssa.',
      sv: 'Stöd dygnet runt i föräldraskapet och vardagen med baby för familjer som behöver intensiv hjälp redan under graviditeten eller med sin baby.',
      en: 'Round-the-clock support with parenting and everyday life with a baby, for families who need intensive help during pregnancy or with their baby.',
    },
    description: {
      fi: 'Ensikodissa perhe asuu ja saa tukea ympäri vuorokauden. Yhdessä harjoitellaan vauvanhoitoa ja arjen taitoja ja tuetaan vauvan ja vanhemman hyvää suhdetta. Ensikotiin voi tulla jo raskausaikana. Taustalla voi olla esimerkiksi uupumusta, mielenterveyden haasteita, päihde- tai väkivaltakokemuksia tai se, ettei omaa tukiverkkoa ole. Ensikotiin tullaan sosiaalihuollon kautta: ota asia puheeksi oman sosiaalityöntekijän, neuvolan tai muun tutun työntekijän kanssa.',
      sv: 'På mödra- och barnhemmet bor familjen och får stöd dygnet runt. Tillsammans övar man på att sköta babyn och på vardagens sysslor, och den goda relationen mellan babyn och föräldern stöds. Man kan komma redan under graviditeten. Bakom kan finnas till exempel utmattning, psykisk ohälsa, erfarenheter av rusmedel eller våld eller att man saknar ett eget stödnätverk. Man kommer till mödra- och barnhemmet via socialvården: ta upp saken med din socialarbetare, rådgivningen eller någon annan yrkesperson du känner.',
      en: 'At the mother and child home the family lives on site and gets support around the clock. Together we practise baby care and everyday skills and support a good relationship between baby and parent. You can come already during pregnancy. The reasons may include exhaustion, mental health difficulties, experiences of substance use or violence, or having no support network of your own. Families come through social services: talk about it with your social worker, the maternity or child health clinic or another professional you know.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Perhe ohjautuu ensikotiin hyvinvointialueen sosiaalihuollon kautta. Sosiaalityöntekijä ottaa yhteyttä ensikotiin, ja tutustumiskäynnistä sovitaan yhdessä perheen kanssa. Jakso edellyttää sosiaalihuollon päätöstä ja maksusitoumusta.',
        sv: 'Familjen kommer till mödra- och barnhemmet via välfärdsområdets socialvård. Socialarbetaren kontaktar mödra- och barnhemmet, och ett bekantskapsbesök avtalas tillsammans med familjen. Perioden förutsätter ett beslut och en betalningsförbindelse från socialvården.',
        en: 'Families are referred by the social services of the wellbeing services county. The social worker contacts the home and an introductory visit is agreed together with the family. A stay requires a social-services decision and a payment commitment.',
      },
      eligibility: {
        fi: 'Odottavat vanhemmat ja vauvaperheet (nuorin lapsi alle 3-vuotias), jotka tarvitsevat tiivistä, ympärivuorokautista tukea vanhemmuuteen. Taustalla voi olla mielenterveyden haasteita, päihde- tai väkivaltakokemuksia, uupumusta, tukiverkon puuttumista tai muu elämänkriisi; ongelmat ovat usein kasautuneita. Ensikoti toivoo, että perheet ohjautuisivat jo raskausaikana.',
        sv: 'Blivande föräldrar och babyfamiljer (yngsta barnet under 3 år) som behöver intensivt stöd i föräldraskapet dygnet runt. Bakom kan finnas psykisk ohälsa, erfarenheter av rusmedel eller våld, utmattning, avsaknad av stödnätverk eller någon annan livskris; problemen är ofta flera på en gång. Mödra- och barnhemmet önskar att familjerna hänvisas redan under graviditeten.',
        en: 'Expecting parents and baby families (youngest child under 3) who need intensive round-the-clock support with parenting. Typical backgrounds include mental health difficulties, experiences of substance use or violence, exhaustion, a missing support network or another life crisis; problems are often accumulated. The home hopes families are referred already during pregnancy.',
      },
      whatHappensNext: {
        fi: 'Kuntoutus suunnitellaan perheen tarpeiden mukaan, ja työtä arvioidaan säännöllisesti perheen ja lähettävän tahon kanssa. Ennen kotiutumista tehdään kotijaksoja, ja kotiin annettavat palvelut ja vanhemman omat hoitokontaktit suunnitellaan valmiiksi yhdessä kotikunnan sosiaalihuollon kanssa. Palautetta pyydetään myös lähettävältä taholta.',
        sv: 'Rehabiliteringen planeras enligt familjens behov, och arbetet utvärderas regelbundet med familjen och den remitterande instansen. Före utskrivningen görs hemperioder, och tjänsterna i hemmet samt förälderns egna vårdkontakter planeras i förväg tillsammans med hemkommunens socialvård. Även den remitterande instansen ombeds ge respons.',
        en: 'Rehabilitation is planned around the family’s needs and reviewed regularly with the family and the referrer. Before discharge the family spends trial periods at home, and home services and the parent’s own care contacts are arranged in advance with the home municipality’s social services. The referrer is also asked for feedback.',
      },
    },
    targetGroupSlugs: ['odottavat-vanhemmat', 'vauvaperheet'],
    themeSlugs: ['vauvaperhe', 'vanhemmuus', 'jaksaminen', 'paihteet', 'kriisi'],
    ageMin: 0,
    ageMax: 2,
    serviceLanguages: ['fi'],
    channels: ['IN_PERSON', 'GROUP'],
    cost: 'FREE',
    costNote: {
      fi: 'Jakso järjestetään hyvinvointialueen sosiaalihuollon päätöksellä ja maksusitoumuksella. Mahdollisista asiakasmaksuista saat tietoa omalta sosiaalityöntekijältäsi.',
      sv: 'Perioden ordnas genom beslut och betalningsförbindelse från välfärdsområdets socialvård. Om eventuella klientavgifter får du information av din socialarbetare.',
      en: 'The stay is arranged by a decision and payment commitment of the wellbeing services county’s social services. Your social worker can tell you about any client fees.',
    },
    accessMode: 'PROFESSIONAL_REFERRAL',
    contact: {
      phone: '+358 40 000 0201',
      email: 'ensikoti@letk.example',
      website: LAHTI_WEBSITE,
    },
    path: [
      {
        title: {
          fi: 'Yhteydenotto sosiaalityöntekijän kautta',
          sv: 'Kontakt via socialarbetaren',
          en: 'Contact through your social worker',
        },
        description: {
          fi: 'Oma sosiaalityöntekijä ottaa yhteyttä ensikotiin ja kertoo perheen tilanteesta.',
          sv: 'Din socialarbetare kontaktar mödra- och barnhemmet och berättar om familjens situation.',
          en: 'Your social worker contacts the home and tells them about your family’s situation.',
        },
      },
      {
        title: { fi: 'Tutustumiskäynti', sv: 'Bekantskapsbesök', en: 'Introductory visit' },
        description: {
          fi: 'Tutustut ensikotiin ja työntekijöihin. Pidempään ensikodissa asuneet voivat kertoa omista kokemuksistaan.',
          sv: 'Du bekantar dig med mödra- och barnhemmet och personalen. Familjer som har bott där längre kan berätta om sina erfarenheter.',
          en: 'You get to know the home and the staff. Families who have stayed longer can tell you about their experiences.',
        },
      },
      {
        title: { fi: 'Ensikotijakso', sv: 'Perioden på hemmet', en: 'Your stay' },
        description: {
          fi: 'Asut ensikodissa vauvan kanssa. Päivää rytmittävät vauvantahtinen arki, aamuturinat, ryhmät ja omat tapaamiset työntekijän kanssa. Tavoitteita arvioidaan säännöllisesti yhdessä.',
          sv: 'Du bor på hemmet med din baby. Dagarna följer babyns rytm med morgonsamtal, grupper och egna träffar med en medarbetare. Målen utvärderas regelbundet tillsammans.',
          en: 'You live at the home with your baby. Days follow the baby’s rhythm, with morning chats, groups and your own meetings with a worker. Goals are reviewed together regularly.',
        },
      },
      {
        title: {
          fi: 'Kotijaksot ja kotiin lähtö',
          sv: 'Hemperioder och flytt hem',
          en: 'Trial periods at home and moving home',
        },
        description: {
          fi: 'Ennen kotiin lähtöä harjoitellaan kotijaksoilla. Kotiin saatava tuki ja omat hoitokontaktit sovitaan valmiiksi.',
          sv: 'Före flytten hem övar ni under hemperioder. Stödet i hemmet och dina egna vårdkontakter avtalas i förväg.',
          en: 'Before moving home you practise during trial periods at home. Support at home and your own care contacts are agreed in advance.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000001',
      organizationId: ORG_LAHTI,
      wellbeingAreaCodes: ['09'],
      contact: {
        name: 'Liisa',
        phone: '+358 40 000 0201',
        email: 'ensikoti@letk.example',
        website: LAHTI_WEBSITE,
      },
      locations: [LAHTI_OFFICE],
      openingHours: {
        note: {
          fi: 'Ensikodissa on henkilökuntaa paikalla ympäri vuorokauden. Tutustumiskäynnit sovitaan etukäteen.',
          sv: 'På mödra- och barnhemmet finns personal dygnet runt. Bekantskapsbesök avtalas på förhand.',
          en: 'Staff are present at the home around the clock. Introductory visits are agreed in advance.',
        },
      },
      acceptingClients: true,
    },
  ],
};

const babyBlues: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000002',
  networkSlug: 'ensi-ja-turvakotien-liitto',
  responsibleOrganizationId: ORG_LAHTI,
  state: 'PUBLISHED',
  verifiedMonthsAgo: 1,
  content: {
    name: {
      fi: 'Baby Blues -vauvaperhetyö',
      sv: 'Baby Blues – stöd för babyfamiljer',
      en: 'Baby Blues – support for families with babies',
      fiPlain: 'Baby Blues – apua vauvaperheelle',
    },
    summary: {
      fi: 'Maksutonta keskusteluapua ja ohjausta vauvaa odottaville ja vauvaperheille, kun vanhempi on uupunut tai mieli on maassa. Myös unirytmiohjausta alle 1-vuotiaan vauvan perheille.',
      sv: 'Avgiftsfritt samtalsstöd och handledning för blivande föräldrar och babyfamiljer när en förälder är utmattad eller nedstämd. Också handledning i sömnrytm för familjer med en baby under ett år.',
      en: 'Free talk support and guidance for expecting parents and baby families when a parent is exhausted or feeling low. Also sleep-rhythm guidance for families with a baby under one year.',
      fiPlain:
        'Oletko raskaana, tai onko sinulla vauva? Jos olet väsynyt tai surullinen, voit saada apua. Apu on ilmaista.',
    },
    description: {
      fi: 'Baby Blues tarjoaa lyhytkestoista ammatillista apua raskausaikana ja vauvan syntymän jälkeen, kun vanhempi on uupunut, mieli on maassa tai vauva-arki tuntuu raskaalta. Työntekijän kanssa etsitään omia voimavaroja ja tuetaan vuorovaikutusta vauvan kanssa. Alle 1-vuotiaan vauvan perheet saavat ohjausta kotona tehtävään unirytmitykseen, ja erityistä tukea tarvitseva odottaja voi saada synnytykseen mukaan vapaaehtoisen doulan. Palvelu on maksutonta, lähetettä ei tarvita, ja ajan voi varata verkossa.',
      sv: 'Baby Blues erbjuder kortvarig professionell hjälp under graviditeten och efter förlossningen, när en förälder är utmattad, nedstämd eller tycker att vardagen med baby känns tung. Tillsammans med en medarbetare söker ni efter egna resurser och stöder samspelet med babyn. Familjer med en baby under ett år får handledning i att skapa en sömnrytm hemma, och en blivande förälder som behöver särskilt stöd kan få en frivillig doula med till förlossningen. Tjänsten är avgiftsfri, ingen remiss behövs och tid kan bokas på nätet.',
      en: 'Baby Blues offers short-term professional help during pregnancy and after the birth, when a parent is exhausted, feeling low or finds everyday life with a baby heavy. With a worker you look for your own strengths and support your bond with your baby. Families with a baby under one year get guidance in building a sleep rhythm at home, and an expectant parent who needs special support can have a volunteer doula at the birth. The service is free, you need no referral and you can book a time online.',
      fiPlain:
        'Baby Blues auttaa odottavia vanhempia ja vauvaperheitä. Voit tulla, jos olet väsynyt tai surullinen tai jos vauvan kanssa on vaikeaa. Työntekijä kuuntelee sinua ja auttaa. Voit saada apua myös vauvan uneen. Apu on ilmaista. Et tarvitse lähetettä. Voit varata ajan netissä.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Lähetettä ei tarvita. Kannusta perhettä varaamaan aika sähköisesti tai soittamaan; perheen luvalla voit myös ottaa yhteyttä työntekijään yhdessä perheen kanssa. Työntekijä tapaa perheitä myös neuvoloissa ja perhekeskuksissa.',
        sv: 'Ingen remiss behövs. Uppmuntra familjen att boka tid på nätet eller ringa; med familjens samtycke kan du också kontakta medarbetaren tillsammans med familjen. Medarbetaren träffar familjer också på rådgivningar och familjecentraler.',
        en: 'No referral is needed. Encourage the family to book online or call; with the family’s consent you can also contact the worker together with them. The worker also meets families at maternity and child health clinics and family centres.',
      },
      eligibility: {
        fi: 'Odottavat ja vauvaperheet, joissa vanhempi on uupunut, masentunut tai kuormittunut. Unirytmiohjaus on tarkoitettu alle 1-vuotiaan vauvan perheille. Doula-tukea tarjotaan erityisen tuen tarpeessa oleville odottajille, esimerkiksi yksin odottaville.',
        sv: 'Blivande föräldrar och babyfamiljer där en förälder är utmattad, deprimerad eller belastad. Handledningen i sömnrytm är avsedd för familjer med en baby under ett år. Doulastöd erbjuds blivande föräldrar som behöver särskilt stöd, till exempel dem som väntar barn ensamma.',
        en: 'Expecting parents and baby families where a parent is exhausted, depressed or overloaded. Sleep-rhythm guidance is for families with a baby under one year. Doula support is offered to expectant parents who need special support, for example those expecting alone.',
      },
      whatHappensNext: {
        fi: 'Työskentely on lyhytkestoista, ja tapaamiset sovitaan perheen tarpeen mukaan lähi- tai etätapaamisina. Työskentelyn päättyessä perheeltä pyydetään kirjallinen palaute, ja ohjanneelta taholta pyydetään palautetta yhteistyön aikana. Tarvittaessa perhettä autetaan löytämään jatkotukea.',
        sv: 'Arbetet är kortvarigt, och träffarna avtalas efter familjens behov, på plats eller på distans. När arbetet avslutas ombeds familjen ge skriftlig respons, och den som hänvisade familjen ombeds ge respons under samarbetet. Vid behov får familjen hjälp att hitta fortsatt stöd.',
        en: 'The work is short-term; meetings are agreed as the family needs, in person or remotely. At the end the family is asked for written feedback, and the referrer is asked for feedback during the cooperation. If needed, the family is helped to find further support.',
      },
    },
    targetGroupSlugs: ['odottavat-vanhemmat', 'vauvaperheet'],
    themeSlugs: ['vauvaperhe', 'jaksaminen', 'vanhemmuus'],
    ageMin: null,
    ageMax: null,
    serviceLanguages: ['fi'],
    channels: ['IN_PERSON', 'PHONE', 'VIDEO', 'CHAT'],
    cost: 'FREE',
    accessMode: 'SELF_REFERRAL',
    contact: { website: LAHTI_WEBSITE },
    path: [
      {
        title: { fi: 'Ota yhteyttä', sv: 'Ta kontakt', en: 'Get in touch' },
        description: {
          fi: 'Varaa aika verkossa, soita tai kysy neuvolasta. Lähetettä ei tarvita.',
          sv: 'Boka tid på nätet, ring eller fråga på rådgivningen. Ingen remiss behövs.',
          en: 'Book online, call, or ask at your clinic. No referral is needed.',
        },
      },
      {
        title: { fi: 'Ensimmäinen tapaaminen', sv: 'Första träffen', en: 'First meeting' },
        description: {
          fi: 'Kerrot tilanteestasi, ja sovitte yhdessä, millaista tukea tarvitset ja tavataanko lähellä vai etänä.',
          sv: 'Du berättar om din situation, och ni kommer överens om vilket stöd du behöver och om ni träffas på plats eller på distans.',
          en: 'You tell the worker about your situation and agree together what support you need and whether you meet in person or remotely.',
        },
      },
      {
        title: {
          fi: 'Tapaamiset ja ohjaus',
          sv: 'Träffar och handledning',
          en: 'Meetings and guidance',
        },
        description: {
          fi: 'Tapaamisissa puhutaan jaksamisesta, vauvan kanssa olemisesta ja tarvittaessa vauvan unirytmistä.',
          sv: 'På träffarna talar ni om hur du orkar, om att vara med babyn och vid behov om babyns sömnrytm.',
          en: 'You talk about how you are coping, being with your baby and, if needed, your baby’s sleep rhythm.',
        },
      },
      {
        title: { fi: 'Tuen päättyminen', sv: 'Stödet avslutas', en: 'Ending the support' },
        description: {
          fi: 'Lopuksi mietitte yhdessä, mikä auttoi, ja tarvittaessa sovitaan jatkotuesta.',
          sv: 'Till sist funderar ni tillsammans på vad som hjälpte och avtalar vid behov om fortsatt stöd.',
          en: 'At the end you look together at what helped and agree on further support if needed.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000002',
      organizationId: ORG_LAHTI,
      wellbeingAreaCodes: ['09'],
      contact: {
        name: 'Aino',
        phone: '+358 40 000 0202',
        email: 'babyblues@letk.example',
        website: LAHTI_WEBSITE,
      },
      locations: [LAHTI_OFFICE],
      openingHours: {
        note: {
          fi: 'Ajanvaraus verkossa tai puhelimitse. Työntekijä tapaa perheitä myös Lahden keskustan ja Orimattilan perhekeskuksissa.',
          sv: 'Tidsbokning på nätet eller per telefon. Medarbetaren träffar familjer också på familjecentralerna i Lahtis centrum och i Orimattila.',
          en: 'Book online or by phone. The worker also meets families at the family centres in central Lahti and in Orimattila.',
        },
      },
      acceptingClients: true,
      hasOnlineBooking: true,
    },
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000003',
      organizationId: ORG_KESKI_SUOMI,
      wellbeingAreaCodes: ['15'],
      contact: {
        name: 'Kaisa',
        phone: '+358 40 000 0301',
        email: 'babyblues@ksetu.example',
      },
      locations: [KSETU_PLACE],
      openingHours: {
        periods: [
          { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], opens: '09:00', closes: '15:00' },
        ],
        note: {
          fi: 'Puhelinaika maanantaista torstaihin. Tapaamiset sovitaan erikseen, myös etänä.',
          sv: 'Telefontid måndag–torsdag. Träffarna avtalas separat, också på distans.',
          en: 'Phone hours Monday to Thursday. Meetings are agreed separately, remote ones too.',
        },
      },
      capacityPlaces: 12,
      acceptingClients: true,
    },
  ],
};

const peukaloinen: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000003',
  networkSlug: 'ensi-ja-turvakotien-liitto',
  responsibleOrganizationId: ORG_LAHTI,
  state: 'PUBLISHED',
  verifiedMonthsAgo: 11,
  content: {
    name: {
      fi: 'Päiväryhmä Peukaloinen',
      sv: 'Dagsgruppen Peukaloinen',
      en: 'Peukaloinen day group',
    },
    summary: {
      fi: 'Ryhmä vauvaa odottaville vanhemmille ja alle 3-vuotiaiden lasten vanhemmille. Saat tukea vanhemmuuteen ja vuorovaikutukseen lapsen kanssa kolmena päivänä viikossa puolen vuoden ajan.',
      sv: 'En grupp för blivande föräldrar och för föräldrar med barn under 3 år. Du får stöd i föräldraskapet och samspelet med barnet tre dagar i veckan under ett halvår.',
      en: 'A group for expecting parents and for parents of children under 3. You get support with parenting and bonding with your child three days a week for six months.',
    },
    description: {
      fi: 'Peukaloisessa vanhemmat ja lapset viettävät ryhmäpäiviä yhdessä kahden työntekijän kanssa. Toistuvat arjen rutiinit ja muiden vanhempien tuki tuovat päivään rytmiä ja auttavat huomaamaan, ettei ole yksin. Ryhmässä opitaan tunnistamaan lapsen tarpeita ja vahvistetaan vuorovaikutusta ja omaa jaksamista, ja jokainen perhe saa myös omaa tukea. Ryhmään voi hakeutua itse tai neuvolan, perhekeskuksen tai muun työntekijän ohjaamana, eikä osallistuminen vaadi päätöstä tai maksusitoumusta.',
      sv: 'I Peukaloinen tillbringar föräldrar och barn gruppdagar tillsammans med två medarbetare. Återkommande vardagsrutiner och stödet från andra föräldrar ger dagen rytm och hjälper en att märka att man inte är ensam. I gruppen lär man sig känna igen barnets behov och stärker samspelet och den egna orken, och varje familj får också eget stöd. Man kan söka sig till gruppen själv eller via rådgivningen, familjecentralen eller någon annan yrkesperson, och det behövs inget beslut eller någon betalningsförbindelse.',
      en: 'At Peukaloinen parents and children spend group days together with two workers. Repeated daily routines and the support of other parents give the day a rhythm and help you notice that you are not alone. The group helps you recognise your child’s needs and strengthens your bond and your own coping, and every family also gets individual support. You can apply yourself or through the clinic, family centre or another professional, and no decision or payment commitment is needed.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Perheitä ohjaavat tavallisimmin äitiys- ja lastenneuvolat, perhekeskus, pikkulapsipsykiatria, Dilan Vauvan taika -toiminta ja yhdistyksen muut työmuodot. Ota perheen luvalla yhteyttä päiväryhmän työntekijöihin; perhe voi hakeutua myös itse. Päätöstä tai maksusitoumusta ei tarvita.',
        sv: 'Familjer hänvisas oftast av mödra- och barnrådgivningen, familjecentralen, småbarnspsykiatrin, Dilas verksamhet Vauvan taika och föreningens andra verksamhetsformer. Kontakta dagsgruppens medarbetare med familjens samtycke; familjen kan också söka sig dit själv. Inget beslut eller någon betalningsförbindelse behövs.',
        en: 'Families are most often referred by maternity and child health clinics, the family centre, infant psychiatry, Dila’s Vauvan taika programme and the association’s other units. Contact the group’s workers with the family’s consent; families can also apply themselves. No decision or payment commitment is needed.',
      },
      eligibility: {
        fi: 'Tuen tarpeessa oleva vauvaa odottava vanhempi tai perhe, jonka lapsi on alle 3-vuotias. Ryhmään mahtuu 4–5 vanhempi–lapsi-paria. Perhe voi osallistua enintään kahdelle ryhmäkaudelle.',
        sv: 'En blivande förälder som behöver stöd, eller en familj med ett barn under 3 år. Gruppen rymmer 4–5 par av förälder och barn. En familj kan delta i högst två gruppterminer.',
        en: 'An expecting parent in need of support, or a family with a child under 3. A group takes 4–5 parent–child pairs. A family can take part in at most two group periods.',
      },
      whatHappensNext: {
        fi: 'Ryhmäjaksoa edeltää motivointityö, ja tavoitteet asetetaan yhdessä perheen ja mahdollisen lähettävän tahon kanssa. Ryhmä kokoontuu 4–5 tuntia kerrallaan kolmena päivänä viikossa puolen vuoden ajan; jaksoon kuuluu koko perheen viiden vuorokauden intensiivijakso liiton kurssikeskus Sopukassa. Ryhmäkauden jälkeen on jälkitukea, ja lähettävältä taholta pyydetään palautetta.',
        sv: 'Före gruppperioden görs motiverande arbete, och målen sätts upp tillsammans med familjen och en eventuell remitterande instans. Gruppen träffas 4–5 timmar åt gången tre dagar i veckan under ett halvår; i perioden ingår en intensivperiod på fem dygn för hela familjen på förbundets kurscenter Sopukka. Efter gruppterminen ges eftervård, och den remitterande instansen ombeds ge respons.',
        en: 'Motivational work comes before the group period, and goals are set together with the family and any referrer. The group meets 4–5 hours at a time, three days a week, for six months; the period includes a five-day intensive stay for the whole family at the federation’s course centre Sopukka. Aftercare follows the group period, and the referrer is asked for feedback.',
      },
    },
    targetGroupSlugs: ['odottavat-vanhemmat', 'vauvaperheet', 'vanhemmat'],
    themeSlugs: ['vauvaperhe', 'vanhemmuus', 'jaksaminen', 'vertaistuki'],
    ageMin: 0,
    ageMax: 2,
    serviceLanguages: ['fi'],
    channels: ['GROUP', 'IN_PERSON'],
    cost: 'FREE',
    accessMode: 'BOTH',
    contact: {
      phone: '+358 40 000 0203',
      email: 'peukaloinen@letk.example',
      website: LAHTI_WEBSITE,
    },
    path: [
      {
        title: { fi: 'Yhteydenotto', sv: 'Kontakt', en: 'Getting in touch' },
        description: {
          fi: 'Ota yhteyttä itse tai pyydä neuvolaa tai muuta työntekijää ottamaan yhteyttä kanssasi.',
          sv: 'Ta kontakt själv eller be rådgivningen eller någon annan yrkesperson att ta kontakt tillsammans med dig.',
          en: 'Contact us yourself or ask your clinic or another professional to get in touch with you.',
        },
      },
      {
        title: {
          fi: 'Tutustuminen ja tavoitteet',
          sv: 'Bekantskap och mål',
          en: 'Getting to know each other and setting goals',
        },
        description: {
          fi: 'Tapaatte työntekijät ja mietitte yhdessä, mitä toivotte ryhmältä.',
          sv: 'Ni träffar medarbetarna och funderar tillsammans på vad ni önskar av gruppen.',
          en: 'You meet the workers and think together about what you hope to get from the group.',
        },
      },
      {
        title: { fi: 'Ryhmäkausi', sv: 'Gruppterminen', en: 'Group period' },
        description: {
          fi: 'Ryhmä kokoontuu kolmena päivänä viikossa 4–5 tuntia kerrallaan puolen vuoden ajan. Mukana on myös koko perheen viiden vuorokauden jakso kurssikeskus Sopukassa.',
          sv: 'Gruppen träffas tre dagar i veckan 4–5 timmar åt gången under ett halvår. I terminen ingår också en period på fem dygn för hela familjen på kurscentret Sopukka.',
          en: 'The group meets three days a week for 4–5 hours at a time for six months. It also includes a five-day stay for the whole family at the Sopukka course centre.',
        },
      },
      {
        title: { fi: 'Jälkituki', sv: 'Eftervård', en: 'Aftercare' },
        description: {
          fi: 'Ryhmäkauden jälkeen saat vielä tukea, ja yhdessä arvioidaan, mitä muuta apua perhe tarvitsee.',
          sv: 'Efter gruppterminen får du ännu stöd, och tillsammans bedömer ni vilken annan hjälp familjen behöver.',
          en: 'After the group period you still get support, and together you consider what other help your family needs.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000004',
      organizationId: ORG_LAHTI,
      wellbeingAreaCodes: ['09'],
      contact: {
        name: 'Elina',
        phone: '+358 40 000 0203',
        email: 'peukaloinen@letk.example',
        website: LAHTI_WEBSITE,
      },
      locations: [LAHTI_OFFICE],
      openingHours: {
        note: {
          fi: 'Ryhmä kokoontuu kolmena päivänä viikossa, 4–5 tuntia kerrallaan.',
          sv: 'Gruppen träffas tre dagar i veckan, 4–5 timmar åt gången.',
          en: 'The group meets three days a week, 4–5 hours at a time.',
        },
      },
      groupSize: 5,
      acceptingClients: true,
    },
  ],
};

const jannikaApproved: DemoServiceContent = {
  name: {
    fi: 'Pidä kiinni® Avopalveluyksikkö Jannika',
    sv: 'Pidä kiinni® öppenvårdsenheten Jannika',
    en: 'Pidä kiinni® outpatient unit Jannika',
  },
  summary: {
    fi: 'Avopalvelu päihteitä käyttäville tai käyttäneille odottaville äideille ja vanhemmille, joiden nuorin lapsi on alle 3-vuotias.',
    en: 'An outpatient service for expecting mothers and parents who use or have used alcohol or drugs and whose youngest child is under 3.',
  },
  description: {
    fi: 'Jannikassa yhdistyvät päihdekuntoutus, vauvan ja vanhemman vuorovaikutuksen tukeminen ja lapsiperheen arjen taitojen harjoittelu. Kuntoutusviikkoon kuuluu kolme yhteisökuntoutuspäivää, joissa on vanhemmuutta ja päihteettömyyttä tukevia ryhmiä, Hoivaa ja leiki -ryhmä sekä perhekohtaista työskentelyä. Jokaiselle perheelle tehdään oma asiakassuunnitelma. Jannikaan voi ottaa yhteyttä itse tai läheisen avulla tai ohjautua neuvolan, sairaalan, päihde- tai sosiaalipalvelujen kautta.',
    en: 'Jannika combines substance-use rehabilitation, support for the bond between baby and parent, and practice in the everyday skills of a family with children. Each rehabilitation week has three community days with groups that support parenting and staying sober, a Hoivaa ja leiki (care and play) group and work with each family. Every family gets its own client plan. You can contact Jannika yourself or with the help of someone close to you, or be referred by the clinic, the hospital, substance-use services or social services.',
  },
  professionalInfo: {
    howToRefer: {
      fi: 'Perheet ohjautuvat neuvolan, Päijät-Hämeen keskussairaalan HALSO-poliklinikan, päihde- tai sosiaalipalvelujen tai muun yhteistyötahon kautta, tai ottavat itse yhteyttä. Työntekijän tapaamisen voi varata puhelimitse tai sähköisesti. Jannika tarjoaa myös konsultaatiota ammattilaisille odotus- ja vauva-ajan päihdeasioissa.',
      sv: 'Familjerna hänvisas via rådgivningen, HALSO-polikliniken vid Päijänne-Tavastlands centralsjukhus, missbruks- eller socialtjänsterna eller någon annan samarbetspart, eller så tar de kontakt själva. En träff med en medarbetare kan bokas per telefon eller på nätet. Jannika erbjuder också konsultation för yrkesverksamma i frågor om rusmedel under graviditeten och babytiden.',
      en: 'Families are referred by the clinic, the HALSO outpatient clinic of Päijät-Häme Central Hospital, substance-use or social services or another partner, or contact Jannika themselves. A meeting with a worker can be booked by phone or online. Jannika also offers consultation to professionals on substance use during pregnancy and the baby years.',
    },
    eligibility: {
      fi: 'Päihteitä käyttävät tai käyttäneet odottavat äidit ja vanhemmat, joiden nuorin lapsi on alle 3-vuotias; mukana voi olla äiti tai isä vauvansa kanssa tai molemmat vanhemmat lapsineen. Myös perheiden läheiset voivat ottaa yhteyttä.',
      sv: 'Blivande mödrar och föräldrar som använder eller har använt rusmedel och vars yngsta barn är under 3 år; med kan vara mamman eller pappan med sin baby eller båda föräldrarna med sina barn. Också familjernas närstående kan ta kontakt.',
      en: 'Expecting mothers and parents who use or have used alcohol or drugs and whose youngest child is under 3; a mother or father with their baby or both parents with their children can take part. Family members and friends can also get in touch.',
    },
    whatHappensNext: {
      fi: 'Perheelle laaditaan yksilöllinen asiakassuunnitelma yhdessä muiden perheen kanssa työskentelevien tahojen kanssa, ja se arvioidaan noin kolmen kuukauden välein. Kuntoutusjakson toivotaan kestävän yhdestä kolmeen vuotta; lapsille asetetaan omat tavoitteet, joita arvioidaan verkostoneuvotteluissa. Jakson päätyttyä palautetta pyydetään myös lähettävältä taholta, ja luvan antaneilta asiakkailta kerätään seurantatieto puolen vuoden ja vuoden kuluttua.',
      sv: 'Familjen får en individuell klientplan som görs upp tillsammans med andra instanser som arbetar med familjen, och den utvärderas ungefär var tredje månad. Rehabiliteringen bör helst pågå ett till tre år; barnen får egna mål som utvärderas i nätverksmöten. När perioden avslutas ombeds också den remitterande instansen ge respons, och av klienter som gett sitt samtycke samlas uppföljningsuppgifter in efter ett halvt år och ett år.',
      en: 'An individual client plan is drawn up with the other services working with the family and reviewed about every three months. Rehabilitation ideally lasts one to three years; children have their own goals, reviewed in network meetings. At the end the referrer is also asked for feedback, and clients who consent are followed up six and twelve months later.',
    },
  },
  targetGroupSlugs: ['odottavat-vanhemmat', 'vauvaperheet', 'laheiset'],
  themeSlugs: ['paihteet', 'vauvaperhe', 'vanhemmuus', 'vertaistuki'],
  ageMin: 0,
  ageMax: 2,
  serviceLanguages: ['fi'],
  channels: ['IN_PERSON', 'GROUP', 'VIDEO', 'PHONE'],
  cost: 'FREE',
  accessMode: 'BOTH',
  contact: {
    phone: '+358 40 000 0204',
    email: 'jannika@letk.example',
    website: LAHTI_WEBSITE,
  },
  path: [
    {
      title: { fi: 'Yhteydenotto', en: 'Getting in touch' },
      description: {
        fi: 'Soita tai varaa aika verkossa. Voit ottaa yhteyttä itse, läheisen kanssa tai työntekijän kautta.',
        en: 'Call or book online. You can get in touch yourself, with someone close to you or through a professional.',
      },
    },
    {
      title: { fi: 'Tutustuminen ja asiakassuunnitelma', en: 'Getting started and client plan' },
      description: {
        fi: 'Tutustut Jannikaan, ja perheelle laaditaan oma suunnitelma yhdessä teidän ja muiden auttajien kanssa.',
        en: 'You get to know Jannika, and a plan for your family is made with you and the others who help you.',
      },
    },
    {
      title: { fi: 'Yhteisökuntoutus', en: 'Community rehabilitation' },
      description: {
        fi: 'Kolmena päivänä viikossa ryhmiä, yhteistä arkea ja perhekohtaista työskentelyä. Lapsille asetetaan omat tavoitteet.',
        en: 'Three days a week of groups, shared daily life and work with your family. Children have their own goals.',
      },
    },
    {
      title: { fi: 'Säännöllinen arviointi', en: 'Regular reviews' },
      description: {
        fi: 'Suunnitelma arvioidaan noin kolmen kuukauden välein yhdessä perheen ja verkoston kanssa.',
        en: 'The plan is reviewed about every three months with the family and their network.',
      },
    },
    {
      title: { fi: 'Jakson päättyminen ja seuranta', en: 'Ending and follow-up' },
      description: {
        fi: 'Kun kuntoutus päättyy, sovitaan jatkotuesta. Halutessasi sinuun ollaan yhteydessä vielä puolen vuoden ja vuoden kuluttua.',
        en: 'When rehabilitation ends, further support is agreed. If you wish, we contact you again six and twelve months later.',
      },
    },
  ],
};

/** The pending edit: a warmer opening in summary and description, and the missing Swedish texts. */
const jannikaPendingEdit: DemoServiceContent = {
  ...jannikaApproved,
  summary: {
    fi: 'Tukea raskausaikaan ja vauva-arkeen, kun päihteet ovat tai ovat olleet osa elämää. Avopalvelu odottaville ja vanhemmille, joiden nuorin lapsi on alle 3-vuotias.',
    sv: 'Stöd under graviditeten och vardagen med baby när rusmedel är eller har varit en del av livet. Öppenvård för blivande föräldrar och föräldrar vars yngsta barn är under 3 år.',
    en: 'Support during pregnancy and life with a baby when alcohol or drugs are or have been part of your life. An outpatient service for expecting parents and parents whose youngest child is under 3.',
  },
  description: {
    fi: 'Jannikassa saat tukea yhtä aikaa päihteettömyyteen, vanhemmuuteen ja vauvan kanssa olemiseen. Kuntoutusviikkoon kuuluu kolme yhteisökuntoutuspäivää, joissa on vanhemmuutta ja päihteettömyyttä tukevia ryhmiä, Hoivaa ja leiki -ryhmä sekä perhekohtaista työskentelyä. Jokaiselle perheelle tehdään oma asiakassuunnitelma. Jannikaan voi ottaa yhteyttä itse tai läheisen avulla tai ohjautua neuvolan, sairaalan, päihde- tai sosiaalipalvelujen kautta.',
    sv: 'På Jannika får du stöd på samma gång för att leva utan rusmedel, i föräldraskapet och i att vara med din baby. Varje rehabiliteringsvecka har tre gemenskapsdagar med grupper som stöder föräldraskapet och ett liv utan rusmedel, gruppen Hoivaa ja leiki (omsorg och lek) samt arbete med den egna familjen. Varje familj får en egen klientplan. Du kan kontakta Jannika själv eller med hjälp av en närstående, eller hänvisas via rådgivningen, sjukhuset, missbrukstjänsterna eller socialtjänsten.',
    en: 'At Jannika you get support at the same time for staying sober, for parenting and for being with your baby. Each rehabilitation week has three community days with groups that support parenting and staying sober, a Hoivaa ja leiki (care and play) group and work with each family. Every family gets its own client plan. You can contact Jannika yourself or with the help of someone close to you, or be referred by the clinic, the hospital, substance-use services or social services.',
  },
  path: [
    {
      title: { fi: 'Yhteydenotto', sv: 'Kontakt', en: 'Getting in touch' },
      description: {
        fi: 'Soita tai varaa aika verkossa. Voit ottaa yhteyttä itse, läheisen kanssa tai työntekijän kautta.',
        sv: 'Ring eller boka tid på nätet. Du kan ta kontakt själv, tillsammans med en närstående eller via en yrkesperson.',
        en: 'Call or book online. You can get in touch yourself, with someone close to you or through a professional.',
      },
    },
    {
      title: {
        fi: 'Tutustuminen ja asiakassuunnitelma',
        sv: 'Bekantskap och klientplan',
        en: 'Getting started and client plan',
      },
      description: {
        fi: 'Tutustut Jannikaan, ja perheelle laaditaan oma suunnitelma yhdessä teidän ja muiden auttajien kanssa.',
        sv: 'Du bekantar dig med Jannika, och en plan för familjen görs upp tillsammans med er och andra som hjälper er.',
        en: 'You get to know Jannika, and a plan for your family is made with you and the others who help you.',
      },
    },
    {
      title: {
        fi: 'Yhteisökuntoutus',
        sv: 'Gemenskapsrehabilitering',
        en: 'Community rehabilitation',
      },
      description: {
        fi: 'Kolmena päivänä viikossa ryhmiä, yhteistä arkea ja perhekohtaista työskentelyä. Lapsille asetetaan omat tavoitteet.',
        sv: 'Tre dagar i veckan med grupper, gemensam vardag och arbete med familjen. Barnen får egna mål.',
        en: 'Three days a week of groups, shared daily life and work with your family. Children have their own goals.',
      },
    },
    {
      title: { fi: 'Säännöllinen arviointi', sv: 'Regelbunden utvärdering', en: 'Regular reviews' },
      description: {
        fi: 'Suunnitelma arvioidaan noin kolmen kuukauden välein yhdessä perheen ja verkoston kanssa.',
        sv: 'Planen utvärderas ungefär var tredje månad tillsammans med familjen och nätverket.',
        en: 'The plan is reviewed about every three months with the family and their network.',
      },
    },
    {
      title: {
        fi: 'Jakson päättyminen ja seuranta',
        sv: 'Avslutning och uppföljning',
        en: 'Ending and follow-up',
      },
      description: {
        fi: 'Kun kuntoutus päättyy, sovitaan jatkotuesta. Halutessasi sinuun ollaan yhteydessä vielä puolen vuoden ja vuoden kuluttua.',
        sv: 'När rehabiliteringen avslutas avtalas om fortsatt stöd. Om du vill kontaktar vi dig ännu efter ett halvt år och ett år.',
        en: 'When rehabilitation ends, further support is agreed. If you wish, we contact you again six and twelve months later.',
      },
    },
  ],
};

const jannika: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000004',
  networkSlug: 'ensi-ja-turvakotien-liitto',
  responsibleOrganizationId: ORG_LAHTI,
  state: 'PUBLISHED_WITH_PENDING_EDIT',
  verifiedMonthsAgo: 4,
  content: jannikaApproved,
  pendingEdit: jannikaPendingEdit,
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000005',
      organizationId: ORG_LAHTI,
      wellbeingAreaCodes: ['09'],
      contact: {
        name: 'Petra',
        phone: '+358 40 000 0204',
        email: 'jannika@letk.example',
        website: LAHTI_WEBSITE,
      },
      locations: [LAHTI_OFFICE],
      openingHours: {
        note: {
          fi: 'Yhteisökuntoutusta kolmena päivänä viikossa. Työntekijän tapaamisen voi varata puhelimitse tai sähköisesti.',
          sv: 'Gemenskapsrehabilitering tre dagar i veckan. En träff med en medarbetare kan bokas per telefon eller på nätet.',
          en: 'Community rehabilitation three days a week. A meeting with a worker can be booked by phone or online.',
        },
      },
      acceptingClients: true,
      hasOnlineBooking: true,
    },
  ],
};

const turvakoti: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000005',
  networkSlug: 'ensi-ja-turvakotien-liitto',
  responsibleOrganizationId: ORG_LAHTI,
  state: 'PUBLISHED',
  verifiedMonthsAgo: 0,
  content: {
    name: {
      fi: 'Turvakoti',
      sv: 'Skyddshem',
      en: 'Shelter',
      fiPlain: 'Turvakoti – turvaa väkivallalta',
    },
    summary: {
      fi: 'Turvallinen paikka asua ja saada apua, kun perheessä tai lähisuhteessa on väkivaltaa tai sen uhkaa. Maksuton, ilman lähetettä, ympäri vuorokauden.',
      sv: 'En trygg plats att bo på och få hjälp när det finns våld eller hot om våld i familjen eller en nära relation. Avgiftsfritt, utan remiss, dygnet runt.',
      en: 'A safe place to stay and get help when there is violence or a threat of violence in your family or close relationship. Free, no referral needed, open 24/7.',
      fiPlain:
        'Turvakotiin voit tulla, jos kotona on väkivaltaa tai pelkäät. Voit tulla lasten kanssa. Se on ilmaista. Voit soittaa milloin vain.',
    },
    description: {
      fi: 'Turvakoti on tarkoitettu naisille, miehille ja heidän lapsilleen, jotka kokevat perhe- tai lähisuhdeväkivaltaa tai elävät sen uhan alla. Väkivallan ei tarvitse olla fyysistä: pelko, uhkailu tai henkinen väkivalta riittävät syyksi tulla. Turvakotiin voi tulla mihin aikaan tahansa, itse tai viranomaisen ohjaamana ja tarvittaessa nimettömänä; palvelu on maksuton eikä vaadi lähetettä. Turvakodissa saat kriisiapua, keskusteluapua ja neuvoja esimerkiksi oikeudellisissa asioissa, ja jokaiselle lapselle nimetään oma ohjaaja. Soita ensin ympäri vuorokauden päivystävään numeroon – turvakodin osoite ei ole julkinen asukkaiden turvallisuuden vuoksi.',
      sv: 'Skyddshemmet är till för kvinnor, män och deras barn som utsätts för våld i familjen eller i en nära relation eller lever under hot om våld. Våldet behöver inte vara fysiskt: rädsla, hot eller psykiskt våld räcker som skäl att komma. Du kan komma när som helst på dygnet, på eget initiativ eller via en myndighet och vid behov anonymt; tjänsten är avgiftsfri och kräver ingen remiss. På skyddshemmet får du krishjälp, samtalsstöd och råd till exempel i juridiska frågor, och varje barn får en egen handledare. Ring först till numret som har jour dygnet runt – skyddshemmets adress är inte offentlig av säkerhetsskäl.',
      en: 'The shelter is for women, men and their children who experience violence in the family or in a close relationship, or live under the threat of it. The violence does not have to be physical: fear, threats or psychological violence are reason enough to come. You can come at any time of day or night, on your own or referred by an authority, and anonymously if needed; the service is free and needs no referral. At the shelter you get crisis help, someone to talk to and advice, for example on legal matters, and every child gets their own named counsellor. Call first: the line is answered around the clock. The shelter’s address is not public, to keep residents safe.',
      fiPlain:
        'Turvakoti on paikka, jossa olet turvassa väkivallalta. Voit tulla yksin tai lasten kanssa. Väkivalta voi olla lyömistä, uhkailua tai pelottelua. Voit tulla mihin aikaan tahansa. Et tarvitse lähetettä, eikä sinun tarvitse kertoa nimeäsi. Turvakodissa voit asua, puhua työntekijän kanssa ja saada neuvoja. Lapsi saa oman aikuisen, joka auttaa häntä. Soita ensin. Puhelimeen vastataan aina.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Asiakas voi hakeutua itse tai viranomaisen tai muun tahon ohjaamana mihin vuorokauden aikaan tahansa. Soita turvakodin päivystävään numeroon ja sovi tulosta; lähetettä tai maksusitoumusta ei tarvita. Asiakas saa turvallisuutensa huomioiden valita turvakodin, joten turvakotiin voi tulla myös muualta Suomesta.',
        sv: 'Klienten kan söka sig dit själv eller hänvisas av en myndighet eller någon annan instans när som helst på dygnet. Ring skyddshemmets jourtelefon och avtala om ankomsten; ingen remiss eller betalningsförbindelse behövs. Klienten får med hänsyn till sin säkerhet välja skyddshem, så man kan komma också från andra delar av Finland.',
        en: 'Clients can come on their own or be referred by an authority or another party at any time of day or night. Call the shelter’s 24/7 line and agree on the arrival; no referral or payment commitment is needed. Clients may choose their shelter with their safety in mind, so people can also come from elsewhere in Finland.',
      },
      eligibility: {
        fi: 'Perhe- ja lähisuhdeväkivaltaa kokevat tai sen uhan alla elävät aikuiset naiset ja miehet sekä heidän lapsensa, myös ikääntyneet. Väkivallan ei tarvitse olla fyysistä; turvattomuuden tunne, väkivallan uhka tai henkinen väkivalta riittävät. Tulkkausta käytetään tarvittaessa, usein etätulkkauksena. Turvakodissa on seitsemän perhepaikkaa, ja tilat sopivat myös liikuntarajoitteisille.',
        sv: 'Vuxna kvinnor och män som utsätts för våld i familjen eller i nära relationer eller lever under hot om våld, samt deras barn, också äldre personer. Våldet behöver inte vara fysiskt; en känsla av otrygghet, hot om våld eller psykiskt våld räcker. Tolk används vid behov, ofta distanstolkning. Skyddshemmet har sju familjeplatser, och lokalerna passar också personer med rörelsehinder.',
        en: 'Adult women and men, including older people, who experience domestic or intimate partner violence or live under its threat, and their children. The violence does not have to be physical; feeling unsafe, a threat of violence or psychological violence is enough. Interpreters are used when needed, often remotely. The shelter has seven family places, and the premises are accessible for people with reduced mobility.',
      },
      whatHappensNext: {
        fi: 'Tulovaiheessa kartoitetaan asiakkaan tilanne ja tuen tarpeet. Jakson aikana tehdään kriisityötä ja lapsityötä, laaditaan turvasuunnitelma ja vahvistetaan asiakkaan viranomais- ja tukiverkostoa; yhteistyötä tehdään perhesosiaalityön ja lastensuojelun kanssa. Jakson jälkeen asiakas ohjataan systemaattisesti yhdistyksen väkivaltatyön avopalveluun tai muihin alueen palveluihin. Jokaiselta aikuiselta ja lapselta pyydetään THL:n asiakaspalaute.',
        sv: 'Vid ankomsten kartläggs klientens situation och stödbehov. Under perioden görs krisarbete och arbete med barnen, en säkerhetsplan görs upp och klientens myndighets- och stödnätverk stärks; samarbete görs med familjesocialarbetet och barnskyddet. Efter perioden hänvisas klienten systematiskt till föreningens öppenvård vid våld eller till andra tjänster i området. Varje vuxen och varje barn ombeds fylla i THL:s klientresponsblankett.',
        en: 'On arrival the client’s situation and support needs are mapped. During the stay staff do crisis work and work with the children, make a safety plan and strengthen the client’s network of authorities and support; they cooperate with family social work and child welfare. Afterwards the client is systematically guided to the association’s outpatient violence service or other local services. Every adult and child is asked to fill in THL’s client feedback form.',
      },
    },
    targetGroupSlugs: ['vakivaltaa-kokeneet', 'lapset', 'nuoret', 'vanhemmat'],
    themeSlugs: ['lahisuhdevakivalta', 'kriisi'],
    ageMin: null,
    ageMax: null,
    serviceLanguages: ['fi'],
    channels: ['IN_PERSON', 'PHONE', 'GROUP'],
    cost: 'FREE',
    accessMode: 'BOTH',
    contact: {
      phone: '+358 40 000 0205',
      note: {
        fi: 'Puhelin päivystää ympäri vuorokauden. Turvakodin osoite ei ole julkinen asukkaiden turvallisuuden vuoksi: soita, niin sovitaan tulosta. Jos olet välittömässä vaarassa, soita hätänumeroon 112.',
        sv: 'Telefonen har jour dygnet runt. Skyddshemmets adress är inte offentlig för de boendes säkerhet: ring, så kommer vi överens om hur du tar dig dit. Om du är i akut fara, ring nödnumret 112.',
        en: 'The phone is answered 24/7. The shelter’s address is not public, to keep residents safe: call and we will agree how you get here. If you are in immediate danger, call the emergency number 112.',
      },
    },
    path: [
      {
        title: { fi: 'Soita', sv: 'Ring', en: 'Call' },
        description: {
          fi: 'Soita turvakotiin mihin aikaan tahansa. Voit kertoa tilanteestasi ja kysyä neuvoa, vaikka et olisi vielä valmis lähtemään.',
          sv: 'Ring skyddshemmet när som helst. Du kan berätta om din situation och be om råd, även om du inte ännu är redo att lämna hemmet.',
          en: 'Call the shelter at any time. You can talk about your situation and ask for advice even if you are not ready to leave yet.',
        },
      },
      {
        title: {
          fi: 'Tulo turvakotiin',
          sv: 'Ankomst till skyddshemmet',
          en: 'Arriving at the shelter',
        },
        description: {
          fi: 'Sovitte yhdessä, miten pääset turvallisesti perille. Voit tulla yksin tai lasten kanssa, tarvittaessa nimettömänä.',
          sv: 'Ni kommer tillsammans överens om hur du tryggt tar dig dit. Du kan komma ensam eller med dina barn, vid behov anonymt.',
          en: 'Together you agree how you can get there safely. You can come alone or with your children, anonymously if needed.',
        },
      },
      {
        title: { fi: 'Turva ja tuki', sv: 'Trygghet och stöd', en: 'Safety and support' },
        description: {
          fi: 'Saat kriisiapua, keskusteluapua ja neuvoja. Lapsi saa oman ohjaajan. Yhdessä tehdään turvasuunnitelma.',
          sv: 'Du får krishjälp, samtalsstöd och råd. Barnet får en egen handledare. Tillsammans gör ni upp en säkerhetsplan.',
          en: 'You get crisis help, someone to talk to and advice. Your child gets their own counsellor. Together you make a safety plan.',
        },
      },
      {
        title: { fi: 'Jatkopolku', sv: 'Vägen vidare', en: 'Next steps' },
        description: {
          fi: 'Ennen lähtöä sovitaan, mistä saat tukea jatkossa, esimerkiksi väkivaltatyön avopalvelusta.',
          sv: 'Innan du flyttar ut avtalas var du får stöd framöver, till exempel från öppenvården vid våld.',
          en: 'Before you leave, you agree where you will get support next, for example from the outpatient violence service.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000006',
      organizationId: ORG_LAHTI,
      wellbeingAreaCodes: ['09'],
      // No location on purpose: the shelter's address is not published.
      contact: { name: 'Turvakodin päivystys', phone: '+358 40 000 0205' },
      locations: [],
      openingHours: {
        open247: true,
        note: {
          fi: 'Puhelin päivystää ympäri vuorokauden, myös viikonloppuisin ja pyhinä. Osoite kerrotaan puhelimessa.',
          sv: 'Telefonen har jour dygnet runt, också under veckoslut och helgdagar. Adressen ges per telefon.',
          en: 'The phone is answered around the clock, weekends and holidays included. The address is given over the phone.',
        },
      },
      capacityPlaces: 7,
      acceptingClients: true,
      isAnonymous: true,
      isOpen247: true,
    },
  ],
};

const vakivaltatyonAvopalvelu: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000006',
  networkSlug: 'ensi-ja-turvakotien-liitto',
  responsibleOrganizationId: ORG_LAHTI,
  state: 'PUBLISHED',
  verifiedMonthsAgo: 3,
  content: {
    name: {
      fi: 'Väkivaltatyön avopalvelu',
      sv: 'Öppenvård vid våld i nära relationer',
      en: 'Outpatient support for family violence',
    },
    summary: {
      fi: 'Maksutonta keskusteluapua, neuvontaa ja vertaisryhmiä kaikenikäisille, kun perheessä tai lähisuhteessa on väkivaltaa tai sen uhkaa – väkivaltaa kokeneille, sitä käyttäneille ja läheisille.',
      sv: 'Avgiftsfritt samtalsstöd, rådgivning och kamratgrupper för personer i alla åldrar när det finns våld eller hot om våld i familjen eller en nära relation – för dem som utsatts för våld, dem som använt våld och närstående.',
      en: 'Free talk support, advice and peer groups for people of all ages when there is violence or a threat of violence in the family or a close relationship – for those who have experienced it, those who have used it, and those close to them.',
    },
    description: {
      fi: 'Väkivaltatyön avopalvelusta saa matalan kynnyksen keskusteluapua yksin, parina tai perheenä. Palvelu on tarkoitettu väkivallan kokijoille ja tekijöille sekä heidän läheisilleen. Lasten ja nuorten kanssa työskentelee oma lapsityöntekijä, ja nuori voi hakea apua myös ilman vanhempaa. Tarjolla on myös vertaisryhmiä, esimerkiksi lähisuhdeväkivaltaa kokeneille naisille sekä lapsille ja nuorille. Palvelu on maksuton, eikä lähetettä tarvita.',
      sv: 'Öppenvården vid våld erbjuder lågtröskligt samtalsstöd ensam, som par eller som familj. Tjänsten är till för dem som utsatts för våld, dem som använt våld och deras närstående. En egen barnarbetare arbetar med barn och unga, och en ung person kan söka hjälp också utan förälder. Det finns också kamratgrupper, till exempel för kvinnor som utsatts för våld i nära relationer och för barn och unga. Tjänsten är avgiftsfri och ingen remiss behövs.',
      en: 'The outpatient violence service offers low-threshold talk support on your own, as a couple or as a family. It is for people who have experienced violence, people who have used it, and those close to them. A dedicated children’s worker works with children and young people, and a young person can seek help without a parent. There are also peer groups, for example for women who have experienced intimate partner violence and for children and young people. The service is free and no referral is needed.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Asiakas voi ottaa yhteyttä itse; ammattilainen voi ohjata asiakkaan palveluun asiakkaan luvalla. Julkisen sektorin kanssa on laadittu yhteinen asiakasohjauksen prosessikuvaus, jossa sovitaan väkivallan tunnistamisen, puheeksi oton ja ohjauksen rooleista. Työntekijät osallistuvat myös kuukausittaisiin MARAK-riskinarviointikokouksiin.',
        sv: 'Klienten kan ta kontakt själv; en yrkesperson kan hänvisa klienten med klientens samtycke. Tillsammans med den offentliga sektorn har man gjort upp en gemensam processbeskrivning för klienthänvisning, där rollerna för att identifiera våld, ta upp det och hänvisa vidare har avtalats. Medarbetarna deltar också i de månatliga MARAK-riskbedömningsmötena.',
        en: 'Clients can contact the service themselves; professionals can refer a client with their consent. A joint referral process description has been agreed with the public sector, setting out roles for identifying violence, raising it and referring. Staff also take part in the monthly MARAK multi-agency risk assessment meetings.',
      },
      eligibility: {
        fi: 'Kaikenikäiset naiset, miehet, parit, lapset ja nuoret, joiden perheessä tai lähisuhteissa on väkivaltaa tai sen uhkaa. Palvelu on tarkoitettu väkivallan kokijoille, tekijöille ja läheisille. Lapsityöhön voi ohjautua myös, kun perheen kriisi aiheuttaa turvattomuutta lapsen lähisuhteissa.',
        sv: 'Kvinnor, män, par, barn och unga i alla åldrar som har våld eller hot om våld i familjen eller i nära relationer. Tjänsten är till för dem som utsatts för våld, dem som använt våld och närstående. Ett barn kan hänvisas till barnarbetet också när en kris i familjen gör barnets nära relationer otrygga.',
        en: 'Women, men, couples, children and young people of all ages with violence or a threat of violence in their family or close relationships. The service is for those who have experienced violence, those who have used it, and those close to them. Children can also be referred when a family crisis makes their close relationships feel unsafe.',
      },
      whatHappensNext: {
        fi: 'Työskentely sovitaan asiakkaan tilanteen mukaan: yksilö-, pari- tai perhetapaamisia, vertaisryhmä tai lapsen kaltoinkohtelun katkaisun (LKK) perheprosessi, jossa lasta ja vanhempaa tavataan 16 kertaa. Muutosta seurataan Vaikuttavuus esiin -kyselyllä, josta on myös lasten versio.',
        sv: 'Arbetet avtalas enligt klientens situation: individuella träffar, par- eller familjeträffar, en kamratgrupp eller en familjeprocess enligt LKK-modellen för att bryta misshandel av barn, där barnet och föräldern träffas 16 gånger. Förändringen följs upp med enkäten Vaikuttavuus esiin, som också har en version för barn.',
        en: 'The work is agreed to fit the client’s situation: individual, couple or family meetings, a peer group, or the LKK family process for stopping child maltreatment, in which the child and parent meet 16 times. Change is followed with the Vaikuttavuus esiin survey, which also has a children’s version.',
      },
    },
    targetGroupSlugs: [
      'vakivaltaa-kokeneet',
      'vakivaltaa-kayttaneet',
      'laheiset',
      'lapset',
      'nuoret',
      'vanhemmat',
    ],
    themeSlugs: ['lahisuhdevakivalta', 'vakivallan-lopettaminen', 'kriisi', 'vertaistuki'],
    ageMin: null,
    ageMax: null,
    serviceLanguages: ['fi'],
    channels: ['IN_PERSON', 'GROUP'],
    cost: 'FREE',
    accessMode: 'BOTH',
    contact: {
      phone: '+358 40 000 0206',
      email: 'avovakivaltatyo@letk.example',
      website: LAHTI_WEBSITE,
      note: EMERGENCY_NOTE,
    },
    path: [
      {
        title: { fi: 'Yhteydenotto', sv: 'Kontakt', en: 'Getting in touch' },
        description: {
          fi: 'Soita tai lähetä viesti. Voit kertoa tilanteesta omin sanoin.',
          sv: 'Ring eller skicka ett meddelande. Du kan berätta om situationen med egna ord.',
          en: 'Call or send a message. You can describe the situation in your own words.',
        },
      },
      {
        title: { fi: 'Ensimmäinen tapaaminen', sv: 'Första träffen', en: 'First meeting' },
        description: {
          fi: 'Käydään läpi tilanne ja turvallisuus ja sovitaan, millaisesta tuesta on apua.',
          sv: 'Ni går igenom situationen och säkerheten och kommer överens om vilket stöd som hjälper.',
          en: 'You go through the situation and your safety and agree what kind of support will help.',
        },
      },
      {
        title: { fi: 'Tapaamiset tai ryhmä', sv: 'Träffar eller grupp', en: 'Meetings or a group' },
        description: {
          fi: 'Keskusteluapua yksin, parina tai perheenä tai vertaisryhmässä. Lapset ja nuoret voivat tavata omaa työntekijää.',
          sv: 'Samtalsstöd ensam, som par eller som familj eller i en kamratgrupp. Barn och unga kan träffa en egen medarbetare.',
          en: 'Talk support alone, as a couple, as a family or in a peer group. Children and young people can meet their own worker.',
        },
      },
      {
        title: { fi: 'Työskentelyn päättyminen', sv: 'Avslutning', en: 'Ending' },
        description: {
          fi: 'Lopuksi arvioidaan, mikä on muuttunut, ja sovitaan tarvittaessa jatkosta.',
          sv: 'Till sist bedömer ni vad som har förändrats och avtalar vid behov om fortsättning.',
          en: 'At the end you review what has changed and agree on next steps if needed.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000007',
      organizationId: ORG_LAHTI,
      wellbeingAreaCodes: ['09'],
      contact: {
        name: 'Mikko',
        phone: '+358 40 000 0206',
        email: 'avovakivaltatyo@letk.example',
        website: LAHTI_WEBSITE,
      },
      locations: [LAHTI_OFFICE],
      openingHours: { note: BY_APPOINTMENT },
      acceptingClients: true,
    },
  ],
};

const aggredi: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000007',
  networkSlug: 'ensi-ja-turvakotien-liitto',
  responsibleOrganizationId: ORG_LAHTI,
  state: 'PUBLISHED',
  verifiedMonthsAgo: 5,
  content: {
    name: {
      fi: 'Aggredi Päijät-Häme',
      sv: 'Aggredi Päijänne-Tavastland',
      en: 'Aggredi Päijät-Häme',
    },
    summary: {
      fi: 'Apua 18–49-vuotiaille, jotka ovat käyttäneet väkivaltaa kodin ulkopuolella tai pelkäävät tekevänsä niin. Voit asioida nimettömästi.',
      sv: 'Hjälp för 18–49-åringar som har använt våld utanför hemmet eller är rädda att de kommer att göra det. Du kan vara anonym.',
      en: 'Help for 18–49-year-olds who have used violence outside the home or fear they might. You can stay anonymous.',
    },
    description: {
      fi: 'Aggredi auttaa vähentämään väkivaltaista käyttäytymistä kodin ulkopuolella ja löytämään parempaa elämänlaatua. Keskustelut lähtevät omista tarpeistasi, ja paikalla on aina kaksi työntekijää. Tapaamisten määrää tai kestoa ei ole rajattu. Voit asioida nimettömästi, eikä järjestön työntekijöillä ole viranomaisten ilmoitusvelvollisuutta, joten voit puhua avoimesti. Emme edellytä diagnooseja, rikosrekisteriä, päihteettömyyttä tai rikoksettomuutta.',
      sv: 'Aggredi hjälper dig att minska våldsamt beteende utanför hemmet och att hitta en bättre livskvalitet. Samtalen utgår från dina egna behov, och två medarbetare är alltid med. Antalet eller längden på träffarna är inte begränsat. Du kan vara anonym, och organisationens medarbetare har inte myndigheternas anmälningsplikt, så du kan tala öppet. Vi kräver inga diagnoser, inget utdrag ur straffregistret och inte heller att du är drogfri eller har slutat begå brott.',
      en: 'Aggredi helps you reduce violent behaviour outside the home and find a better quality of life. Conversations start from your own needs, and two workers are always present. There is no limit on the number or length of meetings. You can stay anonymous, and the association’s workers do not have the reporting duty of the authorities, so you can speak openly. We do not require diagnoses, a criminal record check, sobriety or that you have stopped offending.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Asiakas voi ottaa yhteyttä itse, tai ammattilainen voi ohjata hänet asiakkaan suostumuksella. Keskeisiä yhteistyötahoja ovat poliisi, Rikosseuraamuslaitos ja lastensuojelun jälkihuolto. Ennakkotietoja, kuten diagnooseja tai rikosrekisteriä, ei tarvita.',
        sv: 'Klienten kan ta kontakt själv, eller en yrkesperson kan hänvisa honom eller henne med klientens samtycke. Viktiga samarbetsparter är polisen, Brottspåföljdsmyndigheten och barnskyddets eftervård. Inga förhandsuppgifter, såsom diagnoser eller straffregister, behövs.',
        en: 'Clients can contact Aggredi themselves, or a professional can refer them with their consent. Key partners are the police, the Criminal Sanctions Agency and child-welfare aftercare. No prior information such as diagnoses or criminal records is needed.',
      },
      eligibility: {
        fi: '18–49-vuotiaat (painopiste 18–29-vuotiaissa), jotka ovat syyllistyneet kodin ulkopuoliseen väkivaltaan tai ovat sen riskissä. Kohderyhmään kuuluvat myös joukko- tai kouluväkivaltaa suunnittelevat, jolloin voidaan työskennellä myös alaikäisten kanssa, sekä äärijärjestöjen edustajat ja järjestäytyneestä rikollisuudesta irtautujat.',
        sv: '18–49-åringar (tyngdpunkt på 18–29-åringar) som har gjort sig skyldiga till våld utanför hemmet eller riskerar att göra det. Målgruppen omfattar också personer som planerar mass- eller skolvåld, varvid man kan arbeta även med minderåriga, samt personer i extremistgrupper och personer som vill lämna organiserad brottslighet.',
        en: 'People aged 18–49 (focus on 18–29) who have committed violence outside the home or are at risk of doing so. The target group also includes people planning mass or school violence – in which case minors can be worked with too – members of extremist groups and people leaving organised crime.',
      },
      whatHappensNext: {
        fi: 'Työskentely on yksilöllistä psykososiaalista tukea, ja asiakas määrittää itse käsiteltävät asiat. Tapaamisia järjestetään yhdistyksen tiloissa, vankiloissa, yhdyskuntaseuraamustoimistoissa, asiakkaan toivomassa turvallisessa paikassa tai verkossa. Aggredi Päijät-Häme on yksi kuudesta Aggredista, joiden toimintaa HelsinkiMissio koordinoi valtakunnallisesti.',
        sv: 'Arbetet är individuellt psykosocialt stöd, och klienten bestämmer själv vad som tas upp. Träffar ordnas i föreningens lokaler, på fängelser, på samhällspåföljdsbyråer, på en trygg plats som klienten önskar eller på nätet. Aggredi Päijänne-Tavastland är en av sex Aggredi-enheter, vars verksamhet HelsinkiMissio koordinerar på riksnivå.',
        en: 'The work is individual psychosocial support, and the client decides what to work on. Meetings take place at the association’s premises, in prisons, at community sanctions offices, in a safe place of the client’s choosing or online. Aggredi Päijät-Häme is one of six Aggredi units coordinated nationally by HelsinkiMissio.',
      },
    },
    targetGroupSlugs: ['vakivaltaa-kayttaneet'],
    themeSlugs: ['vakivallan-lopettaminen', 'kriisi'],
    ageMin: 18,
    ageMax: 49,
    serviceLanguages: ['fi'],
    channels: ['IN_PERSON'],
    cost: 'FREE',
    accessMode: 'BOTH',
    contact: {
      phone: '+358 40 000 0207',
      email: 'aggredi@letk.example',
      website: LAHTI_WEBSITE,
    },
    path: [
      {
        title: { fi: 'Ota yhteyttä', sv: 'Ta kontakt', en: 'Get in touch' },
        description: {
          fi: 'Soita tai lähetä viesti. Voit olla yhteydessä nimettömästi.',
          sv: 'Ring eller skicka ett meddelande. Du kan ta kontakt anonymt.',
          en: 'Call or send a message. You can get in touch anonymously.',
        },
      },
      {
        title: { fi: 'Ensitapaaminen', sv: 'Första träffen', en: 'First meeting' },
        description: {
          fi: 'Tapaat kaksi työntekijää paikassa, jossa tunnet olosi turvalliseksi. Kerrot itse, mistä haluat puhua.',
          sv: 'Du träffar två medarbetare på en plats där du känner dig trygg. Du bestämmer själv vad du vill tala om.',
          en: 'You meet two workers in a place where you feel safe. You decide what you want to talk about.',
        },
      },
      {
        title: { fi: 'Tapaamiset', sv: 'Träffar', en: 'Meetings' },
        description: {
          fi: 'Tavataan niin kauan ja niin usein kuin koet tarpeelliseksi.',
          sv: 'Ni träffas så länge och så ofta som du själv tycker behövs.',
          en: 'You meet for as long and as often as you feel you need.',
        },
      },
      {
        title: { fi: 'Uusi suunta', sv: 'En ny riktning', en: 'A new direction' },
        description: {
          fi: 'Yhdessä etsitään keinoja luopua väkivallasta ja vahvistaa elämän muita puolia, kuten opiskelua, työtä tai vanhemmuutta.',
          sv: 'Tillsammans söker ni sätt att lämna våldet bakom dig och stärka andra sidor av livet, såsom studier, arbete eller föräldraskap.',
          en: 'Together you look for ways to leave violence behind and build up other parts of your life, such as studies, work or parenthood.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000008',
      organizationId: ORG_LAHTI,
      wellbeingAreaCodes: ['09'],
      contact: {
        name: 'Antti',
        phone: '+358 40 000 0207',
        email: 'aggredi@letk.example',
        website: LAHTI_WEBSITE,
      },
      locations: [LAHTI_OFFICE],
      openingHours: {
        note: {
          fi: 'Tapaamiset sovitaan erikseen. Työntekijät liikkuvat koko Päijät-Hämeen alueella.',
          sv: 'Träffarna avtalas separat. Medarbetarna rör sig i hela Päijänne-Tavastland.',
          en: 'Meetings are arranged separately. The workers travel across the whole of Päijät-Häme.',
        },
      },
      acceptingClients: true,
      isAnonymous: true,
    },
  ],
};

const eroLapsiperheessa: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000008',
  networkSlug: 'ensi-ja-turvakotien-liitto',
  responsibleOrganizationId: ORG_LAHTI,
  state: 'PUBLISHED',
  verifiedMonthsAgo: 2,
  content: {
    name: {
      fi: 'Ero lapsiperheessä®',
      sv: 'Ero lapsiperheessä® – stöd vid skilsmässa i barnfamiljer',
      en: 'Ero lapsiperheessä® – support when parents separate',
    },
    summary: {
      fi: 'Maksutonta tukea eroa pohtiville ja eronneille vanhemmille sekä heidän 5–18-vuotiaille lapsilleen: keskusteluapua, vertaisryhmiä ja erotukihenkilöitä.',
      sv: 'Avgiftsfritt stöd för föräldrar som funderar på skilsmässa eller har skilt sig, och för deras barn i åldern 5–18 år: samtalsstöd, kamratgrupper och stödpersoner.',
      en: 'Free support for parents who are considering separation or have separated, and for their children aged 5–18: talk support, peer groups and volunteer support persons.',
    },
    description: {
      fi: 'Ero lapsiperheessä -työ tukee perheitä erokriisissä niin, että lapsen ja nuoren tarpeet pysyvät näkyvillä. Vanhemmat voivat saada keskusteluapua, erotukihenkilön tai osallistua Vanhemman neuvo -vertaisryhmään, jonka rinnalla kokoontuu 7–11-vuotiaiden lasten eroryhmä. 12–17-vuotiaille nuorille järjestetään omia vertaisryhmiä. Tuki on maksutonta, eikä lähetettä tarvita; ajan voi varata verkossa, ja valtakunnallisissa chateissa voi keskustella nimettömästi.',
      sv: 'Ero lapsiperheessä-arbetet stöder familjer i en skilsmässokris så att barnens och de ungas behov inte glöms bort. Föräldrar kan få samtalsstöd, en stödperson eller delta i kamratgruppen Vanhemman neuvo, parallellt med vilken en skilsmässogrupp för barn i åldern 7–11 år träffas. För unga i åldern 12–17 år ordnas egna kamratgrupper. Stödet är avgiftsfritt och ingen remiss behövs; tid kan bokas på nätet, och i de riksomfattande chattarna kan man prata anonymt.',
      en: 'Ero lapsiperheessä® work supports families in a separation crisis so that children’s and young people’s needs stay in view. Parents can get talk support or a volunteer support person, or join the Vanhemman neuvo peer group, which runs alongside a separation group for children aged 7–11. Young people aged 12–17 have their own peer groups. Support is free and no referral is needed; you can book online, and you can talk anonymously in the national chats.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Vanhempi voi ottaa yhteyttä itse tai varata ajan sähköisesti; lähetettä ei tarvita. Ammattilainen voi antaa yhteystiedot tai ottaa yhteyttä perheen luvalla. Pitkittyneisiin ja riitaisiin erotilanteisiin Päijät-Hämeessä on lisäksi konsultatiivinen Haastavat erot -työryhmä.',
        sv: 'Föräldern kan ta kontakt själv eller boka tid på nätet; ingen remiss behövs. En yrkesperson kan ge kontaktuppgifterna eller ta kontakt med familjens samtycke. För utdragna och konfliktfyllda skilsmässor finns i Päijänne-Tavastland dessutom den konsultativa arbetsgruppen Haastavat erot.',
        en: 'Parents can contact the service themselves or book online; no referral is needed. Professionals can pass on the contact details or get in touch with the family’s consent. For prolonged, high-conflict separations Päijät-Häme also has the consultative Haastavat erot (difficult separations) working group.',
      },
      eligibility: {
        fi: 'Eroa pohtivat, eroavat ja eronneet vanhemmat sekä heidän 5–18-vuotiaat lapsensa. Lasten eroryhmä on 7–11-vuotiaille ja nuorten ryhmät 12–17-vuotiaille; Vanhemman neuvo -ryhmä on tarkoitettu eropäätöksen tehneille tai eronneille vanhemmille.',
        sv: 'Föräldrar som funderar på skilsmässa, håller på att skiljas eller har skilt sig, samt deras barn i åldern 5–18 år. Skilsmässogruppen för barn är för 7–11-åringar och grupperna för unga för 12–17-åringar; gruppen Vanhemman neuvo är för föräldrar som har fattat beslut om skilsmässa eller redan har skilt sig.',
        en: 'Parents who are considering separation, separating or separated, and their children aged 5–18. The children’s group is for ages 7–11 and the youth groups for ages 12–17; the Vanhemman neuvo group is for parents who have decided to separate or have separated.',
      },
      whatHappensNext: {
        fi: 'Työskentely voi olla yksilö-, pari- tai perhetapaamisia, vertaisryhmä tai erotukihenkilö. Lasten kanssa työskenneltäessä tavataan aina myös vanhempia. Tavoitteena on tehdä lapsen tilanne näkyväksi, auttaa vanhempia erottamaan vanhemmuuden jatkuminen parisuhteen päättymisestä ja tukea yhteistyövanhemmuutta.',
        sv: 'Arbetet kan bestå av individuella träffar, par- eller familjeträffar, en kamratgrupp eller en stödperson. När man arbetar med barnen träffar man alltid också föräldrarna. Målet är att göra barnets situation synlig, hjälpa föräldrarna att skilja mellan att föräldraskapet fortsätter och att parrelationen tar slut, och stödja ett samarbetande föräldraskap.',
        en: 'The work can be individual, couple or family meetings, a peer group or a volunteer support person. When working with children, the parents are always met as well. The aim is to make the child’s situation visible, help parents separate continuing parenthood from the end of the relationship, and support co-parenting.',
      },
    },
    targetGroupSlugs: ['vanhemmat', 'lapset', 'nuoret'],
    themeSlugs: ['ero', 'vanhemmuus', 'vertaistuki', 'kriisi'],
    ageMin: 5,
    ageMax: 18,
    serviceLanguages: ['fi'],
    channels: ['IN_PERSON', 'GROUP', 'VIDEO', 'CHAT'],
    cost: 'FREE',
    accessMode: 'SELF_REFERRAL',
    contact: {
      website: 'https://www.apuaeroon.fi',
      note: {
        fi: 'Valtakunnalliset chatit aikuisille, lapsille ja nuorille löytyvät Apua eroon -sivustolta.',
        sv: 'De riksomfattande chattarna för vuxna, barn och unga finns på webbplatsen Apua eroon.',
        en: 'The national chats for adults, children and young people are on the Apua eroon website.',
      },
    },
    path: [
      {
        title: { fi: 'Ota yhteyttä', sv: 'Ta kontakt', en: 'Get in touch' },
        description: {
          fi: 'Varaa aika verkossa, soita tai lähetä viesti.',
          sv: 'Boka tid på nätet, ring eller skicka ett meddelande.',
          en: 'Book online, call or send a message.',
        },
      },
      {
        title: { fi: 'Ensitapaaminen', sv: 'Första träffen', en: 'First meeting' },
        description: {
          fi: 'Keskustellaan perheen tilanteesta ja siitä, miten lapset voivat.',
          sv: 'Ni talar om familjens situation och om hur barnen mår.',
          en: 'You talk about your family’s situation and how the children are doing.',
        },
      },
      {
        title: {
          fi: 'Tukea vanhemmille ja lapsille',
          sv: 'Stöd för föräldrar och barn',
          en: 'Support for parents and children',
        },
        description: {
          fi: 'Keskusteluapua, vertaisryhmiä vanhemmille ja lapsille tai erotukihenkilö.',
          sv: 'Samtalsstöd, kamratgrupper för föräldrar och barn eller en stödperson.',
          en: 'Talk support, peer groups for parents and children, or a volunteer support person.',
        },
      },
      {
        title: { fi: 'Eteenpäin', sv: 'Vidare', en: 'Moving on' },
        description: {
          fi: 'Lopuksi mietitään, miten arki kahdessa kodissa sujuu ja tarvitaanko vielä muuta tukea.',
          sv: 'Till sist funderar ni på hur vardagen i två hem fungerar och om ni behöver annat stöd.',
          en: 'Finally you look at how everyday life in two homes is going and whether more support is needed.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000009',
      organizationId: ORG_LAHTI,
      wellbeingAreaCodes: ['09'],
      contact: {
        name: 'Hanna',
        phone: '+358 40 000 0208',
        email: 'ero@letk.example',
        website: LAHTI_WEBSITE,
      },
      locations: [LAHTI_OFFICE],
      openingHours: {
        note: {
          fi: 'Ajanvaraus verkossa tai puhelimitse. Vertaisryhmien ajankohdat kerrotaan yhdistyksen verkkosivuilla.',
          sv: 'Tidsbokning på nätet eller per telefon. Tiderna för kamratgrupperna finns på föreningens webbplats.',
          en: 'Book online or by phone. Peer group dates are posted on the association’s website.',
        },
      },
      acceptingClients: true,
      hasOnlineBooking: true,
    },
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000010',
      organizationId: ORG_KESKI_SUOMI,
      municipalityCodes: ['179'],
      contact: {
        name: 'Tuomas',
        phone: '+358 40 000 0302',
        email: 'ero@ksetu.example',
      },
      locations: [KSETU_PLACE],
      openingHours: { note: BY_APPOINTMENT },
      groupSize: 8,
      acceptingClients: true,
    },
  ],
};

const mieskaveri: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000009',
  networkSlug: 'ensi-ja-turvakotien-liitto',
  responsibleOrganizationId: ORG_LAHTI,
  state: 'PUBLISHED',
  verifiedMonthsAgo: 6,
  content: {
    name: {
      fi: 'Mieskaveritoiminta®',
      sv: 'Mieskaveritoiminta® – en manlig kompis för barnet',
      en: 'Mieskaveritoiminta® – a male buddy for a child',
    },
    summary: {
      fi: 'Vapaaehtoinen aikuinen mies kaveriksi vähintään 4-vuotiaalle lapselle, jota äiti kasvattaa yksin ja jolla ei ole yhteyttä isäänsä tai muihin läheisiin miehiin.',
      sv: 'En frivillig vuxen man som kompis för ett barn på minst 4 år som uppfostras av sin mamma ensam och som inte har kontakt med sin pappa eller andra närstående män.',
      en: 'A volunteer adult man as a buddy for a child aged 4 or over who is being raised by a single mother and has no contact with their father or other close men.',
    },
    description: {
      fi: 'Mieskaveritoiminnassa koulutettu vapaaehtoinen mies ja lapsi tapaavat keskimäärin joka toinen viikko noin 2–3 tuntia kerrallaan. Tavoitteena on, että lapsi saa turvallisen tavan tutustua aikuisen miehen arkeen ja että äidin turvaverkko laajenee. Äiti hakee mieskaveria lapselleen vapaamuotoisella hakemuksella, ja työntekijä tapaa äidin ja lapsen kotona tai toimistolla ennen kuin sopiva kaveri etsitään. Kaikki mieskaverit haastatellaan ja koulutetaan, ja heiltä tarkistetaan rikostaustaote.',
      sv: 'I Mieskaveritoiminta träffas en utbildad frivillig man och barnet i genomsnitt varannan vecka, ungefär 2–3 timmar åt gången. Målet är att barnet på ett tryggt sätt får lära känna en vuxen mans vardag och att mammans stödnätverk blir större. Mamman ansöker om en kompis för sitt barn med en fritt formulerad ansökan, och en medarbetare träffar mamman och barnet hemma eller på kontoret innan en lämplig kompis söks. Alla manliga kompisar intervjuas och utbildas, och deras straffregisterutdrag kontrolleras.',
      en: 'A trained volunteer man and the child meet on average every other week for about 2–3 hours at a time. The aim is for the child to get to know an adult man’s everyday life in a safe way, and for the mother’s support network to grow. The mother applies for a buddy for her child with a free-form application, and a worker meets the mother and child at home or at the office before a suitable buddy is found. All buddies are interviewed and trained, and their criminal record extract is checked.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Kerro perheelle toiminnasta: äiti hakee mieskaveria itse vapaamuotoisella hakemuksella, jonka ohjeet saa toiminnan ohjaajalta tai mieskaverit.fi-sivustolta. Lähetettä ei tarvita.',
        sv: 'Berätta för familjen om verksamheten: mamman ansöker själv om en kompis med en fritt formulerad ansökan, och anvisningar får hon av verksamhetens handledare eller på webbplatsen mieskaverit.fi. Ingen remiss behövs.',
        en: 'Tell the family about the programme: the mother applies herself with a free-form application; instructions are available from the coordinator or at mieskaverit.fi. No referral is needed.',
      },
      eligibility: {
        fi: 'Vähintään 4-vuotiaat lapset, joita äiti kasvattaa yksin ja joilla ei ole yhteyttä omaan isäänsä tai muihin läheisiin miehiin. Kyse on vapaaehtoistoiminnasta, ei ammatillisesta tuesta.',
        sv: 'Barn på minst 4 år som uppfostras av sin mamma ensam och som inte har kontakt med sin pappa eller andra närstående män. Det är frivilligverksamhet, inte professionellt stöd.',
        en: 'Children aged 4 or over raised by a single mother who have no contact with their father or other close men. This is volunteer activity, not professional support.',
      },
      whatHappensNext: {
        fi: 'Ohjaaja tapaa äidin ja lapsen, käy läpi perheen tilanteen ja toiveet ja etsii sopivan vapaaehtoisen. Kun kaverisuhde on jatkunut puolesta vuodesta vuoteen, pidetään kuulumistapaaminen mieskaverin, äidin, lapsen ja ohjaajan kesken. Toimintaa koordinoi valtakunnallisesti Pienperheyhdistys.',
        sv: 'Handledaren träffar mamman och barnet, går igenom familjens situation och önskemål och söker en lämplig frivillig. När kompisrelationen har pågått ett halvt till ett år ordnas en uppföljningsträff för kompisen, mamman, barnet och handledaren. Verksamheten koordineras på riksnivå av Pienperheyhdistys.',
        en: 'The coordinator meets the mother and child, goes through the family’s situation and wishes and looks for a suitable volunteer. When the friendship has lasted six months to a year, the buddy, mother, child and coordinator meet to see how it is going. The programme is coordinated nationally by Pienperheyhdistys (the Single Parents’ Association).',
      },
    },
    targetGroupSlugs: ['lapset', 'vanhemmat'],
    themeSlugs: ['yksinaisyys', 'vapaaehtoistoiminta'],
    ageMin: 4,
    ageMax: null,
    serviceLanguages: ['fi'],
    channels: ['IN_PERSON', 'HOME_VISIT'],
    cost: 'FREE',
    accessMode: 'SELF_REFERRAL',
    contact: {
      phone: '+358 40 000 0209',
      email: 'mieskaverit@letk.example',
      website: 'https://www.mieskaverit.fi',
    },
    path: [
      {
        title: { fi: 'Hakemus', sv: 'Ansökan', en: 'Application' },
        description: {
          fi: 'Äiti lähettää vapaamuotoisen hakemuksen. Ohjeet saa ohjaajalta tai mieskaverit.fi-sivustolta.',
          sv: 'Mamman skickar en fritt formulerad ansökan. Anvisningar får man av handledaren eller på mieskaverit.fi.',
          en: 'The mother sends a free-form application. Instructions are available from the coordinator or at mieskaverit.fi.',
        },
      },
      {
        title: { fi: 'Tutustumistapaaminen', sv: 'Bekantskapsträff', en: 'Getting to know you' },
        description: {
          fi: 'Ohjaaja tapaa äidin ja lapsen kotona tai toimistolla ja kuulee perheen toiveet.',
          sv: 'Handledaren träffar mamman och barnet hemma eller på kontoret och hör familjens önskemål.',
          en: 'The coordinator meets the mother and child at home or at the office and hears the family’s wishes.',
        },
      },
      {
        title: { fi: 'Kaverin löytyminen', sv: 'En kompis hittas', en: 'Finding a buddy' },
        description: {
          fi: 'Ohjaaja etsii lapselle sopivan koulutetun mieskaverin kaikkien toiveita kuunnellen.',
          sv: 'Handledaren söker en lämplig utbildad kompis för barnet och lyssnar på allas önskemål.',
          en: 'The coordinator finds a suitable trained buddy, listening to everyone’s wishes.',
        },
      },
      {
        title: {
          fi: 'Kaveritapaamiset ja kuulumiset',
          sv: 'Kompisträffar och uppföljning',
          en: 'Meeting up and checking in',
        },
        description: {
          fi: 'Kaverit tapaavat noin joka toinen viikko. Puolen vuoden tai vuoden kuluttua kokoonnutaan yhdessä kuulemaan, miten kaveruus sujuu.',
          sv: 'Kompisarna träffas ungefär varannan vecka. Efter ett halvt år eller ett år samlas alla för att höra hur kompisskapet fungerar.',
          en: 'The buddies meet about every other week. After six months to a year everyone meets to talk about how the friendship is going.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000011',
      organizationId: ORG_LAHTI,
      // Lahti and its neighbouring municipalities.
      municipalityCodes: ['398', '098', '560', '016', '316'],
      contact: {
        name: 'Jenni',
        phone: '+358 40 000 0209',
        email: 'mieskaverit@letk.example',
        website: 'https://www.mieskaverit.fi',
      },
      locations: [LAHTI_OFFICE],
      openingHours: { note: BY_APPOINTMENT },
      acceptingClients: true,
    },
  ],
};

const perhetupa: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000010',
  networkSlug: 'ensi-ja-turvakotien-liitto',
  responsibleOrganizationId: ORG_LAHTI,
  state: 'PUBLISHED',
  verifiedMonthsAgo: 1,
  content: {
    name: {
      fi: 'Kohtaamispaikka Perhetupa',
      sv: 'Mötesplatsen Perhetupa',
      en: 'Perhetupa family meeting place',
      fiPlain: 'Perhetupa – paikka lapsiperheille',
    },
    summary: {
      fi: 'Avoin ja maksuton kohtaamispaikka perheille, joissa on 0–6-vuotiaita lapsia. Voit tulla ilman ajanvarausta ja nimettömästi arkisin klo 9–15.',
      sv: 'En öppen och avgiftsfri mötesplats för familjer med barn i åldern 0–6 år. Du kan komma utan tidsbokning och anonymt vardagar kl. 9–15.',
      en: 'An open, free meeting place for families with children aged 0–6. Drop in without booking and without giving your name, weekdays 9 am to 3 pm.',
      fiPlain:
        'Perhetupa on paikka, jonne voit tulla lapsen kanssa. Lapsi voi olla 0–6-vuotias. Tuleminen on ilmaista. Perhetupa on auki maanantaista perjantaihin kello 9–15.',
    },
    description: {
      fi: 'Perhetupa on lapsiperheiden yhteinen olohuone, jonne voit tulla lapsen kanssa tapaamaan muita perheitä, leikkimään ja juttelemaan. Tarjolla on teemallisia tuokioita, ja työntekijältä voi kysyä neuvoa tai apua sopivan palvelun löytämiseen. Tilapäisestä lastenhoidosta voi sopia erikseen, ja lapsiperheiden vertaisryhmät voivat käyttää tiloja maksutta. Tuleminen on maksutonta, ajanvarausta ei tarvita, eikä nimeä tarvitse kertoa.',
      sv: 'Perhetupa är ett gemensamt vardagsrum för barnfamiljer dit du kan komma med ditt barn för att träffa andra familjer, leka och prata. Det finns temastunder, och du kan be medarbetarna om råd eller hjälp att hitta en lämplig tjänst. Tillfällig barnpassning kan avtalas separat, och kamratgrupper för barnfamiljer kan använda lokalerna avgiftsfritt. Det kostar ingenting att komma, ingen tidsbokning behövs och du behöver inte uppge ditt namn.',
      en: 'Perhetupa is a shared living room for families with children, where you can come with your child to meet other families, play and chat. There are themed sessions, and you can ask the staff for advice or help in finding the right service. Short-term childcare can be arranged separately, and peer groups for families can use the rooms free of charge. Coming is free, no booking is needed and you do not have to give your name.',
      fiPlain:
        'Perhetupa on kuin yhteinen olohuone lapsiperheille. Siellä voit tavata muita vanhempia. Lapset voivat leikkiä. Voit myös kysyä neuvoa työntekijältä. Et tarvitse ajanvarausta. Sinun ei tarvitse kertoa nimeäsi. Tuleminen on ilmaista.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Lähetettä tai ilmoittautumista ei tarvita: kerro perheelle aukioloajat ja kannusta tulemaan. Voit myös tulla perheen mukaan ensimmäisellä kerralla. Perhetuvan tiloja voi varata maksutta lapsiperheiden vertaisryhmille.',
        sv: 'Ingen remiss eller anmälan behövs: berätta om öppettiderna för familjen och uppmuntra den att komma. Du kan också följa med familjen första gången. Perhetupas lokaler kan bokas avgiftsfritt för kamratgrupper för barnfamiljer.',
        en: 'No referral or registration is needed: tell the family the opening hours and encourage them to come. You can also come along with the family the first time. Perhetupa’s rooms can be booked free of charge for peer groups of families with children.',
      },
      eligibility: {
        fi: 'Kaikki perheet, joissa on 0–6-vuotiaita lapsia, erilaisista lähtökohdista ja elämäntilanteista. Tuleminen on anonyymiä ja maksutonta.',
        sv: 'Alla familjer med barn i åldern 0–6 år, med olika bakgrund och i olika livssituationer. Att komma är anonymt och avgiftsfritt.',
        en: 'All families with children aged 0–6, whatever their background or situation. Visits are anonymous and free.',
      },
      whatHappensNext: {
        fi: 'Perhe voi käydä niin usein kuin haluaa. Tarvittaessa vanhempi saa palveluohjausta ja henkilökohtaista tukea, ja hänet voidaan ohjata yhdistyksen muihin palveluihin, kuten Baby Bluesiin tai Päiväryhmä Peukaloiseen. Kävijämäärät tilastoidaan ilman tunnistetietoja.',
        sv: 'Familjen kan komma så ofta den vill. Vid behov får föräldern servicehandledning och personligt stöd och kan hänvisas till föreningens andra tjänster, såsom Baby Blues eller dagsgruppen Peukaloinen. Antalet besökare registreras utan identifieringsuppgifter.',
        en: 'Families can come as often as they like. If needed, the parent gets service guidance and personal support and can be guided to the association’s other services, such as Baby Blues or the Peukaloinen day group. Visitor numbers are recorded without identifying details.',
      },
    },
    targetGroupSlugs: ['vauvaperheet', 'lapset', 'vanhemmat'],
    themeSlugs: ['yksinaisyys', 'vertaistuki', 'vanhemmuus', 'jaksaminen'],
    ageMin: 0,
    ageMax: 6,
    serviceLanguages: ['fi'],
    channels: ['IN_PERSON', 'GROUP'],
    cost: 'FREE',
    accessMode: 'SELF_REFERRAL',
    contact: {
      phone: '+358 40 000 0210',
      email: 'perhetupa@letk.example',
      website: LAHTI_WEBSITE,
    },
    path: [
      {
        title: { fi: 'Tule paikalle', sv: 'Kom förbi', en: 'Drop in' },
        description: {
          fi: 'Tule arkipäivänä klo 9–15. Ajanvarausta ei tarvita.',
          sv: 'Kom på en vardag kl. 9–15. Ingen tidsbokning behövs.',
          en: 'Come on a weekday between 9 am and 3 pm. No booking is needed.',
        },
      },
      {
        title: { fi: 'Tutustu', sv: 'Bekanta dig', en: 'Settle in' },
        description: {
          fi: 'Työntekijä ottaa sinut vastaan ja esittelee paikan. Voit leikkiä lapsen kanssa ja jutella muiden kanssa.',
          sv: 'En medarbetare tar emot dig och visar runt. Du kan leka med ditt barn och prata med andra.',
          en: 'A staff member welcomes you and shows you around. You can play with your child and chat with others.',
        },
      },
      {
        title: { fi: 'Tuokiot ja tuki', sv: 'Temastunder och stöd', en: 'Sessions and support' },
        description: {
          fi: 'Osallistu teematuokioihin tai kysy neuvoa työntekijältä, kun tarvitset.',
          sv: 'Delta i temastunderna eller be medarbetarna om råd när du behöver.',
          en: 'Join the themed sessions or ask the staff for advice whenever you need it.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000012',
      organizationId: ORG_LAHTI,
      municipalityCodes: ['398'],
      contact: {
        name: 'Noora',
        phone: '+358 40 000 0210',
        email: 'perhetupa@letk.example',
        website: LAHTI_WEBSITE,
      },
      locations: [LAHTI_OFFICE],
      openingHours: {
        periods: [
          {
            days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
            opens: '09:00',
            closes: '15:00',
          },
        ],
      },
      acceptingClients: true,
      isAnonymous: true,
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Ensi- ja turvakotien liitto: the federation's own online service
// ---------------------------------------------------------------------------------------------------

const nettiturvakoti: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000011',
  networkSlug: 'ensi-ja-turvakotien-liitto',
  responsibleOrganizationId: ORG_FEDERATION,
  state: 'PUBLISHED',
  verifiedMonthsAgo: 1,
  content: {
    name: {
      fi: 'Nettiturvakoti',
      sv: 'Nettiturvakoti – nätskyddshemmet',
      en: 'Nettiturvakoti – the online shelter',
    },
    summary: {
      fi: 'Verkossa toimiva turvakoti: tietoa perhe- ja lähisuhdeväkivallasta ja nimetön chat ammattilaisen tai samaa kokeneen kanssa. Lapsille, nuorille ja aikuisille.',
      sv: 'Ett skyddshem på nätet: information om våld i familjen och i nära relationer och en anonym chatt med en yrkesperson eller någon med liknande erfarenheter. För barn, unga och vuxna.',
      en: 'A shelter online: information on domestic and intimate partner violence and an anonymous chat with a professional or someone who has been through the same. For children, young people and adults.',
    },
    description: {
      fi: 'Nettiturvakoti on matalan kynnyksen apua väkivaltaan verkossa. Sieltä löytyy tietoa perheväkivallasta ja avun muodoista lapsille, nuorille ja aikuisille, ja chatissa voi keskustella nimettömästi joko väkivaltatyön ammattilaisen tai samaa kokeneen kanssa. Apua saavat sekä väkivaltaa kokeneet että sitä käyttäneet, ja myös ammattilaiset löytävät sieltä tietoa. Nettiturvakotia ylläpitää Ensi- ja turvakotien liitto, ja jäsenyhdistysten väkivaltatyön ammattilaiset osallistuvat sen kehittämiseen ja ylläpitoon.',
      sv: 'Nettiturvakoti är lågtröskelhjälp vid våld på nätet. Där finns information om våld i familjen och om olika former av hjälp för barn, unga och vuxna, och i chatten kan man prata anonymt med en yrkesperson inom våldsarbete eller med någon som har liknande erfarenheter. Hjälp får både de som utsatts för våld och de som använt våld, och också yrkesverksamma hittar information där. Nettiturvakoti upprätthålls av Förbundet för mödra- och skyddshem, och medlemsföreningarnas yrkesverksamma inom våldsarbete deltar i att utveckla och upprätthålla tjänsten.',
      en: 'Nettiturvakoti is low-threshold help with violence online. It has information on family violence and forms of help for children, young people and adults, and in the chat you can talk anonymously with a professional in violence work or with someone who has been through the same. Both people who have experienced violence and people who have used it get help, and professionals find information there too. Nettiturvakoti is run by the Federation of Mother and Child Homes and Shelters, and violence-work professionals from the member associations take part in developing and running it.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Ohjaa asiakas Nettiturvakodin sivustolle; kirjautumista tai lähetettä ei tarvita. Sivustolla on myös ammattilaisille suunnattua tietoa perheväkivallasta.',
        sv: 'Hänvisa klienten till Nettiturvakotis webbplats; ingen inloggning eller remiss behövs. Webbplatsen har också information om våld i familjen för yrkesverksamma.',
        en: 'Point the client to the Nettiturvakoti website; no login or referral is needed. The site also has information on family violence for professionals.',
      },
      eligibility: {
        fi: 'Kaikki, joita perhe- tai lähisuhdeväkivalta koskettaa: väkivaltaa kokeneet, sitä käyttäneet ja läheiset. Lapsia ja nuoria kannustetaan erityisesti tutustumaan palveluun.',
        sv: 'Alla som berörs av våld i familjen eller i nära relationer: de som utsatts för våld, de som använt våld och närstående. Barn och unga uppmuntras särskilt att bekanta sig med tjänsten.',
        en: 'Anyone affected by domestic or intimate partner violence: people who have experienced it, people who have used it, and those close to them. Children and young people are especially encouraged to use it.',
      },
      whatHappensNext: {
        fi: 'Keskustelut käydään nimettömästi. Chatissa asiakasta autetaan jäsentämään tilannettaan ja tarvittaessa löytämään apua omalta alueeltaan, esimerkiksi turvakodista tai väkivaltatyön avopalvelusta.',
        sv: 'Samtalen förs anonymt. I chatten får klienten hjälp att reda ut sin situation och vid behov att hitta hjälp i sitt eget område, till exempel på ett skyddshem eller i öppenvården vid våld.',
        en: 'Conversations are anonymous. In the chat the client is helped to make sense of the situation and, if needed, to find help in their own area, such as a shelter or an outpatient violence service.',
      },
    },
    targetGroupSlugs: [
      'vakivaltaa-kokeneet',
      'vakivaltaa-kayttaneet',
      'laheiset',
      'lapset',
      'nuoret',
      'ammattilaiset',
    ],
    themeSlugs: ['lahisuhdevakivalta', 'vakivallan-lopettaminen', 'kriisi', 'vertaistuki'],
    ageMin: null,
    ageMax: null,
    serviceLanguages: ['fi'],
    channels: ['CHAT'],
    cost: 'FREE',
    accessMode: 'SELF_REFERRAL',
    contact: {
      website: 'https://nettiturvakoti.fi',
      note: {
        fi: 'Chatin aukioloajat näet Nettiturvakodin sivuilta. Jos olet välittömässä vaarassa, soita hätänumeroon 112.',
        sv: 'Chattens öppettider finns på Nettiturvakotis webbplats. Om du är i akut fara, ring nödnumret 112.',
        en: 'The chat’s opening hours are on the Nettiturvakoti website. If you are in immediate danger, call the emergency number 112.',
      },
    },
    path: [
      {
        title: { fi: 'Avaa Nettiturvakoti', sv: 'Öppna Nettiturvakoti', en: 'Open Nettiturvakoti' },
        description: {
          fi: 'Lue tietoa väkivallasta ja avun muodoista.',
          sv: 'Läs om våld och olika former av hjälp.',
          en: 'Read about violence and the kinds of help available.',
        },
      },
      {
        title: { fi: 'Keskustele chatissa', sv: 'Chatta', en: 'Chat' },
        description: {
          fi: 'Keskustele nimettömästi ammattilaisen tai samaa kokeneen kanssa.',
          sv: 'Prata anonymt med en yrkesperson eller med någon som har liknande erfarenheter.',
          en: 'Talk anonymously with a professional or with someone who has been through the same.',
        },
      },
      {
        title: { fi: 'Löydä apua läheltä', sv: 'Hitta hjälp nära dig', en: 'Find help near you' },
        description: {
          fi: 'Tarvittaessa saat tietoa lähimmästä turvakodista tai muusta avusta.',
          sv: 'Vid behov får du information om närmaste skyddshem eller annan hjälp.',
          en: 'If you need it, you get information on the nearest shelter or other help.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000013',
      organizationId: ORG_FEDERATION,
      isNationwide: true,
      isRemote: true,
      contact: { website: 'https://nettiturvakoti.fi' },
      locations: [],
      openingHours: {
        note: {
          fi: 'Sivusto on auki aina. Chatin aukioloajat löytyvät sivustolta.',
          sv: 'Webbplatsen är alltid öppen. Chattens öppettider finns på webbplatsen.',
          en: 'The website is always open. Chat hours are listed on the site.',
        },
      },
      acceptingClients: true,
      isAnonymous: true,
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Ensi- ja turvakotien liitto: Keski-Suomen ensi- ja turvakoti ry (a draft in progress)
// ---------------------------------------------------------------------------------------------------

/** A draft the association's staff have only begun: Finnish only, no professional texts yet. */
const ksetuLahis: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000012',
  networkSlug: 'ensi-ja-turvakotien-liitto',
  responsibleOrganizationId: ORG_KESKI_SUOMI,
  state: 'DRAFT',
  content: {
    name: { fi: 'Lähis – lähisuhdeväkivaltatyö Keski-Suomessa' },
    summary: {
      fi: 'Keskusteluapua ja tukea, kun lähisuhteessa on väkivaltaa tai sen uhkaa.',
    },
    description: {
      fi: 'Lähis auttaa aikuisia ja perheitä, kun parisuhteessa tai perheessä on väkivaltaa tai sen uhkaa. Tapaamisissa mietitään yhdessä turvallisuutta ja seuraavia askelia.',
    },
    professionalInfo: { howToRefer: {}, eligibility: {}, whatHappensNext: {} },
    targetGroupSlugs: ['vakivaltaa-kokeneet'],
    themeSlugs: ['lahisuhdevakivalta'],
    ageMin: null,
    ageMax: null,
    serviceLanguages: ['fi'],
    channels: ['IN_PERSON'],
    cost: 'FREE',
    accessMode: 'SELF_REFERRAL',
    contact: { phone: '+358 40 000 0303', email: 'lahis@ksetu.example' },
    path: [
      { title: { fi: 'Yhteydenotto' }, description: {} },
      { title: { fi: 'Tilanteen arviointi' }, description: {} },
      { title: { fi: 'Tukitapaamiset' }, description: {} },
      { title: { fi: 'Jälkituki' }, description: {} },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000014',
      organizationId: ORG_KESKI_SUOMI,
      wellbeingAreaCodes: ['15'],
      contact: { name: 'Laura', phone: '+358 40 000 0303', email: 'lahis@ksetu.example' },
      locations: [KSETU_PLACE],
      openingHours: {},
      acceptingClients: true,
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Perhelinja: member associations' services in the target regions of Varsinais-Suomi
// ---------------------------------------------------------------------------------------------------

const perhelinjaKeskusteluapu: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000021',
  networkSlug: 'perhelinja',
  responsibleOrganizationId: ORG_TURKU_ETK,
  state: 'PUBLISHED',
  verifiedMonthsAgo: 2,
  content: {
    name: {
      fi: 'Keskusteluapu vanhemmille',
      sv: 'Samtalsstöd för föräldrar',
      en: 'Talk support for parents',
    },
    summary: {
      fi: 'Maksutonta keskusteluapua ja neuvontaa vanhemmille, kun arki lasten kanssa kuormittaa tai perheen tilanne huolettaa. Puhelimessa, videolla tai vastaanotolla Uudessakaupungissa ja Loimaalla.',
      sv: 'Avgiftsfritt samtalsstöd och rådgivning för föräldrar när vardagen med barnen känns tung eller familjens situation oroar. Per telefon, video eller på mottagningen i Nystad och Loimaa.',
      en: 'Free talk support and advice for parents when everyday life with children is wearing you down or you are worried about your family. By phone, video or at the drop-in clinics in Uusikaupunki and Loimaa.',
    },
    description: {
      fi: 'Voit ottaa yhteyttä, kun vanhemmuus tuntuu raskaalta, lapsen kanssa on paljon riitoja tai perheen tilanne huolettaa. Työntekijän kanssa voit puhua luottamuksellisesti ja miettiä, mikä auttaisi juuri teidän perhettänne. Tapaamisia on muutamia, ja ne voi pitää puhelimessa, videolla tai vastaanotolla Uudessakaupungissa ja Loimaalla. Apu on maksutonta, eikä lähetettä tarvita.',
      sv: 'Du kan ta kontakt när föräldraskapet känns tungt, det blir mycket bråk med barnet eller familjens situation oroar dig. Med en medarbetare kan du tala i förtroende och fundera på vad som skulle hjälpa just er familj. Det blir några träffar, och de kan hållas per telefon, via video eller på mottagningen i Nystad och Loimaa. Hjälpen är avgiftsfri och ingen remiss behövs.',
      en: 'Get in touch when parenting feels heavy, there is a lot of conflict with your child or you are worried about your family. You can talk in confidence with a worker and think about what would help your family. There are a few meetings, held by phone, by video or at the drop-in clinics in Uusikaupunki and Loimaa. The help is free and no referral is needed.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Vanhempi voi ottaa yhteyttä itse puhelimitse tai sähköpostilla. Ammattilainen voi antaa yhteystiedot tai sopia perheen luvalla ensimmäisestä yhteydenotosta. Palvelu sopii matalan kynnyksen tueksi tai jatkopoluksi kunnan ja hyvinvointialueen palvelujen rinnalle.',
        sv: 'Föräldern kan själv ta kontakt per telefon eller e-post. En yrkesperson kan ge kontaktuppgifterna eller med familjens samtycke avtala om den första kontakten. Tjänsten passar som lågtröskelstöd eller som fortsatt stöd vid sidan av kommunens och välfärdsområdets tjänster.',
        en: 'Parents can contact the service themselves by phone or e-mail. A professional can pass on the details or, with the family’s consent, arrange the first contact. The service works as low-threshold support or as a follow-on path alongside municipal and wellbeing-county services.',
      },
      eligibility: {
        fi: 'Varsinaissuomalaiset vanhemmat ja huoltajat, joita huolettaa vanhemmuus, oma jaksaminen tai perheen tilanne. Palvelu ei ole kriisipäivystys: akuutissa tilanteessa ohjaa hyvinvointialueen sosiaalipäivystykseen tai hätänumeroon 112.',
        sv: 'Föräldrar och vårdnadshavare i Egentliga Finland som oroar sig för föräldraskapet, sin egen ork eller familjens situation. Tjänsten är ingen krisjour: i akuta situationer hänvisa till välfärdsområdets socialjour eller nödnumret 112.',
        en: 'Parents and guardians in Southwest Finland who are worried about parenting, their own coping or their family’s situation. This is not a crisis service: in an acute situation refer to the wellbeing county’s social emergency service or the emergency number 112.',
      },
      whatHappensNext: {
        fi: 'Työntekijä ottaa yhteyttä ja sopii ensimmäisestä keskustelusta. Tapaamisissa kartoitetaan tilanne ja sovitaan tuesta; tarvittaessa vanhempi ohjataan muihin Perhelinjan tai alueen palveluihin. Tuen päättyessä vanhemmalta pyydetään palautetta.',
        sv: 'Medarbetaren tar kontakt och avtalar om det första samtalet. Under träffarna kartläggs situationen och stödet avtalas; vid behov hänvisas föräldern till andra tjänster inom Perhelinja eller i området. När stödet avslutas ombeds föräldern ge respons.',
        en: 'A worker gets in touch to arrange the first conversation. The meetings map the situation and agree on support; if needed the parent is guided to other Perhelinja or local services. When the support ends, the parent is asked for feedback.',
      },
    },
    targetGroupSlugs: ['vanhemmat'],
    themeSlugs: ['vanhemmuus', 'jaksaminen', 'perheen-vuorovaikutus'],
    ageMin: null,
    ageMax: null,
    serviceLanguages: ['fi'],
    channels: ['PHONE', 'VIDEO', 'IN_PERSON'],
    cost: 'FREE',
    accessMode: 'SELF_REFERRAL',
    contact: { phone: '+358 40 000 0221', email: 'keskusteluapu@turunetk.example' },
    path: [
      {
        title: { fi: 'Ota yhteyttä', sv: 'Ta kontakt', en: 'Get in touch' },
        description: {
          fi: 'Soita tai lähetä sähköpostia. Kerro lyhyesti, mikä mietityttää.',
          sv: 'Ring eller skicka e-post. Berätta kort vad du funderar på.',
          en: 'Call or send an e-mail. Tell us briefly what is on your mind.',
        },
      },
      {
        title: { fi: 'Ensimmäinen keskustelu', sv: 'Första samtalet', en: 'First conversation' },
        description: {
          fi: 'Puhutte perheen tilanteesta ja sovitte, tavataanko puhelimessa, videolla vai vastaanotolla.',
          sv: 'Ni talar om familjens situation och kommer överens om ni ses per telefon, via video eller på mottagningen.',
          en: 'You talk about your family’s situation and agree whether to meet by phone, video or at the clinic.',
        },
      },
      {
        title: { fi: 'Tapaamiset', sv: 'Träffar', en: 'Meetings' },
        description: {
          fi: 'Muutamassa tapaamisessa etsitään yhdessä keinoja, jotka helpottavat arkea.',
          sv: 'Under några träffar söker ni tillsammans sätt att göra vardagen lättare.',
          en: 'Over a few meetings you look together for ways to make everyday life easier.',
        },
      },
      {
        title: { fi: 'Tuen päättyminen', sv: 'Stödet avslutas', en: 'Ending the support' },
        description: {
          fi: 'Lopuksi mietitte, riittääkö tuki vai olisiko jostain muusta palvelusta apua.',
          sv: 'Till sist funderar ni på om stödet räcker eller om någon annan tjänst skulle hjälpa.',
          en: 'Finally you consider whether the support was enough or whether another service would help.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000021',
      organizationId: ORG_TURKU_ETK,
      wellbeingAreaCodes: ['05'],
      isRemote: true,
      contact: {
        name: 'Marja',
        phone: '+358 40 000 0221',
        email: 'keskusteluapu@turunetk.example',
      },
      locations: [],
      openingHours: {
        periods: [
          {
            days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
            opens: '09:00',
            closes: '15:00',
          },
        ],
        note: {
          fi: 'Puhelinaika arkisin. Puhelin- ja videotapaamiset sovitaan erikseen.',
          sv: 'Telefontid vardagar. Telefon- och videoträffar avtalas separat.',
          en: 'Phone hours on weekdays. Phone and video meetings are arranged separately.',
        },
      },
      acceptingClients: true,
    },
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000022',
      organizationId: ORG_TURKU_ETK,
      municipalityCodes: ['895', '430'],
      contact: {
        name: 'Marja',
        phone: '+358 40 000 0221',
        email: 'keskusteluapu@turunetk.example',
      },
      locations: [
        {
          name: 'Perhelinjan vastaanotto, Uusikaupunki',
          streetAddress: 'Esimerkkikatu 2',
          postalCode: '23500',
          postOffice: 'Uusikaupunki',
          municipalityCode: '895',
        },
        {
          name: 'Perhelinjan vastaanotto, Loimaa',
          streetAddress: 'Esimerkkikatu 3',
          postalCode: '32200',
          postOffice: 'Loimaa',
          municipalityCode: '430',
        },
      ],
      openingHours: {
        note: {
          fi: 'Vastaanotto kummallakin paikkakunnalla kerran kuukaudessa. Ajat sovitaan etukäteen.',
          sv: 'Mottagning på båda orterna en gång i månaden. Tiderna avtalas på förhand.',
          en: 'A clinic in each town once a month. Times are agreed in advance.',
        },
      },
      acceptingClients: true,
    },
  ],
};

const perhelinjaEroryhma: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000022',
  networkSlug: 'perhelinja',
  responsibleOrganizationId: ORG_TURKU_ETK,
  state: 'PUBLISHED',
  verifiedMonthsAgo: 13,
  content: {
    name: {
      fi: 'Eron jälkeen – vertaisryhmä vanhemmille',
      sv: 'Efter skilsmässan – kamratgrupp för föräldrar',
      en: 'After separation – a peer group for parents',
    },
    summary: {
      fi: 'Ohjattu vertaisryhmä eronneille ja eroaville vanhemmille Salossa ja Somerolla. Ryhmästä saat tukea omaan jaksamiseen ja eväitä yhteistyöhön toisen vanhemman kanssa lapsen parhaaksi.',
      sv: 'En ledd kamratgrupp för föräldrar som har skilt sig eller håller på att skiljas, i Salo och Somero. I gruppen får du stöd för din egen ork och redskap för att samarbeta med den andra föräldern för barnets bästa.',
      en: 'A guided peer group in Salo and Somero for parents who have separated or are separating. It supports your own coping and gives you tools for working with the other parent in your child’s best interest.',
    },
    description: {
      fi: 'Ryhmä on tarkoitettu vanhemmille, jotka ovat eronneet tai tehneet eropäätöksen. Ryhmässä jaetaan kokemuksia muiden samassa tilanteessa olevien kanssa, käsitellään eron herättämiä tunteita ja mietitään, miten lasta voi tukea erossa. Ryhmää ohjaa kaksi työntekijää, ja se kokoontuu kahdeksan kertaa. Osallistuminen on maksutonta; ilmoittaudu ryhmän ohjaajalle.',
      sv: 'Gruppen är avsedd för föräldrar som har skilt sig eller beslutat att skiljas. I gruppen delar man erfarenheter med andra i samma situation, bearbetar känslor som skilsmässan väcker och funderar på hur man kan stödja barnet. Gruppen leds av två medarbetare och träffas åtta gånger. Deltagandet är avgiftsfritt; anmäl dig till gruppledaren.',
      en: 'The group is for parents who have separated or decided to separate. You share experiences with others in the same situation, work through the feelings a separation brings and think about how to support your child. Two workers lead the group, which meets eight times. Taking part is free; sign up with the group leader.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Vanhempi ilmoittautuu itse ohjaajalle puhelimitse tai sähköpostilla. Voit antaa vanhemmalle ryhmän yhteystiedot.',
        sv: 'Föräldern anmäler sig själv till gruppledaren per telefon eller e-post. Du kan ge föräldern gruppens kontaktuppgifter.',
        en: 'Parents sign up themselves with the group leader by phone or e-mail. You can give the parent the group’s contact details.',
      },
      eligibility: {
        fi: 'Eronneet tai eropäätöksen tehneet vanhemmat. Jos erotilanteessa on väkivaltaa tai sen uhkaa, ohjaa vanhempi ensin lähisuhdeväkivaltatyöhön.',
        sv: 'Föräldrar som har skilt sig eller fattat beslut om skilsmässa. Om det finns våld eller hot om våld i situationen, hänvisa först föräldern till arbete mot våld i nära relationer.',
        en: 'Parents who have separated or decided to separate. If there is violence or a threat of violence, refer the parent first to services for intimate partner violence.',
      },
      whatHappensNext: {
        fi: 'Ohjaaja soittaa ilmoittautuneelle ennen ryhmän alkua. Ryhmän lopuksi osallistujilta kerätään palautetta, ja tarvittaessa vanhempi ohjataan yksilölliseen tukeen.',
        sv: 'Gruppledaren ringer den som anmält sig innan gruppen börjar. När gruppen avslutas samlas respons in av deltagarna, och vid behov hänvisas föräldern till individuellt stöd.',
        en: 'The group leader calls each parent who signs up before the group starts. At the end participants are asked for feedback, and parents are guided to individual support if needed.',
      },
    },
    targetGroupSlugs: ['vanhemmat'],
    themeSlugs: ['ero', 'vertaistuki', 'vanhemmuus', 'jaksaminen'],
    ageMin: null,
    ageMax: null,
    serviceLanguages: ['fi'],
    channels: ['GROUP', 'IN_PERSON'],
    cost: 'FREE',
    accessMode: 'SELF_REFERRAL',
    contact: { phone: '+358 40 000 0222', email: 'eroryhma@turunetk.example' },
    path: [
      {
        title: { fi: 'Ilmoittaudu', sv: 'Anmäl dig', en: 'Sign up' },
        description: {
          fi: 'Soita tai lähetä sähköpostia ryhmän ohjaajalle.',
          sv: 'Ring eller skicka e-post till gruppledaren.',
          en: 'Call or e-mail the group leader.',
        },
      },
      {
        title: { fi: 'Alkukeskustelu', sv: 'Inledande samtal', en: 'First call' },
        description: {
          fi: 'Ohjaaja soittaa sinulle ennen ryhmän alkua ja kertoo, mitä ryhmässä tehdään.',
          sv: 'Gruppledaren ringer dig innan gruppen börjar och berättar vad gruppen gör.',
          en: 'The leader calls you before the group starts and explains what happens in the group.',
        },
      },
      {
        title: { fi: 'Ryhmätapaamiset', sv: 'Gruppträffar', en: 'Group meetings' },
        description: {
          fi: 'Ryhmä kokoontuu kahdeksan kertaa. Voit kertoa omista kokemuksistasi niin paljon kuin haluat.',
          sv: 'Gruppen träffas åtta gånger. Du kan berätta om dina erfarenheter så mycket du vill.',
          en: 'The group meets eight times. You share as much of your own experience as you wish.',
        },
      },
      {
        title: {
          fi: 'Palaute ja jatko',
          sv: 'Respons och fortsättning',
          en: 'Feedback and next steps',
        },
        description: {
          fi: 'Lopuksi kerrot, mikä auttoi. Tarvittaessa saat tietoa muusta tuesta.',
          sv: 'Till sist berättar du vad som hjälpte. Vid behov får du information om annat stöd.',
          en: 'At the end you tell us what helped. If needed, you get information on other support.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000023',
      organizationId: ORG_TURKU_ETK,
      municipalityCodes: ['734'],
      contact: { name: 'Sari', phone: '+358 40 000 0222', email: 'eroryhma@turunetk.example' },
      locations: [
        {
          name: 'Perhelinjan ryhmätila, Salo',
          streetAddress: 'Esimerkkikatu 4',
          postalCode: '24100',
          postOffice: 'Salo',
          municipalityCode: '734',
        },
      ],
      openingHours: {
        note: {
          fi: 'Ryhmä on täynnä. Seuraavasta ryhmästä voi kysyä ohjaajalta.',
          sv: 'Gruppen är full. Fråga gruppledaren om nästa grupp.',
          en: 'This group is full. Ask the group leader about the next one.',
        },
      },
      groupSize: 8,
      acceptingClients: false,
    },
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000024',
      organizationId: ORG_TURKU_ETK,
      municipalityCodes: ['761'],
      contact: { name: 'Sari', phone: '+358 40 000 0222', email: 'eroryhma@turunetk.example' },
      locations: [
        {
          name: 'Perhelinjan ryhmätila, Somero',
          streetAddress: 'Esimerkkikatu 5',
          postalCode: '31400',
          postOffice: 'Somero',
          municipalityCode: '761',
        },
      ],
      openingHours: {
        periods: [{ days: ['TUESDAY'], opens: '17:30', closes: '19:00' }],
        note: {
          fi: 'Ryhmä kokoontuu tiistai-iltaisin kahdeksan kertaa.',
          sv: 'Gruppen träffas åtta gånger på tisdagskvällar.',
          en: 'The group meets on eight Tuesday evenings.',
        },
      },
      groupSize: 8,
      acceptingClients: true,
    },
  ],
};

const perhelinjaNuortenChat: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000023',
  networkSlug: 'perhelinja',
  responsibleOrganizationId: ORG_MLL_VS,
  state: 'PUBLISHED',
  verifiedMonthsAgo: 19,
  content: {
    name: {
      fi: 'Nuorten chat',
      sv: 'Chatt för unga',
      en: 'Chat for young people',
    },
    summary: {
      fi: 'Nimetön chat 13–17-vuotiaille nuorille Varsinais-Suomessa. Voit jutella turvallisen aikuisen kanssa mistä tahansa, mikä mieltä painaa.',
      sv: 'En anonym chatt för unga i åldern 13–17 år i Egentliga Finland. Du kan prata med en trygg vuxen om vad som helst som tynger dig.',
      en: 'An anonymous chat for young people aged 13–17 in Southwest Finland. Talk with a safe adult about anything that is on your mind.',
    },
    description: {
      fi: 'Chatissa voit kertoa nimettömästi, mikä mieltä painaa: koulu, kaverit, kotiasiat, vanhempien ero tai oma olo. Vastaajina ovat koulutetut vapaaehtoiset ja työntekijät. Et tarvitse vanhempien lupaa, eikä chat maksa mitään. Jos tarvitset lisää apua, sinua autetaan löytämään se.',
      sv: 'I chatten kan du anonymt berätta vad som tynger dig: skolan, kompisar, saker hemma, föräldrarnas skilsmässa eller hur du själv mår. De som svarar är utbildade frivilliga och anställda. Du behöver inte dina föräldrars lov, och chatten kostar ingenting. Om du behöver mer hjälp får du hjälp att hitta den.',
      en: 'In the chat you can say anonymously what is weighing on you: school, friends, things at home, your parents’ separation or how you feel. Trained volunteers and staff answer. You do not need your parents’ permission and the chat costs nothing. If you need more help, we help you find it.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Kerro nuorelle chatista ja sen aukioloajoista; kirjautumista tai lähetettä ei tarvita.',
        sv: 'Berätta för den unga om chatten och dess öppettider; ingen inloggning eller remiss behövs.',
        en: 'Tell the young person about the chat and its opening hours; no login or referral is needed.',
      },
      eligibility: {
        fi: '13–17-vuotiaat nuoret Varsinais-Suomessa. Chat ei ole kriisipalvelu: akuutissa hädässä nuori ohjataan hätänumeroon 112 tai sosiaalipäivystykseen.',
        sv: 'Unga i åldern 13–17 år i Egentliga Finland. Chatten är ingen kristjänst: vid akut nöd hänvisas den unga till nödnumret 112 eller socialjouren.',
        en: 'Young people aged 13–17 in Southwest Finland. The chat is not a crisis service: in acute distress the young person is referred to the emergency number 112 or the social emergency service.',
      },
      whatHappensNext: {
        fi: 'Keskustelut ovat nimettömiä, eikä niistä jää asiakastietoja. Tarvittaessa nuorta ohjataan paikallisiin palveluihin, esimerkiksi koulukuraattorille tai nuorisopalveluihin.',
        sv: 'Samtalen är anonyma och inga klientuppgifter sparas. Vid behov hänvisas den unga till lokala tjänster, till exempel skolkuratorn eller ungdomstjänsterna.',
        en: 'Conversations are anonymous and leave no client records. If needed, the young person is guided to local services such as the school social worker or youth services.',
      },
    },
    targetGroupSlugs: ['nuoret'],
    themeSlugs: ['nuoren-hyvinvointi', 'perheen-vuorovaikutus', 'ero', 'yksinaisyys'],
    ageMin: 13,
    ageMax: 17,
    serviceLanguages: ['fi'],
    channels: ['CHAT'],
    cost: 'FREE',
    accessMode: 'SELF_REFERRAL',
    contact: {
      website: 'https://perhelinja.example/nuorten-chat',
      note: EMERGENCY_NOTE,
    },
    path: [
      {
        title: { fi: 'Avaa chat', sv: 'Öppna chatten', en: 'Open the chat' },
        description: {
          fi: 'Tule chattiin aukioloaikana. Sinun ei tarvitse kertoa nimeäsi.',
          sv: 'Kom till chatten under öppettiden. Du behöver inte säga ditt namn.',
          en: 'Join the chat during opening hours. You do not need to give your name.',
        },
      },
      {
        title: {
          fi: 'Kerro, mikä mietityttää',
          sv: 'Berätta vad du funderar på',
          en: 'Say what is on your mind',
        },
        description: {
          fi: 'Aikuinen kuuntelee ja miettii kanssasi, mikä voisi auttaa.',
          sv: 'En vuxen lyssnar och funderar med dig på vad som kan hjälpa.',
          en: 'An adult listens and thinks with you about what could help.',
        },
      },
      {
        title: {
          fi: 'Mieti jatkoa',
          sv: 'Fundera på fortsättningen',
          en: 'Think about next steps',
        },
        description: {
          fi: 'Tarvittaessa saat tietoa siitä, mistä saat apua omalla paikkakunnallasi.',
          sv: 'Vid behov får du veta var du kan få hjälp på din hemort.',
          en: 'If needed, you find out where to get help where you live.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000025',
      organizationId: ORG_MLL_VS,
      wellbeingAreaCodes: ['05'],
      isRemote: true,
      contact: { website: 'https://perhelinja.example/nuorten-chat' },
      locations: [],
      openingHours: {
        periods: [
          { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], opens: '18:00', closes: '21:00' },
        ],
      },
      acceptingClients: true,
      isAnonymous: true,
    },
  ],
};

const perhelinjaPerhekummi: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000024',
  networkSlug: 'perhelinja',
  responsibleOrganizationId: ORG_MLL_VS,
  state: 'SUBMITTED',
  content: {
    name: {
      fi: 'Perhekummi vauvaperheelle',
      sv: 'Familjefadder för babyfamiljer',
      en: 'A family friend for families with a baby',
    },
    summary: {
      fi: 'Koulutettu vapaaehtoinen perhekummi käy vauvaperheen luona ja tukee arjessa, kun omat läheiset ovat kaukana. Uudessakaupungissa, Laitilassa ja Mynämäellä.',
      sv: 'En utbildad frivillig familjefadder besöker babyfamiljen och stöder i vardagen när de egna närstående bor långt borta. I Nystad, Letala och Virmo.',
      en: 'A trained volunteer family friend visits families with a baby and helps in everyday life when their own relatives live far away. In Uusikaupunki, Laitila and Mynämäki.',
    },
    description: {
      fi: 'Perhekummi on koulutettu vapaaehtoinen, joka käy luonanne sovitusti noin kerran viikossa parin tunnin ajan. Hän voi esimerkiksi ulkoilla vauvan kanssa, leikkiä isompien sisarusten kanssa tai olla juttuseurana, jotta saat hetken hengähtää. Perhekummi ei ole ammattilainen eikä korvaa lastenhoitoa tai kotipalvelua. Toiminta on maksutonta.',
      sv: 'Familjefaddern är en utbildad frivillig som besöker er enligt överenskommelse ungefär en gång i veckan ett par timmar åt gången. Hen kan till exempel gå ut med babyn, leka med äldre syskon eller vara sällskap, så att du får andas ut en stund. Familjefaddern är inte en yrkesperson och ersätter inte barnpassning eller hemservice. Verksamheten är avgiftsfri.',
      en: 'A family friend is a trained volunteer who visits you as agreed, about once a week for a couple of hours. They might take the baby out for a walk, play with older siblings or simply keep you company so you get a moment’s rest. A family friend is not a professional and does not replace childcare or home help services. It is free.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Perhe ottaa itse yhteyttä koordinaattoriin, tai neuvolan terveydenhoitaja voi perheen luvalla välittää yhteydenottopyynnön.',
        sv: 'Familjen kontaktar själv koordinatorn, eller så kan hälsovårdaren på rådgivningen med familjens samtycke förmedla en kontaktbegäran.',
        en: 'The family contacts the coordinator themselves, or the public health nurse at the clinic can pass on a contact request with the family’s consent.',
      },
      eligibility: {
        fi: 'Vauvaperheet Uudessakaupungissa, Laitilassa ja Mynämäellä, joilla on vähän omaa tukiverkkoa. Jos perhe tarvitsee ammatillista tukea, ohjaa se perhetyöhön tai muuhun ammatilliseen palveluun.',
        sv: 'Babyfamiljer i Nystad, Letala och Virmo som har ett litet eget stödnätverk. Om familjen behöver professionellt stöd, hänvisa den till familjearbete eller någon annan professionell tjänst.',
        en: 'Families with a baby in Uusikaupunki, Laitila and Mynämäki who have little support around them. If a family needs professional support, refer them to family work or another professional service.',
      },
      whatHappensNext: {
        fi: 'Koordinaattori tapaa perheen kotona, kuulee toiveet ja etsii sopivan perhekummin. Kummisuhteen sujumista seurataan, ja perhe voi ottaa koordinaattoriin yhteyttä milloin tahansa.',
        sv: 'Koordinatorn träffar familjen hemma, hör önskemålen och söker en lämplig familjefadder. Hur fadderrelationen fungerar följs upp, och familjen kan kontakta koordinatorn när som helst.',
        en: 'The coordinator meets the family at home, hears their wishes and finds a suitable family friend. The arrangement is followed up, and the family can contact the coordinator at any time.',
      },
    },
    targetGroupSlugs: ['vauvaperheet'],
    themeSlugs: ['vauvaperhe', 'jaksaminen', 'yksinaisyys'],
    ageMin: null,
    ageMax: null,
    serviceLanguages: ['fi'],
    channels: ['HOME_VISIT'],
    cost: 'FREE',
    accessMode: 'BOTH',
    contact: { phone: '+358 40 000 0241', email: 'perhekummi@mll-vs.example' },
    path: [
      {
        title: { fi: 'Yhteydenotto', sv: 'Kontakt', en: 'Getting in touch' },
        description: {
          fi: 'Soita tai lähetä viesti koordinaattorille, tai pyydä neuvolaa välittämään yhteydenottopyyntö.',
          sv: 'Ring eller skicka ett meddelande till koordinatorn, eller be rådgivningen förmedla en kontaktbegäran.',
          en: 'Call or message the coordinator, or ask your clinic to pass on a contact request.',
        },
      },
      {
        title: { fi: 'Kotikäynti', sv: 'Hembesök', en: 'Home visit' },
        description: {
          fi: 'Koordinaattori tulee käymään ja kuulee, millaista apua toivotte.',
          sv: 'Koordinatorn kommer på besök och hör vilken hjälp ni önskar.',
          en: 'The coordinator visits you and hears what kind of help you would like.',
        },
      },
      {
        title: {
          fi: 'Perhekummi aloittaa',
          sv: 'Familjefaddern börjar',
          en: 'Your family friend starts',
        },
        description: {
          fi: 'Perhekummi käy luonanne sovitusti, yleensä kerran viikossa.',
          sv: 'Familjefaddern besöker er enligt överenskommelse, oftast en gång i veckan.',
          en: 'Your family friend visits as agreed, usually once a week.',
        },
      },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000026',
      organizationId: ORG_MLL_VS,
      municipalityCodes: ['895', '400', '503'],
      contact: { name: 'Riikka', phone: '+358 40 000 0241', email: 'perhekummi@mll-vs.example' },
      locations: [],
      openingHours: {
        note: {
          fi: 'Käynnit sovitaan perheen kanssa.',
          sv: 'Besöken avtalas med familjen.',
          en: 'Visits are arranged with the family.',
        },
      },
      acceptingClients: true,
    },
  ],
};

/**
 * Returned by the coordinator: the public text is written in professional jargon and has no contact
 * details or translations (kept that way on purpose, to show what a returned draft looks like).
 */
const perhelinjaPalveluohjaus: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000025',
  networkSlug: 'perhelinja',
  responsibleOrganizationId: ORG_TURUN_KAUPUNKILAHETYS,
  state: 'RETURNED',
  returnReason:
    'Kiitos kuvauksesta! Palautan sen muokattavaksi, koska yleisölle näkyvä teksti on kirjoitettu ammattilaiskielellä (esim. ”jalkautuva palveluohjaus”, ”psykososiaalinen tuki”, ”yhdyspintayhteistyö”, ”interventio”). Kirjoitathan kuvauksen niin, että vanhempi tunnistaa siitä oman tilanteensa: mitä apua saa, kenelle se on, miten sitä pyydetään ja maksaako se jotain. Ammattilaisille tarkoitetut tiedot voi siirtää ammattilaisosioon. Lisää myös yhteystiedot ja ruotsinkielinen käännös.',
  content: {
    name: { fi: 'Jalkautuva palveluohjaus lapsiperheille' },
    summary: {
      fi: 'Matalan kynnyksen jalkautuvaa palveluohjausta ja psykososiaalista tukea lapsiperheille moniammatillisessa verkostossa.',
    },
    description: {
      fi: 'Palvelu toteuttaa kohdealueella jalkautuvaa, asiakaslähtöistä palveluohjausta, jossa kartoitetaan perheen palvelutarve ja koordinoidaan palvelukokonaisuutta yhdyspintayhteistyössä hyvinvointialueen perhekeskustoimijoiden kanssa. Työote on ratkaisukeskeinen ja voimavaralähtöinen. Interventio kohdennetaan varhaisen tuen tarpeessa oleviin perheisiin.',
    },
    professionalInfo: {
      howToRefer: {
        fi: 'Asiakasohjaus perhekeskuksen kautta tai perheen oma yhteydenotto.',
      },
      eligibility: { fi: 'Varhaisen tuen tarpeessa olevat lapsiperheet Somerolla ja Pöytyällä.' },
      whatHappensNext: {},
    },
    targetGroupSlugs: ['vanhemmat'],
    themeSlugs: ['vanhemmuus', 'jaksaminen'],
    ageMin: null,
    ageMax: null,
    serviceLanguages: ['fi'],
    channels: ['IN_PERSON', 'HOME_VISIT', 'PHONE'],
    cost: 'FREE',
    accessMode: 'BOTH',
    contact: {},
    path: [
      { title: { fi: 'Palvelutarpeen kartoitus' }, description: {} },
      { title: { fi: 'Palveluohjaus' }, description: {} },
    ],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000027',
      organizationId: ORG_TURUN_KAUPUNKILAHETYS,
      municipalityCodes: ['761', '608'],
      contact: { name: 'Satu', phone: '+358 40 000 0251' },
      locations: [],
      openingHours: {},
      acceptingClients: true,
    },
  ],
};

const perhelinjaEtaperhekahvila: DemoService = {
  id: '5a1e0b6e-0c1f-4c3e-9d0a-400000000026',
  networkSlug: 'perhelinja',
  responsibleOrganizationId: ORG_TURUN_KAUPUNKILAHETYS,
  state: 'ARCHIVED',
  verifiedMonthsAgo: 40,
  content: {
    name: {
      fi: 'Etäperhekahvila',
      sv: 'Familjecafé på distans',
      en: 'Online family café',
    },
    summary: {
      fi: 'Viikoittainen perhekahvila videoyhteydellä vanhemmille koronapandemian aikana. Toiminta on päättynyt.',
      sv: 'Ett veckovis familjecafé via video för föräldrar under coronapandemin. Verksamheten har upphört.',
      en: 'A weekly family café by video for parents during the COVID-19 pandemic. It has ended.',
    },
    description: {
      fi: 'Etäperhekahvila kokosi vanhemmat videoyhteydellä juttelemaan arjesta ja jakamaan kokemuksia, kun lähitapaamiset eivät olleet mahdollisia. Keskusteluja ohjasi järjestön työntekijä, ja mukaan pääsi mistä päin Varsinais-Suomea tahansa. Toiminta päättyi, kun lähitoiminta voitiin aloittaa uudelleen.',
      sv: 'Familjecaféet på distans samlade föräldrar via video för att prata om vardagen och dela erfarenheter när man inte kunde träffas på plats. Samtalen leddes av en anställd vid organisationen, och man kunde delta från hela Egentliga Finland. Verksamheten upphörde när träffar på plats kunde börja igen.',
      en: 'The online family café brought parents together by video to talk about everyday life and share experiences when meeting in person was not possible. A member of the association’s staff led the conversations, and parents could join from anywhere in Southwest Finland. It ended when in-person activities could start again.',
    },
    professionalInfo: { howToRefer: {}, eligibility: {}, whatHappensNext: {} },
    targetGroupSlugs: ['vanhemmat'],
    themeSlugs: ['vertaistuki', 'yksinaisyys', 'jaksaminen'],
    ageMin: null,
    ageMax: null,
    serviceLanguages: ['fi'],
    channels: ['VIDEO', 'GROUP'],
    cost: 'FREE',
    accessMode: 'SELF_REFERRAL',
    contact: { email: 'perhekahvila@turunkaupunkilahetys.example' },
    path: [],
  },
  deliveries: [
    {
      id: '5a1e0b6e-0c1f-4c3e-9d0a-500000000028',
      organizationId: ORG_TURUN_KAUPUNKILAHETYS,
      status: 'ENDED',
      wellbeingAreaCodes: ['05'],
      isRemote: true,
      contact: { email: 'perhekahvila@turunkaupunkilahetys.example' },
      locations: [],
      openingHours: {},
      startsOn: '2020-04-01',
      endsOn: '2021-06-30',
      acceptingClients: false,
    },
  ],
};

export const DEMO_SERVICES: DemoService[] = [
  ensikoti,
  babyBlues,
  peukaloinen,
  jannika,
  turvakoti,
  vakivaltatyonAvopalvelu,
  aggredi,
  eroLapsiperheessa,
  mieskaveri,
  perhetupa,
  nettiturvakoti,
  ksetuLahis,
  perhelinjaKeskusteluapu,
  perhelinjaEroryhma,
  perhelinjaNuortenChat,
  perhelinjaPerhekummi,
  perhelinjaPalveluohjaus,
  perhelinjaEtaperhekahvila,
];
