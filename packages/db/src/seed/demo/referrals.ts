import { type PrismaClient } from '../../generated/prisma/client.js';

/** Lahti: Turvakoti, Väkivaltatyön avopalvelu; Ero lapsiperheessä® (services.ts). */
export const DEMO_SERVICE_TURVAKOTI = '5a1e0b6e-0c1f-4c3e-9d0a-400000000005';
export const DEMO_SERVICE_VAKIVALTATYO = '5a1e0b6e-0c1f-4c3e-9d0a-400000000006';
export const DEMO_SERVICE_ERO_LAPSIPERHEESSA = '5a1e0b6e-0c1f-4c3e-9d0a-400000000008';
/** The Turvakoti's delivery (the Päijät-Häme wellbeing area, 09). */
export const DEMO_DELIVERY_TURVAKOTI = '5a1e0b6e-0c1f-4c3e-9d0a-500000000006';

const VIOLENCE_REASONS = [
  {
    key: 'violence-at-home',
    label: {
      fi: 'Väkivaltaa kotona tai lähisuhteessa',
      sv: 'Våld i hemmet eller i en nära relation',
      en: 'Violence at home or in a close relationship',
    },
  },
  {
    key: 'threat-of-violence',
    label: {
      fi: 'Väkivallan uhka tai pelko',
      sv: 'Hot om våld eller rädsla',
      en: 'Threat or fear of violence',
    },
  },
  {
    key: 'after-crisis',
    label: {
      fi: 'Tuki kriisin jälkeen',
      sv: 'Stöd efter en kris',
      en: 'Support after a crisis',
    },
  },
];

/** Referral settings of a few demo services (issue 17): who takes referrals or contact requests. */
export const DEMO_REFERRAL_SETTINGS = [
  {
    serviceId: DEMO_SERVICE_TURVAKOTI,
    acceptsReferrals: true,
    acceptsContactRequests: false,
    reasons: VIOLENCE_REASONS,
  },
  {
    serviceId: DEMO_SERVICE_VAKIVALTATYO,
    acceptsReferrals: true,
    acceptsContactRequests: true,
    reasons: VIOLENCE_REASONS,
  },
  {
    serviceId: DEMO_SERVICE_ERO_LAPSIPERHEESSA,
    acceptsReferrals: false,
    acceptsContactRequests: true,
    reasons: [
      {
        key: 'separation',
        label: {
          fi: 'Ero tai eron harkinta',
          sv: 'Skilsmässa eller funderingar på skilsmässa',
          en: 'Separation or thinking about it',
        },
      },
    ],
  },
];

/** Inserts the settings (existing ones, e.g. edited in a development database, are kept). */
export async function seedReferralSettings(prisma: PrismaClient): Promise<number> {
  const existing = await prisma.service.findMany({
    where: { id: { in: DEMO_REFERRAL_SETTINGS.map((settings) => settings.serviceId) } },
    select: { id: true },
  });
  const ids = new Set(existing.map((service) => service.id));
  const { count } = await prisma.serviceReferralSettings.createMany({
    data: DEMO_REFERRAL_SETTINGS.filter((settings) => ids.has(settings.serviceId)),
    skipDuplicates: true,
  });
  return count;
}
