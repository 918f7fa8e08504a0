import { type LocalizedText } from './localized';
import { L } from './queries';

/* The portal's documents for past info sessions (issue 15, "Järjestöinfot"): the professionals' archive
   page and a service page's "presented in" list. The API answers them only for the network's verified
   professionals, coordinators and member staff; the portal does not ask for an anonymous reader. */

export interface PastInfoSession {
  id: string;
  startsAt: string;
  endsAt: string;
  status: string;
  title: LocalizedText;
  recordingUrl: string | null;
  series: { id: string; title: LocalizedText };
  presentations: { id: string; status: string; organization: { id: string; name: string } }[];
  slides: {
    id: string;
    fileName: string;
    contentType: string;
    size: number;
    downloadUrl: string;
  }[];
}

export interface InfoSessionPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: PastInfoSession }[];
}

const SESSION_FIELDS = `
  id startsAt endsAt status title { ${L} } recordingUrl
  series { id title { ${L} } }
  presentations { id status organization { id name } }
  slides { id fileName contentType size downloadUrl }
`;

export interface PastInfoSessionsData {
  pastInfoSessions: InfoSessionPage;
}

export const PAST_INFO_SESSIONS_QUERY = /* GraphQL */ `
  query PortalPastInfoSessions(
    $networkSlug: String!
    $organizationId: ID
    $termId: ID
    $from: String
    $to: String
    $first: Int
    $after: String
  ) {
    pastInfoSessions(
      networkSlug: $networkSlug
      organizationId: $organizationId
      termId: $termId
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ${SESSION_FIELDS} } }
    }
  }
`;

export interface InfoSessionOrganizationsData {
  network: {
    id: string;
    members: { edges: { node: { id: string; organization: { id: string; name: string } } }[] };
  };
}

/** The network's member and partner organisations (the archive's organisation filter). */
export const INFO_SESSION_ORGANIZATIONS_QUERY = /* GraphQL */ `
  query PortalInfoSessionOrganizations($slug: String!) {
    network(slug: $slug) {
      id
      members(first: 100) {
        edges {
          node {
            id
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
`;

export interface PresentedSessionsData {
  organization: { id: string; name: string; presentedSessions: InfoSessionPage };
}

/** A service page's "presented in Järjestöinfo": its responsible organisation's latest sessions. */
export const PRESENTED_SESSIONS_QUERY = /* GraphQL */ `
  query PortalPresentedSessions($organizationId: ID!, $first: Int) {
    organization(id: $organizationId) {
      id
      name
      presentedSessions(first: $first) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ${SESSION_FIELDS} } }
      }
    }
  }
`;

/** Presenters a reader is shown: accepted presentations only (coordinators also get the invitations). */
export function presenters(session: {
  presentations: readonly { status: string; organization: { id: string; name: string } }[];
}): { id: string; name: string }[] {
  return session.presentations
    .filter((presentation) => presentation.status === 'ACCEPTED')
    .map((presentation) => presentation.organization);
}

export interface InfoSeriesSummary {
  id: string;
  title: LocalizedText;
  weekday: number;
  startTime: string;
  durationMinutes: number;
  isSubscribed: boolean;
  sessions: {
    edges: {
      node: {
        id: string;
        startsAt: string;
        presentations: {
          id: string;
          status: string;
          organization: { id: string; name: string };
        }[];
      };
    }[];
  };
}

export interface InfoSeriesListData {
  infoSeriesList: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: InfoSeriesSummary }[];
  };
}

/** The network's series with their next session, and whether the reader follows each one. */
export const INFO_SERIES_LIST_QUERY = /* GraphQL */ `
  query PortalInfoSeriesList($networkSlug: String!, $first: Int, $after: String) {
    infoSeriesList(networkSlug: $networkSlug, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id title { ${L} } weekday startTime durationMinutes isSubscribed
          sessions(upcoming: true, first: 1) {
            edges { node { id startsAt presentations { id status organization { id name } } } }
          }
        }
      }
    }
  }
`;

export const SUBSCRIBE_TO_INFO_SERIES_MUTATION = /* GraphQL */ `
  mutation PortalSubscribeToInfoSeries($seriesId: ID!) {
    subscribeToInfoSeries(seriesId: $seriesId) {
      id
      isSubscribed
    }
  }
`;

export const UNSUBSCRIBE_FROM_INFO_SERIES_MUTATION = /* GraphQL */ `
  mutation PortalUnsubscribeFromInfoSeries($seriesId: ID!) {
    unsubscribeFromInfoSeries(seriesId: $seriesId) {
      id
      isSubscribed
    }
  }
`;
