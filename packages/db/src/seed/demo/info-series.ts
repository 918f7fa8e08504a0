import { slotDates } from '@linja/domain';

import { type PrismaClient } from '../../generated/prisma/client.js';
import { FEDERATION_ID } from './networks.js';
import { ORG_HELSINKIMISSIO, ORG_KESKI_SUOMI, ORG_LAHTI, ORG_TURKU_ETK } from './organizations.js';

export const DEMO_INFO_SERIES_ID = '5a1e0b6e-0c1f-4c3e-9d0a-600000000001';
/** The demo professional (Pekka Salonen) follows the series. */
const PROFESSIONAL_USER_ID = '5a1e0b6e-0c1f-4c3e-9d0a-400000000007';
/** Sessions: three held (…11–13) and two coming (…21–22). */
const PAST_SESSION_IDS = [
  '5a1e0b6e-0c1f-4c3e-9d0a-600000000011',
  '5a1e0b6e-0c1f-4c3e-9d0a-600000000012',
  '5a1e0b6e-0c1f-4c3e-9d0a-600000000013',
] as const;
const UPCOMING_SESSION_IDS = [
  '5a1e0b6e-0c1f-4c3e-9d0a-600000000021',
  '5a1e0b6e-0c1f-4c3e-9d0a-600000000022',
] as const;

const TITLE = {
  fi: 'Järjestöinfo – Päijät-Hämeen hyvinvointialueen perhepalvelut',
  sv: 'Organisationsinfo – familjetjänsterna i Päijänne-Tavastlands välfärdsområde',
  en: 'NGO info session – family services of the Päijät-Häme wellbeing services county',
};
const ONLINE_URL = 'https://teams.example.com/l/meetup-join/jarjestoinfo-paijat-hame';

/** Who presented (ACCEPTED) at each session held, in order, and how many took part. */
const PAST: readonly { presenters: readonly string[]; attendance: number }[] = [
  { presenters: [ORG_LAHTI, ORG_KESKI_SUOMI], attendance: 38 },
  { presenters: [ORG_TURKU_ETK, ORG_HELSINKIMISSIO], attendance: 27 },
  { presenters: [ORG_LAHTI, ORG_TURKU_ETK], attendance: 44 },
];
/** The invitations of the coming sessions. */
const UPCOMING: readonly { organizationId: string; status: 'ACCEPTED' | 'INVITED' }[][] = [
  [
    { organizationId: ORG_LAHTI, status: 'ACCEPTED' },
    { organizationId: ORG_KESKI_SUOMI, status: 'INVITED' },
  ],
  [{ organizationId: ORG_HELSINKIMISSIO, status: 'INVITED' }],
];

function monthStart(now: Date, months: number): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
  return date.toISOString().slice(0, 10);
}

/**
 * Järjestöinfot of the Päijät-Häme wellbeing area's family services (brief seed 003) in the
 * federation's network: the second Thursday of each month, 14:00–14:30, with a named facilitator and
 * backup; the last three sessions held (presenters, recording, attendance) and the next two with
 * their invitations. Dates are relative to the first seed; a series that exists is left alone.
 */
export async function seedInfoSeries(prisma: PrismaClient, now: Date): Promise<number> {
  const existing = await prisma.infoSeries.findUnique({ where: { id: DEMO_INFO_SERIES_ID } });
  if (existing) return 0;
  const slots = slotDates({
    weekday: 4,
    startTime: '14:00',
    durationMinutes: 30,
    from: monthStart(now, -4),
    to: monthStart(now, 4),
    nth: 2,
  });
  const past = slots.filter((slot) => slot.endsAt < now).slice(-PAST.length);
  const upcoming = slots.filter((slot) => slot.startsAt > now).slice(0, UPCOMING.length);
  const sessionData = (id: string, slot: { startsAt: Date; endsAt: Date }) => ({
    id,
    networkId: FEDERATION_ID,
    seriesId: DEMO_INFO_SERIES_ID,
    kind: 'INFO_SESSION' as const,
    audience: 'PROFESSIONALS' as const,
    status: 'PUBLISHED' as const,
    publishedAt: now,
    title: TITLE,
    languages: ['fi'],
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    lastEndsAt: slot.endsAt,
    isOnline: true,
    onlineUrl: ONLINE_URL,
  });
  await prisma.$transaction(async (tx) => {
    await tx.infoSeries.create({
      data: {
        id: DEMO_INFO_SERIES_ID,
        networkId: FEDERATION_ID,
        title: TITLE,
        description: {
          fi: 'Kuukausittainen 30 minuutin verkkotilaisuus, jossa kaksi järjestöä esittelee palvelunsa hyvinvointialueen perhepalvelujen ammattilaisille. Tilaisuudet tallennetaan, ja esitysmateriaalit jäävät tänne.',
          sv: 'Ett månatligt 30 minuters webbmöte där två organisationer presenterar sina tjänster för yrkesverksamma inom välfärdsområdets familjetjänster. Mötena spelas in och presentationerna sparas här.',
          en: 'A monthly 30-minute online session where two associations present their services to the professionals of the wellbeing area’s family services. Sessions are recorded and the slides are kept here.',
        },
        audienceNote: {
          fi: 'Päijät-Hämeen hyvinvointialueen perhepalvelujen ammattilaiset',
          sv: 'Yrkesverksamma inom familjetjänsterna i Päijänne-Tavastlands välfärdsområde',
          en: 'Professionals of the Päijät-Häme wellbeing services county’s family services',
        },
        wellbeingAreaCode: '09',
        weekday: 4,
        startTime: '14:00',
        durationMinutes: 30,
        presentersPerSession: 2,
        facilitatorName: 'Tiina Koskinen',
        backupName: 'Markus Rantanen',
        onlineUrl: ONLINE_URL,
      },
    });
    await tx.event.createMany({
      data: [
        ...past.map((slot, index) => ({
          ...sessionData(PAST_SESSION_IDS[index] ?? '', slot),
          recordingUrl: `https://video.example.com/jarjestoinfo/paijat-hame-${slot.startsAt.toISOString().slice(0, 7)}`,
          attendanceCount: PAST[index]?.attendance ?? null,
        })),
        ...upcoming.map((slot, index) => sessionData(UPCOMING_SESSION_IDS[index] ?? '', slot)),
      ],
    });
    await tx.infoPresentation.createMany({
      data: [
        ...past.flatMap((slot, index) =>
          (PAST[index]?.presenters ?? []).map((organizationId) => ({
            eventId: PAST_SESSION_IDS[index] ?? '',
            organizationId,
            status: 'ACCEPTED' as const,
            respondBy: new Date(slot.startsAt.getTime() - 14 * 86_400_000),
            respondedAt: new Date(slot.startsAt.getTime() - 20 * 86_400_000),
          })),
        ),
        ...upcoming.flatMap((slot, index) =>
          (UPCOMING[index] ?? []).map(({ organizationId, status }) => ({
            eventId: UPCOMING_SESSION_IDS[index] ?? '',
            organizationId,
            status,
            respondBy: new Date(
              Math.max(now.getTime() + 3 * 86_400_000, slot.startsAt.getTime() - 14 * 86_400_000),
            ),
            respondedAt: status === 'ACCEPTED' ? now : null,
          })),
        ),
      ],
    });
    await tx.infoSeriesSubscription.createMany({
      data: [{ seriesId: DEMO_INFO_SERIES_ID, userId: PROFESSIONAL_USER_ID }],
      skipDuplicates: true,
    });
  });
  return past.length + upcoming.length;
}
