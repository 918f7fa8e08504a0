import { type FeedbackSurveyLink } from './feedbackQueries';
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

/** The signed-in person (a professional), asked with the network so the header shows it at once. */
export interface Me {
  id: string;
  name: string;
}

export interface NetworkData {
  /** Absent in older fixtures; null for everyone not signed in. */
  me?: Me | null;
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
    me { id name }
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
  me?: Me | null;
  networks: {
    edges: { node: { id: string; slug: string; name: string; description: LocalizedText } }[];
  };
}

export const NETWORKS_QUERY = /* GraphQL */ `
  query PortalNetworks {
    me { id name }
    networks(first: 50) { edges { node { id slug name description { ${L} } } } }
  }
`;

export interface MunicipalityNode {
  code: string;
  name: LocalizedText;
  /** Its wellbeing area (named where a search finds nothing: "services of the area"). */
  wellbeingArea?: { code: string; name: LocalizedText };
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
      wellbeingArea {
        code
        name {
          fi
          sv
          en
        }
      }
    }
  }
`;

export interface OpeningPeriod {
  days: string[];
  opens: string;
  closes: string;
}

/** What a result card needs of a delivery: how to reach it and when. */
export interface CardDelivery {
  contact: { phone: string | null; website: string | null };
  openingHours: { open247: boolean; periods: OpeningPeriod[] };
}

export interface ServiceCardData {
  id: string;
  responsibleOrganization: { id: string; name: string };
  /** Asked by the cross-network search only (the card then names the network). */
  network?: { id: string; slug: string; name: string };
  published: {
    name: LocalizedText;
    summary: LocalizedText;
    cost: 'FREE' | 'FEE';
    accessMode: 'SELF_REFERRAL' | 'PROFESSIONAL_REFERRAL' | 'BOTH';
    channels: Channel[];
    serviceLanguages: string[];
    ageMin: number | null;
    ageMax: number | null;
    contact?: { phone: string | null; website: string | null };
  } | null;
  /** The first active delivery serving `$municipalityCode`, and how many there are. */
  deliveries?: { totalCount: number; edges: { node: CardDelivery }[] };
}

/**
 * A result card: with the contact (the service's, and the first delivery serving the chosen
 * municipality) so the card shows how to get help at a glance. The API batches `deliveries` and
 * their areas with DataLoaders (a few queries per page of results, not per card). Needs
 * `$municipalityCode: String` in the query.
 *
 * Cost: the API refuses an operation estimated over 5000 (GRAPHQL_MAX_COST), a connection costing its
 * `first` times its selection. One delivery per card keeps a card at ~41, so 100 cards fit; the
 * facets (~39 per requested item, as they sit on the connection) are therefore asked only with the
 * first page (SEARCH_QUERY) and "load more" widens SEARCH_LIST_QUERY, which has none.
 */
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
    contact { phone website }
  }
  deliveries(first: 1, municipalityCode: $municipalityCode) {
    totalCount
    edges {
      node {
        contact { phone website }
        openingHours { open247 periods { days opens closes } }
      }
    }
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
    /** False: more services match than totalCount (a search reads a bounded number of matches). */
    totalCountExact?: boolean;
    /** False: the facet counts are of the first matches only (approximate). */
    facetsExact?: boolean;
    /** No service matched every word: these match some of them. */
    partialMatch: boolean;
    pageInfo: { hasNextPage: boolean };
    /** partialMatch: this service matches only some of the words (after those matching all). */
    edges: { partialMatch?: boolean; node: ServiceCardData }[];
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
  query PortalSearch($input: SearchServicesInput!, $first: Int!, $municipalityCode: String) {
    searchServices(input: $input, first: $first) {
      totalCount
      totalCountExact
      facetsExact
      partialMatch
      pageInfo { hasNextPage }
      edges { partialMatch node { ${CARD_FIELDS} } }
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

/** Results beyond the first page ("load more" widens `first`): the same search without facets. */
export interface SearchListData {
  searchServices: Omit<SearchData['searchServices'], 'facets'>;
}

export const SEARCH_LIST_QUERY = /* GraphQL */ `
  query PortalSearchList($input: SearchServicesInput!, $first: Int!, $municipalityCode: String) {
    searchServices(input: $input, first: $first) {
      totalCount
      totalCountExact
      partialMatch
      pageInfo { hasNextPage }
      edges { partialMatch node { ${CARD_FIELDS} } }
    }
  }
`;

/** The embeddable widget: the same search without facets. */
export const EMBED_QUERY = /* GraphQL */ `
  query PortalEmbed($input: SearchServicesInput!, $first: Int!, $municipalityCode: String) {
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
  periods: OpeningPeriod[];
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
    /** An OPEN feedback survey on the service (the "give feedback" link), or null. */
    openFeedbackSurvey: FeedbackSurveyLink | null;
    /** An OPEN referrer survey, given only to a signed-in professional of the network. */
    openReferrerFeedbackSurvey: FeedbackSurveyLink | null;
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
      openFeedbackSurvey { id title { ${L} } }
      openReferrerFeedbackSurvey { id title { ${L} } }
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

/** `/`: one search across every network, each result naming its network (no facets: themes are per network). */
export interface AllNetworksSearchData {
  searchServices: {
    totalCount: number;
    totalCountExact?: boolean;
    partialMatch: boolean;
    pageInfo: { hasNextPage: boolean };
    edges: {
      partialMatch?: boolean;
      node: ServiceCardData & { network: { id: string; slug: string; name: string } };
    }[];
  };
}

export const ALL_NETWORKS_SEARCH_QUERY = /* GraphQL */ `
  query PortalSearchAll($input: SearchServicesInput!, $first: Int!, $municipalityCode: String) {
    searchServices(input: $input, first: $first) {
      totalCount
      totalCountExact
      partialMatch
      pageInfo { hasNextPage }
      edges { partialMatch node { ${CARD_FIELDS} network { id slug name } } }
    }
  }
`;

/**
 * Counts of the ways out of an empty (or partial) result, in one round trip: the same words without
 * the municipality, everything offered in the municipality (its wellbeing area and nationwide), and
 * what can be reached by phone or chat there. Only `searchServices` fields, so the API's public
 * search cache keeps it.
 */
export interface AlternativesData {
  withoutPlace?: { totalCount: number };
  withoutFilters?: { totalCount: number };
  nearby?: { totalCount: number };
  remote?: { totalCount: number };
}

export const ALTERNATIVES_QUERY = /* GraphQL */ `
  query PortalAlternatives(
    $withoutPlace: SearchServicesInput!
    $withoutFilters: SearchServicesInput!
    $nearby: SearchServicesInput!
    $remote: SearchServicesInput!
    $skipWithoutPlace: Boolean!
    $skipWithoutFilters: Boolean!
    $skipNearby: Boolean!
  ) {
    withoutPlace: searchServices(input: $withoutPlace, first: 1) @skip(if: $skipWithoutPlace) {
      totalCount
    }
    withoutFilters: searchServices(input: $withoutFilters, first: 1)
      @skip(if: $skipWithoutFilters) {
      totalCount
    }
    nearby: searchServices(input: $nearby, first: 1) @skip(if: $skipNearby) {
      totalCount
    }
    remote: searchServices(input: $remote, first: 1) @skip(if: $skipNearby) {
      totalCount
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
