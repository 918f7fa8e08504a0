import { instantOf, lastEndOf, localDateTime } from '@linja/domain';

import { type Prisma, type PrismaClient } from '../../generated/prisma/client.js';
import { FEDERATION_ID, PERHELINJA_ID } from './networks.js';
import { ORG_LAHTI, ORG_MLL_VS } from './organizations.js';

const SERVICE_ERO_LAPSIPERHEESSA = '5a1e0b6e-0c1f-4c3e-9d0a-400000000008';
const SERVICE_PERHETUPA = '5a1e0b6e-0c1f-4c3e-9d0a-400000000010';
/** Taxonomy terms of the federation (networks.ts): ero, vauvaperhe, vertaistuki, vanhemmat. */
const F_ERO = '5a1e0b6e-0c1f-4c3e-9d0a-200200000003';
const F_VAUVAPERHE = '5a1e0b6e-0c1f-4c3e-9d0a-200200000004';
const F_VERTAISTUKI = '5a1e0b6e-0c1f-4c3e-9d0a-200200000009';
const F_VANHEMMAT = '5a1e0b6e-0c1f-4c3e-9d0a-200200000025';
/** Perhelinja: vauvaperhe (theme) and ammattilaiset (target group). */
const P_VAUVAPERHE = '5a1e0b6e-0c1f-4c3e-9d0a-200100000002';
const P_AMMATTILAISET = '5a1e0b6e-0c1f-4c3e-9d0a-200100000027';

const LAHTI_PLACE = {
  placeName: 'Lahden ensi- ja turvakoti, Perhetupa',
  streetAddress: 'Vapaudenkatu 19',
  postalCode: '15110',
  postOffice: 'Lahti',
  municipalityCode: '398',
  accessibility: {
    fi: 'Esteetön sisäänkäynti pihan puolelta, hissi toiseen kerrokseen.',
    sv: 'Tillgänglig ingång från gården, hiss till andra våningen.',
    en: 'Step-free entrance from the yard, lift to the second floor.',
  },
};

interface DemoEvent {
  readonly id: string;
  readonly networkId: string;
  readonly organizationId: string | null;
  readonly serviceId?: string;
  readonly kind: 'INFO_SESSION' | 'GROUP' | 'PUBLIC_EVENT' | 'WEBINAR' | 'TRAINING';
  readonly audience: 'PUBLIC' | 'PROFESSIONALS' | 'MEMBERS';
  readonly title: Prisma.InputJsonObject;
  readonly description: Prisma.InputJsonObject;
  /** Days from the seed, and the local Helsinki start and end time. */
  readonly inDays: number;
  readonly from: string;
  readonly to: string;
  readonly recurrence?: string;
  readonly meetingCount?: number;
  readonly place?: typeof LAHTI_PLACE;
  readonly onlineUrl?: string;
  readonly isOnline?: boolean;
  readonly languages: string[];
  readonly signup?: { capacity: number | null; deadlineInDays?: number };
  readonly ageMin?: number;
  readonly ageMax?: number;
  readonly termIds: readonly string[];
}

const EVENTS: readonly DemoEvent[] = [
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-700000000001',
    networkId: FEDERATION_ID,
    organizationId: ORG_LAHTI,
    serviceId: SERVICE_ERO_LAPSIPERHEESSA,
    kind: 'INFO_SESSION',
    audience: 'PUBLIC',
    title: { fi: 'Eroinfo-ilta', sv: 'Infokväll om skilsmässa', en: 'Separation info evening' },
    description: {
      fi: 'Eroa pohtiville ja eronneille vanhemmille: mitä ero tarkoittaa lapselle, miten sopia asumisesta ja tapaamisista ja mistä saa tukea. Paikalla ero-ohjaaja ja juristi. Maksuton, ei ennakkotietoja.',
      sv: 'För föräldrar som funderar på skilsmässa eller har separerat: vad skilsmässan betyder för barnet, hur man kommer överens om boende och umgänge och var man får stöd.',
      en: 'For parents considering or going through a separation: what it means for the child, agreeing on living arrangements and contact, and where to find support.',
    },
    inDays: 9,
    from: '17:30',
    to: '19:00',
    place: LAHTI_PLACE,
    languages: ['fi'],
    signup: { capacity: 30 },
    termIds: [F_ERO, F_VANHEMMAT],
  },
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-700000000002',
    networkId: FEDERATION_ID,
    organizationId: ORG_LAHTI,
    serviceId: SERVICE_ERO_LAPSIPERHEESSA,
    kind: 'GROUP',
    audience: 'PUBLIC',
    title: {
      fi: 'Vanhemman neuvo – Ero lapsiperheessä® -vertaisryhmä',
      sv: 'Föräldrarådet – kamratgrupp för separerade föräldrar',
      en: 'Parent’s counsel – peer group for separated parents',
    },
    description: {
      fi: 'Kahdeksan kerran vertaisryhmä eronneille vanhemmille, ohjaajina ero-ohjaajat. Rinnalla kokoontuu 7–11-vuotiaiden lasten eroryhmä. Ryhmä on suljettu: ilmoittaudu ennen ensimmäistä kertaa.',
      sv: 'En kamratgrupp i åtta träffar för separerade föräldrar. Samtidigt träffas en grupp för barn i åldern 7–11.',
      en: 'An eight-meeting peer group for separated parents; a group for children aged 7–11 meets at the same time.',
    },
    inDays: 21,
    from: '17:00',
    to: '18:30',
    recurrence: 'FREQ=WEEKLY;COUNT=8',
    meetingCount: 8,
    place: LAHTI_PLACE,
    languages: ['fi'],
    signup: { capacity: 10, deadlineInDays: 18 },
    termIds: [F_ERO, F_VERTAISTUKI, F_VANHEMMAT],
  },
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-700000000003',
    networkId: FEDERATION_ID,
    organizationId: ORG_LAHTI,
    serviceId: SERVICE_PERHETUPA,
    kind: 'PUBLIC_EVENT',
    audience: 'PUBLIC',
    title: {
      fi: 'Perhetuvan avoimet ovet',
      sv: 'Öppet hus på Familjestugan',
      en: 'Open day at Perhetupa family café',
    },
    description: {
      fi: 'Tule tutustumaan Perhetupaan lapsen kanssa: leikkiä, kahvia ja tietoa alueen perhepalveluista. Ei ilmoittautumista.',
      sv: 'Kom och bekanta dig med Familjestugan tillsammans med ditt barn: lek, kaffe och information om familjetjänster.',
      en: 'Visit Perhetupa with your child: play, coffee and information about family services in the area. No sign-up needed.',
    },
    inDays: 14,
    from: '10:00',
    to: '14:00',
    place: LAHTI_PLACE,
    languages: ['fi', 'en'],
    ageMin: 0,
    ageMax: 6,
    termIds: [F_VAUVAPERHE],
  },
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-700000000004',
    networkId: FEDERATION_ID,
    organizationId: ORG_LAHTI,
    kind: 'TRAINING',
    audience: 'PUBLIC',
    title: {
      fi: 'Vapaaehtoisten doulien koulutus',
      sv: 'Utbildning för frivilliga doulor',
      en: 'Training for volunteer doulas',
    },
    description: {
      fi: 'Koulutus vapaaehtoiseksi doulaksi erityistä tukea tarvitseville odottajille: synnytyksen tukeminen, vuorovaikutus ja vaitiolo. Neljä iltaa, lopuksi haastattelu.',
      sv: 'Utbildning till frivillig doula för blivande mödrar som behöver särskilt stöd. Fyra kvällar.',
      en: 'Training to become a volunteer doula for expectant mothers who need extra support. Four evenings.',
    },
    inDays: 30,
    from: '17:00',
    to: '20:00',
    recurrence: 'FREQ=WEEKLY;COUNT=4',
    place: LAHTI_PLACE,
    languages: ['fi'],
    signup: { capacity: 16, deadlineInDays: 25 },
    termIds: [F_VAUVAPERHE],
  },
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-700000000005',
    networkId: FEDERATION_ID,
    organizationId: null,
    kind: 'WEBINAR',
    audience: 'PUBLIC',
    title: {
      fi: 'Lapsi erossa – webinaari vanhemmille',
      sv: 'Barnet i skilsmässan – webbinarium för föräldrar',
      en: 'The child in a separation – webinar for parents',
    },
    description: {
      fi: 'Miten puhua erosta lapselle ja tukea häntä muutoksessa? Ensi- ja turvakotien liiton asiantuntijat vastaavat kysymyksiin. Linkki lähetetään ilmoittautuneille.',
      sv: 'Hur pratar man om skilsmässan med barnet och stöder det i förändringen? Länken skickas till dem som anmält sig.',
      en: 'How to talk with your child about the separation and support them through it. The link is sent to those who sign up.',
    },
    inDays: 12,
    from: '18:00',
    to: '19:00',
    isOnline: true,
    onlineUrl: 'https://teams.example.com/l/meetup-join/lapsi-erossa',
    languages: ['fi'],
    signup: { capacity: null },
    termIds: [F_ERO, F_VANHEMMAT],
  },
  {
    id: '5a1e0b6e-0c1f-4c3e-9d0a-700000000006',
    networkId: PERHELINJA_ID,
    organizationId: ORG_MLL_VS,
    kind: 'WEBINAR',
    audience: 'PROFESSIONALS',
    title: {
      fi: 'Ammattilaisille: vauvaperheen uupumuksen tunnistaminen',
      sv: 'För yrkesverksamma: att känna igen utmattning i babyfamiljer',
      en: 'For professionals: recognising exhaustion in families with babies',
    },
    description: {
      fi: 'Neuvolan ja perhekeskusten työntekijöille: miten tunnistaa vanhemman uupumus ja ohjata perhe järjestöjen tukeen. 45 minuuttia ja kysymyksiä.',
      sv: 'För personal på rådgivningar och familjecenter: hur man känner igen en förälders utmattning och hänvisar familjen till stöd.',
      en: 'For staff of child health clinics and family centres: recognising parental exhaustion and referring the family to support.',
    },
    inDays: 16,
    from: '14:00',
    to: '15:00',
    isOnline: true,
    onlineUrl: 'https://teams.example.com/l/meetup-join/perhelinja-ammattilaiset',
    languages: ['fi'],
    signup: { capacity: 100 },
    termIds: [P_VAUVAPERHE, P_AMMATTILAISET],
  },
];

/**
 * A handful of published events (brief seeds 000 and 002): an Eroinfo evening, an eight-meeting
 * Ero lapsiperheessä® peer group, an open day at Perhetupa, a doula training, a public webinar of the
 * federation and a professionals' webinar with its meeting link. Dates are days after the first seed
 * (Helsinki wall-clock times), so they are upcoming then; existing rows are left alone.
 */
export async function seedDemoEvents(prisma: PrismaClient, now: Date): Promise<number> {
  const day = (days: number) => localDateTime(new Date(now.getTime() + days * 86_400_000)).date;
  const rows = EVENTS.map((event) => {
    const startsAt = instantOf(day(event.inDays), event.from);
    const endsAt = instantOf(day(event.inDays), event.to);
    const times = {
      startsAt,
      endsAt,
      timeZone: 'Europe/Helsinki',
      recurrence: event.recurrence ?? null,
    };
    return {
      id: event.id,
      networkId: event.networkId,
      organizationId: event.organizationId,
      serviceId: event.serviceId ?? null,
      kind: event.kind,
      audience: event.audience,
      status: 'PUBLISHED' as const,
      title: event.title,
      description: event.description,
      languages: event.languages,
      ...times,
      lastEndsAt: lastEndOf(times),
      meetingCount: event.meetingCount ?? null,
      ...(event.place ?? {}),
      isOnline: event.isOnline ?? false,
      onlineUrl: event.onlineUrl ?? null,
      signupEnabled: event.signup !== undefined,
      capacity: event.signup?.capacity ?? null,
      signupDeadline:
        event.signup?.deadlineInDays !== undefined
          ? instantOf(day(event.signup.deadlineInDays), '23:59')
          : null,
      ageMin: event.ageMin ?? null,
      ageMax: event.ageMax ?? null,
      publishedAt: now,
      createdById: 'seed',
    };
  });
  const created = await prisma.event.createMany({ data: rows, skipDuplicates: true });
  await prisma.eventTerm.createMany({
    data: EVENTS.flatMap((event) => event.termIds.map((termId) => ({ eventId: event.id, termId }))),
    skipDuplicates: true,
  });
  return created.count;
}
