import { type Language } from '@linja/ui';
import { useQuery } from 'urql';
import { useLanguage } from './language';

/**
 * Help outside the network (issue 18, the "pie"): `Network.otherHelp` for a search, and the section's
 * fi/sv/en texts. Shown apart from the network's own services and never counted with them.
 */
export const OTHER_HELP_QUERY = /* GraphQL */ `
  query PortalOtherHelp(
    $slug: String!
    $municipalityCode: String
    $themeIds: [ID!]
    $targetGroupIds: [ID!]
    $first: Int
  ) {
    network(slug: $slug) {
      id
      otherHelp(
        municipalityCode: $municipalityCode
        themeIds: $themeIds
        targetGroupIds: $targetGroupIds
        first: $first
      ) {
        totalCount
        edges {
          node {
            id
            name
            description {
              fi
              sv
              en
            }
            phone
            chatUrl
            website
            openingHours {
              open247
            }
          }
        }
      }
    }
  }
`;

export interface OtherHelpProvider {
  id: string;
  name: string;
  description: { fi: string | null; sv: string | null; en: string | null };
  phone: string | null;
  chatUrl: string | null;
  website: string | null;
  openingHours: { open247: boolean };
}

interface OtherHelpData {
  network: {
    id: string;
    otherHelp: { totalCount: number; edges: { node: OtherHelpProvider }[] };
  } | null;
}

export interface OtherHelpSearch {
  networkSlug: string;
  municipality: string | null;
  themes: readonly string[];
  targetGroups: readonly string[];
}

/** The query's variables for a search (also what lib/prefetch.ts asks at start-up). */
export function otherHelpVariables(search: OtherHelpSearch | null) {
  return {
    slug: search?.networkSlug ?? '',
    municipalityCode: search?.municipality ?? undefined,
    themeIds: search?.themes.length ? [...search.themes] : undefined,
    targetGroupIds: search?.targetGroups.length ? [...search.targetGroups] : undefined,
    first: 10,
  };
}

/** The fitting providers (at most 10), or null while loading or on an error. */
export function useOtherHelp(search: OtherHelpSearch | null): OtherHelpProvider[] | null {
  const [{ data }] = useQuery<OtherHelpData>({
    query: OTHER_HELP_QUERY,
    variables: otherHelpVariables(search),
    pause: search === null,
  });
  return data?.network ? data.network.otherHelp.edges.map((edge) => edge.node) : null;
}

const TEXTS = {
  fi: {
    heading: (network: string) => `Muuta apua (ei osa ${network}-verkostoa)`,
    nearbyHeading: (network: string) => `Muuta apua lähellä (ei osa ${network}-verkostoa)`,
    nearbyHint: 'Valitse kunta yltä, niin näet myös paikallisen avun.',
    intro: (network: string) =>
      `Nämä palvelut eivät kuulu ${network}-verkostoon. ${network} ei vastaa niiden tiedoista.`,
    call: 'Soita',
    chat: 'Chat',
    website: 'Verkkosivu',
    open247: 'Auki ympäri vuorokauden',
    noContact: 'Yhteystietoja ei ole saatavilla.',
  },
  sv: {
    heading: (network: string) => `Annan hjälp (inte en del av nätverket ${network})`,
    nearbyHeading: (network: string) =>
      `Annan hjälp i närheten (inte en del av nätverket ${network})`,
    nearbyHint: 'Välj en kommun ovan, så ser du också lokal hjälp.',
    intro: (network: string) =>
      `Dessa tjänster hör inte till nätverket ${network}. ${network} ansvarar inte för uppgifterna om dem.`,
    call: 'Ring',
    chat: 'Chatt',
    website: 'Webbplats',
    open247: 'Öppet dygnet runt',
    noContact: 'Inga kontaktuppgifter finns.',
  },
  en: {
    heading: (network: string) => `Other help (not part of ${network})`,
    nearbyHeading: (network: string) => `Other help nearby (not part of ${network})`,
    nearbyHint: 'Choose a municipality above to see local help too.',
    intro: (network: string) =>
      `These services are not part of ${network}. ${network} is not responsible for their details.`,
    call: 'Call',
    chat: 'Chat',
    website: 'Website',
    open247: 'Open 24/7',
    noContact: 'No contact details available.',
  },
} satisfies Record<Language, unknown>;

export type OtherHelpTexts = (typeof TEXTS)['en'];

export function useOtherHelpTexts(): OtherHelpTexts {
  return TEXTS[useLanguage()];
}
