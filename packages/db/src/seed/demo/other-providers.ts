import { type PrismaClient } from '../../generated/prisma/client.js';
import { FEDERATION_ID, PERHELINJA_ID } from './networks.js';

/**
 * Other providers (issue 18, the "pie"): real national help outside the networks, with only the
 * contact details the issue or the domain brief gives (no invented numbers or links). The four
 * helplines fit both networks; Nettiturvakoti and the Ero lapsiperheessä® national chats are the
 * federation's own (its services, seed-004), so they are "other help" only for Perhelinja. The
 * fi/sv/en wording of the helplines is the portal's reviewed text (apps/portal/src/lib/helplines.ts).
 * Nettiturvakoti has no address in the sources, so it is listed without one.
 */
interface DemoOtherProvider {
  key: string;
  name: string;
  description: { fi: string; sv: string; en: string };
  phone?: string;
  website?: string;
  chatUrl?: string;
  open247?: boolean;
  hoursNote?: { fi: string; sv: string; en: string };
  isNationwide: boolean;
  isOnline: boolean;
  /** Term slugs `${kind}/${slug}`, looked up in each network's taxonomy (missing ones skipped). */
  terms: string[];
  networks: ('perhelinja' | 'federation')[];
}

export const DEMO_OTHER_PROVIDERS: readonly DemoOtherProvider[] = [
  {
    key: '01',
    name: 'Nollalinja',
    description: {
      fi: 'Lähisuhdeväkivaltaa tai sen uhkaa kokeneille ja heidän läheisilleen.',
      sv: 'För den som har utsatts för våld eller hot i en nära relation och för deras närstående.',
      en: 'For people who have experienced violence or threats in a close relationship, and those close to them.',
    },
    phone: '080 005 005',
    open247: true,
    isNationwide: true,
    isOnline: false,
    terms: [
      'THEME/lahisuhdevakivalta',
      'TARGET_GROUP/vakivaltaa-kokeneet',
      'TARGET_GROUP/laheiset',
    ],
    networks: ['perhelinja', 'federation'],
  },
  {
    key: '02',
    name: 'MLL:n Lasten ja nuorten puhelin',
    description: {
      fi: 'Lapsille ja nuorille, mistä tahansa asiasta, nimettömänä.',
      sv: 'För barn och unga, om vad som helst, anonymt.',
      en: 'For children and young people, about anything, anonymously.',
    },
    phone: '116 111',
    isNationwide: true,
    isOnline: false,
    terms: ['TARGET_GROUP/lapset', 'TARGET_GROUP/nuoret'],
    networks: ['perhelinja', 'federation'],
  },
  {
    key: '03',
    name: 'MIELI Kriisipuhelin',
    description: {
      fi: 'Keskusteluapua kriisissä, itsetuhoisiin ajatuksiin tai kun olo on raskas.',
      sv: 'Samtalsstöd i en kris, vid självmordstankar eller när allt känns tungt.',
      en: 'Someone to talk to in a crisis, with suicidal thoughts or when things feel too heavy.',
    },
    phone: '09 2525 0111',
    isNationwide: true,
    isOnline: false,
    terms: ['THEME/kriisi', 'THEME/jaksaminen'],
    networks: ['perhelinja', 'federation'],
  },
  {
    key: '04',
    name: 'Naisten Linja',
    description: {
      fi: 'Puhelinapua naisille ja tytöille, jotka ovat kokeneet väkivaltaa tai sen uhkaa.',
      sv: 'Telefonstöd för kvinnor och flickor som har utsatts för våld eller hot om våld.',
      en: 'Phone support for women and girls who have experienced violence or threats of violence.',
    },
    phone: '0800 02400',
    isNationwide: true,
    isOnline: false,
    terms: ['THEME/lahisuhdevakivalta', 'TARGET_GROUP/vakivaltaa-kokeneet'],
    networks: ['perhelinja', 'federation'],
  },
  {
    key: '05',
    name: 'Nettiturvakoti',
    description: {
      fi: 'Ensi- ja turvakotien liiton verkkopalvelu väkivallasta: tietoa sekä chat ammattilaisen tai vertaisen kanssa, nimettömänä. Lapsille, nuorille, aikuisille ja ammattilaisille.',
      sv: 'Förbundet för mödra- och skyddshems nättjänst om våld: information och chatt med en yrkesperson eller en kamrat, anonymt. För barn, unga, vuxna och yrkespersoner.',
      en: 'The Federation of Mother and Child Homes and Shelters’ online service about violence: information and chat with a professional or a peer, anonymously. For children, young people, adults and professionals.',
    },
    isNationwide: false,
    isOnline: true,
    terms: ['THEME/lahisuhdevakivalta'],
    networks: ['perhelinja'],
  },
  {
    key: '06',
    name: 'Ero lapsiperheessä® – valtakunnalliset chatit (Apua eroon)',
    description: {
      fi: 'Viikoittaiset valtakunnalliset chatit eroa harkitseville tai eron jälkeen vanhemmille sekä lapsille ja nuorille, nimettömänä.',
      sv: 'Veckovisa riksomfattande chattar för föräldrar som överväger skilsmässa eller har skilt sig samt för barn och unga, anonymt.',
      en: 'Weekly national chats for parents considering or after a separation, and for children and young people, anonymously.',
    },
    website: 'https://www.apuaeroon.fi',
    isNationwide: false,
    isOnline: true,
    terms: ['THEME/ero', 'TARGET_GROUP/vanhemmat', 'TARGET_GROUP/lapset', 'TARGET_GROUP/nuoret'],
    networks: ['perhelinja'],
  },
];

const NETWORK_IDS = { perhelinja: PERHELINJA_ID, federation: FEDERATION_ID } as const;
const ID_PREFIX = {
  perhelinja: '5a1e0b6e-0c1f-4c3e-9d0a-a00100000',
  federation: '5a1e0b6e-0c1f-4c3e-9d0a-a00200000',
};

export function demoOtherProviderId(network: 'perhelinja' | 'federation', key: string): string {
  return `${ID_PREFIX[network]}0${key}`;
}

/** Inserts the demo other providers (fixed ids, skipped when present). Returns how many were added. */
export async function seedOtherProviders(prisma: PrismaClient, now: Date): Promise<number> {
  const terms = await prisma.taxonomyTerm.findMany({
    where: { networkId: { in: Object.values(NETWORK_IDS) } },
  });
  const termId = (networkId: string, ref: string) =>
    terms.find((term) => term.networkId === networkId && `${term.kind}/${term.slug}` === ref)?.id;
  const rows = DEMO_OTHER_PROVIDERS.flatMap((provider) =>
    provider.networks.map((network) => ({ provider, network, networkId: NETWORK_IDS[network] })),
  );
  const created = await prisma.otherProvider.createMany({
    data: rows.map(({ provider, network, networkId }) => ({
      id: demoOtherProviderId(network, provider.key),
      networkId,
      name: provider.name,
      description: provider.description,
      phone: provider.phone ?? null,
      website: provider.website ?? null,
      chatUrl: provider.chatUrl ?? null,
      openingHours: {
        open247: provider.open247 ?? false,
        periods: [],
        note: provider.hoursNote ?? {},
      },
      isOpen247: provider.open247 ?? false,
      isNationwide: provider.isNationwide,
      isOnline: provider.isOnline,
      checkedAt: now,
    })),
    skipDuplicates: true,
  });
  await prisma.otherProviderTerm.createMany({
    data: rows.flatMap(({ provider, network, networkId }) =>
      provider.terms.flatMap((ref) => {
        const id = termId(networkId, ref);
        return id ? [{ providerId: demoOtherProviderId(network, provider.key), termId: id }] : [];
      }),
    ),
    skipDuplicates: true,
  });
  return created.count;
}
