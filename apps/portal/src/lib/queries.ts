import { type LocalizedText } from './localized';
import { type Channel } from './searchState';

/*
 * The portal's GraphQL documents and the shapes it reads from them. urql's document cache keeps each
 * (query, variables) result for the page's life: the network shell is fetched once per network, and
 * going Back to a search shows it at once without asking the API again.
 */

export const L = 'fi sv en fiPlain';

export interface Term {
  id: string;
  slug: string;
  kind: 'THEME' | 'TARGET_GROUP';
  label: LocalizedText;
}

export interface NetworkData {
  network: {
    id: string;
    slug: string;
    name: string;
    description: LocalizedText;
    brand: { primaryColor: string | null; accentColor: string | null; logoUrl: string | null };
    contact: { phone: string | null; email: string | null; website: string | null };
    taxonomy: { edges: { node: Term }[] };
  };
}

export const NETWORK_QUERY = /* GraphQL */ `
  query PortalNetwork($slug: String!) {
    network(slug: $slug) {
      id
      slug
      name
      description { ${L} }
      brand { primaryColor accentColor logoUrl }
      contact { phone email website }
      taxonomy(first: 100) { edges { node { id slug kind label { ${L} } } } }
    }
  }
`;

export interface NetworksData {
  networks: {
    edges: { node: { id: string; slug: string; name: string; description: LocalizedText } }[];
  };
}

export const NETWORKS_QUERY = /* GraphQL */ `
  query PortalNetworks {
    networks(first: 50) { edges { node { id slug name description { ${L} } } } }
  }
`;

export interface MunicipalityNode {
  code: string;
  name: LocalizedText;
}

export const MUNICIPALITIES_QUERY = /* GraphQL */ `
  query PortalMunicipalities($search: String!) {
    municipalities(first: 8, filter: { search: $search }) {
      edges {
        node {
          code
          name {
            fi
            sv
          }
        }
      }
    }
  }
`;

export const MUNICIPALITY_QUERY = /* GraphQL */ `
  query PortalMunicipality($code: String!) {
    municipality(code: $code) {
      code
      name {
        fi
        sv
      }
    }
  }
`;

export interface ServiceCardData {
  id: string;
  responsibleOrganization: { id: string; name: string };
  published: {
    name: LocalizedText;
    summary: LocalizedText;
    cost: 'FREE' | 'FEE';
    accessMode: 'SELF_REFERRAL' | 'PROFESSIONAL_REFERRAL' | 'BOTH';
    channels: Channel[];
    serviceLanguages: string[];
    ageMin: number | null;
    ageMax: number | null;
  } | null;
}

const CARD_FIELDS = `
  id
  responsibleOrganization { id name }
  published {
    name { ${L} }
    summary { ${L} }
    cost
    accessMode
    channels
    serviceLanguages
    ageMin
    ageMax
  }
`;

export interface TermFacet {
  termId: string;
  count: number;
  term: Term | null;
}

export interface SearchData {
  searchServices: {
    totalCount: number;
    /** No service matched every word: these match some of them. */
    partialMatch: boolean;
    pageInfo: { hasNextPage: boolean };
    edges: { node: ServiceCardData }[];
    facets: {
      themes: TermFacet[];
      targetGroups: TermFacet[];
      languages: { language: string; count: number }[];
      channels: { channel: Channel; count: number }[];
      freeOfCharge: { value: boolean; count: number }[];
      acceptingClients: { value: boolean; count: number }[];
    };
  };
}

export const SEARCH_QUERY = /* GraphQL */ `
  query PortalSearch($input: SearchServicesInput!, $first: Int!) {
    searchServices(input: $input, first: $first) {
      totalCount
      partialMatch
      pageInfo { hasNextPage }
      edges { node { ${CARD_FIELDS} } }
      facets {
        themes { termId count term { id slug kind label { ${L} } } }
        targetGroups { termId count term { id slug kind label { ${L} } } }
        languages { language count }
        channels { channel count }
        freeOfCharge { value count }
        acceptingClients { value count }
      }
    }
  }
`;

/** The embeddable widget: the same search without facets. */
export const EMBED_QUERY = /* GraphQL */ `
  query PortalEmbed($input: SearchServicesInput!, $first: Int!) {
    searchServices(input: $input, first: $first) {
      totalCount
      pageInfo { hasNextPage }
      edges { node { ${CARD_FIELDS} } }
    }
  }
`;

export interface OpeningHours {
  open247: boolean;
  note: LocalizedText;
  periods: { days: string[]; opens: string; closes: string }[];
}

export interface Delivery {
  id: string;
  acceptingClients: boolean;
  isRemote: boolean;
  isNationwide: boolean;
  isAnonymous: boolean;
  hasOnlineBooking: boolean;
  organization: { id: string; name: string };
  contact: {
    name: string | null;
    phone: string | null;
    email: string | null;
    website: string | null;
  };
  openingHours: OpeningHours;
  locations: {
    id: string;
    name: string | null;
    streetAddress: string;
    postalCode: string;
    postOffice: string;
    accessibility: LocalizedText;
  }[];
  municipalities: { code: string; name: LocalizedText }[];
  wellbeingAreas: { code: string; name: LocalizedText }[];
  regions: { code: string; name: LocalizedText }[];
}

export interface ServiceData {
  me: { id: string; name: string } | null;
  service: {
    id: string;
    network: { slug: string };
    responsibleOrganization: { id: string; name: string; website: string | null };
    published: {
      name: LocalizedText;
      summary: LocalizedText;
      description: LocalizedText;
      accessMode: 'SELF_REFERRAL' | 'PROFESSIONAL_REFERRAL' | 'BOTH';
      cost: 'FREE' | 'FEE';
      costNote: LocalizedText;
      ageMin: number | null;
      ageMax: number | null;
      channels: Channel[];
      serviceLanguages: string[];
      contact: {
        phone: string | null;
        email: string | null;
        website: string | null;
        note: LocalizedText;
      };
      targetGroups: Term[];
      themes: Term[];
      path: { position: number; title: LocalizedText; description: LocalizedText }[];
      professionalInfo: {
        eligibility: LocalizedText;
        howToRefer: LocalizedText;
        whatHappensNext: LocalizedText;
      } | null;
    } | null;
    deliveries: { totalCount: number; edges: { node: Delivery }[] };
  };
}

export const SERVICE_QUERY = /* GraphQL */ `
  query PortalService($id: ID!, $municipalityCode: String) {
    me { id name }
    service(id: $id) {
      id
      network { slug }
      responsibleOrganization { id name website }
      published {
        name { ${L} }
        summary { ${L} }
        description { ${L} }
        accessMode
        cost
        costNote { ${L} }
        ageMin
        ageMax
        channels
        serviceLanguages
        contact { phone email website note { ${L} } }
        targetGroups { id slug kind label { ${L} } }
        themes { id slug kind label { ${L} } }
        path { position title { ${L} } description { ${L} } }
        professionalInfo {
          eligibility { ${L} }
          howToRefer { ${L} }
          whatHappensNext { ${L} }
        }
      }
      deliveries(first: 20, municipalityCode: $municipalityCode) {
        totalCount
        edges {
          node {
            id
            acceptingClients
            isRemote
            isNationwide
            isAnonymous
            hasOnlineBooking
            organization { id name }
            contact { name phone email website }
            openingHours { open247 note { ${L} } periods { days opens closes } }
            locations { id name streetAddress postalCode postOffice accessibility { ${L} } }
            municipalities { code name { fi sv } }
            wellbeingAreas { code name { fi sv en } }
            regions { code name { fi sv en } }
          }
        }
      }
    }
  }
`;

export const SIGN_IN_MUTATION = /* GraphQL */ `
  mutation PortalSignIn($email: String!, $password: String!, $totpCode: String) {
    signIn(email: $email, password: $password, totpCode: $totpCode) {
      status
      user {
        id
        name
      }
    }
  }
`;

export const SIGN_OUT_MUTATION = /* GraphQL */ `
  mutation PortalSignOut {
    signOut
  }
`;
