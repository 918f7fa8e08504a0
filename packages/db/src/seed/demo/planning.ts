import { type PrismaClient } from '../../generated/prisma/client.js';
import { FEDERATION_ID, PERHELINJA_ID } from './networks.js';
import { ORG_LAHTI, ORG_TURKU_ETK } from './organizations.js';

/**
 * Deployment planning demo: deliveries being prepared for a new region, each with the network's
 * readiness checklist (the 13 Perhelinja steps, added to every network by the database) partly filled.
 * People are invented.
 */
export interface DemoPlannedDelivery {
  id: string;
  networkId: string;
  serviceId: string;
  organizationId: string;
  wellbeingAreaCodes: string[];
  startsOn: string;
  contact: { name?: string; email?: string; phone?: string };
  /** By checklist position (1-based); steps not listed stay NOT_STARTED. */
  steps: Record<
    number,
    { status: 'IN_PROGRESS' | 'DONE' | 'NOT_NEEDED'; ownerName?: string; notes?: string }
  >;
}

export const PLANNED_BABY_BLUES_KYMENLAAKSO = '5a1e0b6e-0c1f-4c3e-9d0a-500000000090';
export const PLANNED_KESKUSTELUAPU_SATAKUNTA = '5a1e0b6e-0c1f-4c3e-9d0a-500000000091';

export const DEMO_PLANNED_DELIVERIES: DemoPlannedDelivery[] = [
  {
    // Baby Blues of the Lahti association, planned for the Kymenlaakso wellbeing area.
    id: PLANNED_BABY_BLUES_KYMENLAAKSO,
    networkId: FEDERATION_ID,
    serviceId: '5a1e0b6e-0c1f-4c3e-9d0a-400000000002',
    organizationId: ORG_LAHTI,
    wellbeingAreaCodes: ['10'],
    startsOn: '2027-03-01',
    contact: { name: 'Baby Blues Kymenlaakso', email: 'babyblues@lahdenensijaturvakoti.example' },
    steps: {
      1: {
        status: 'DONE',
        ownerName: 'Anna Korhonen (toiminnanjohtaja)',
        notes: 'Hallitus hyväksyi laajennuksen strategiaan; rahoitus haettu STEAlta.',
      },
      2: {
        status: 'DONE',
        ownerName: 'Anna Korhonen (toiminnanjohtaja)',
        notes: 'Kaksi työntekijää Kouvolaan, työnohjaus Lahdesta.',
      },
      3: { status: 'DONE', notes: 'Päijät-Hämeen Baby Blues -kokemukset käyty läpi.' },
      4: {
        status: 'IN_PROGRESS',
        ownerName: 'Mikko Laine',
        notes:
          'Kotka ja Kouvola kartoitettu; Hamina ja Pyhtää kesken. Julkinen liikenne heikko pienissä kunnissa.',
      },
      5: { status: 'IN_PROGRESS', ownerName: 'Mikko Laine' },
      6: { status: 'DONE', notes: 'Palvelukuvaus julkaistu jo liiton verkostossa.' },
      8: {
        status: 'IN_PROGRESS',
        ownerName: 'Anna Korhonen (toiminnanjohtaja)',
        notes: 'Tapaaminen Kymenlaakson hyvinvointialueen perhekeskusten kanssa sovittu.',
      },
    },
  },
  {
    // Perhelinja's discussion help of the Turku association, planned for Satakunta.
    id: PLANNED_KESKUSTELUAPU_SATAKUNTA,
    networkId: PERHELINJA_ID,
    serviceId: '5a1e0b6e-0c1f-4c3e-9d0a-400000000021',
    organizationId: ORG_TURKU_ETK,
    wellbeingAreaCodes: ['06'],
    startsOn: '2027-01-15',
    contact: { name: 'Perhelinja Satakunta' },
    steps: {
      1: { status: 'DONE', ownerName: 'Liisa Mäkinen' },
      2: { status: 'DONE', ownerName: 'Liisa Mäkinen' },
      3: { status: 'NOT_NEEDED', notes: 'Sama malli toimii jo Varsinais-Suomessa.' },
      4: { status: 'IN_PROGRESS', ownerName: 'Jussi Nieminen', notes: 'Pori ja Rauma ensin.' },
    },
  },
];

/**
 * Writes the planned deliveries and their checklists. Idempotent: a planned delivery that exists is
 * left alone (also after it went live), and one whose service is missing is skipped.
 */
export async function seedPlannedDeliveries(prisma: PrismaClient): Promise<number> {
  let created = 0;
  for (const demo of DEMO_PLANNED_DELIVERIES) {
    const [delivery, service] = await Promise.all([
      prisma.serviceDelivery.findUnique({ where: { id: demo.id }, select: { id: true } }),
      prisma.service.findUnique({ where: { id: demo.serviceId }, select: { id: true } }),
    ]);
    if (delivery || !service) continue;
    await prisma.$transaction(async (tx) => {
      await tx.serviceDelivery.create({
        data: {
          id: demo.id,
          serviceId: demo.serviceId,
          organizationId: demo.organizationId,
          status: 'PLANNING',
          contact: demo.contact,
          startsOn: new Date(`${demo.startsOn}T00:00:00Z`),
          acceptingClients: false,
          areas: {
            create: demo.wellbeingAreaCodes.map((wellbeingAreaCode) => ({ wellbeingAreaCode })),
          },
        },
      });
      const template = await tx.readinessTemplateItem.findMany({
        where: { networkId: demo.networkId },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
      });
      await tx.readinessItem.createMany({
        data: template.map((step, index) => {
          const progress = demo.steps[index + 1];
          return {
            deliveryId: demo.id,
            templateItemId: step.id,
            position: index + 1,
            title: step.title ?? {},
            description: step.description ?? {},
            status: progress?.status ?? 'NOT_STARTED',
            ownerName: progress?.ownerName ?? null,
            notes: progress?.notes ?? null,
            updatedById: progress ? 'seed' : null,
            updatedByLabel: progress ? 'Linja demo seed' : null,
          };
        }),
      });
    });
    created += 1;
  }
  return created;
}
