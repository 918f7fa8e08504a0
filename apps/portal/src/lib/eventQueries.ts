import { type FeedbackSurveyLink } from './feedbackQueries';
import { type LocalizedText } from './localized';
import { L, type MunicipalityNode } from './queries';

/* The portal's event documents (issue 15): the events page, the event page, a service's events. */

export type EventAudience = 'PUBLIC' | 'PROFESSIONALS' | 'MEMBERS';
export type EventKind = 'INFO_SESSION' | 'GROUP' | 'PUBLIC_EVENT' | 'WEBINAR' | 'TRAINING';

export interface EventOccurrence {
  startsAt: string;
  endsAt: string;
}

export interface EventListNode {
  id: string;
  kind: EventKind;
  audience: EventAudience;
  status: string;
  title: LocalizedText;
  isOnline: boolean;
  placeName: string | null;
  postOffice: string | null;
  municipality: Pick<MunicipalityNode, 'code' | 'name'> | null;
  occurrences: EventOccurrence[];
}

export interface EventsData {
  events: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: EventListNode }[];
  };
}

const LIST_FIELDS = `
  id kind audience status title { ${L} } isOnline placeName postOffice
  municipality { code name { fi sv } }
  occurrences(from: $from, to: $to) { startsAt endsAt }
`;

export const EVENTS_QUERY = /* GraphQL */ `
  query PortalEvents($filter: EventFilterInput!, $from: DateTime, $to: DateTime, $first: Int) {
    events(filter: $filter, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ${LIST_FIELDS} } }
    }
  }
`;

export interface EventDetail extends EventListNode {
  description: LocalizedText;
  startsAt: string;
  endsAt: string;
  recurrence: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  accessibility: LocalizedText;
  onlineUrl: string | null;
  cost: 'FREE' | 'FEE';
  costNote: LocalizedText;
  ageMin: number | null;
  ageMax: number | null;
  languages: string[];
  meetingCount: number | null;
  cancelReason: string | null;
  signupEnabled: boolean;
  network: { slug: string; name: string };
  organization: { id: string; name: string; website: string | null } | null;
  service: { id: string; published: { name: LocalizedText } | null } | null;
  themes: { id: string; label: LocalizedText }[];
  /** An OPEN feedback survey on the event (the "give feedback" link), or null. */
  openFeedbackSurvey: FeedbackSurveyLink | null;
}

export interface EventData {
  event: EventDetail;
}

export const EVENT_QUERY = /* GraphQL */ `
  query PortalEvent($id: ID!, $from: DateTime, $to: DateTime) {
    event(id: $id) {
      ${LIST_FIELDS}
      description { ${L} }
      startsAt endsAt recurrence
      streetAddress postalCode
      accessibility { ${L} }
      onlineUrl
      cost costNote { ${L} }
      ageMin ageMax languages meetingCount cancelReason signupEnabled
      network { slug name }
      organization { id name website }
      service { id published { name { ${L} } } }
      themes { id label { ${L} } }
      openFeedbackSurvey { id title { ${L} } }
    }
  }
`;

/** A service's upcoming events (the service page's short list). */
export const SERVICE_EVENTS_QUERY = /* GraphQL */ `
  query PortalServiceEvents($filter: EventFilterInput!, $from: DateTime, $to: DateTime, $first: Int) {
    events(filter: $filter, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ${LIST_FIELDS} } }
    }
  }
`;
