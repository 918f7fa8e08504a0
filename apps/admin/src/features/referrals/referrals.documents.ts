import { graphql, type ResultOf } from '../../gql';

/** The inbox: no personal data (the list never reads `details`). Service names come from the organisation. */
export const OrganizationReferralsQuery = graphql(`
  query OrganizationReferrals(
    $organizationId: ID!
    $status: ReferralStatus
    $first: Int
    $after: String
  ) {
    organizationReferrals(
      organizationId: $organizationId
      status: $status
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          serviceId
          kind
          urgency
          status
          createdAt
        }
      }
    }
  }
`);

export type ReferralRow = ResultOf<
  typeof OrganizationReferralsQuery
>['organizationReferrals']['edges'][number]['node'];

/** The organisation's services in every state: the service's name and reason labels of each referral. */
export const ReferralServiceNamesQuery = graphql(`
  query ReferralServiceNames($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      services(first: 100, filter: { statuses: [DRAFT, PUBLISHED, ARCHIVED] }) {
        edges {
          node {
            id
            name {
              fi
              sv
              en
            }
            referralSettings {
              serviceId
              reasons {
                key
                label {
                  fi
                  sv
                  en
                }
              }
            }
          }
        }
      }
    }
  }
`);

const ReferralFactsFragment = graphql(`
  fragment ReferralFacts on Referral {
    id
    organizationId
    serviceId
    kind
    urgency
    status
    reasonKey
    contactMethod
    contactWindow
    municipalityCode
    municipality {
      code
      name {
        fi
        sv
        en
      }
    }
    hasConsent
    createdAt
    openedAt
    decidedAt
    declineReason
    firstContactAt
    closedAt
    erasedAt
  }
`);

/** One referral's status and facts, without the personal data. */
export const ReferralQuery = graphql(
  `
    query Referral($id: ID!) {
      referral(id: $id) {
        ...ReferralFacts
      }
    }
  `,
  [ReferralFactsFragment],
);

export type ReferralFacts = ResultOf<typeof ReferralFactsFragment>;

/** The personal data and the notes: every read is logged, so it is only sent when asked for. */
export const ReferralDetailsQuery = graphql(`
  query ReferralDetails($id: ID!, $first: Int, $after: String) {
    referral(id: $id) {
      id
      details {
        clientName
        clientPhone
        clientEmail
        message
        referrerName
        referrerEmail
        notes(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              text
              authorName
              createdAt
            }
          }
        }
      }
    }
  }
`);

export type ReferralDetails = ResultOf<typeof ReferralDetailsQuery>['referral']['details'];

export const ReferralReadLogQuery = graphql(`
  query ReferralReadLog($referralId: ID!, $first: Int, $after: String) {
    referralReadLog(referralId: $referralId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          actorLabel
          readAt
        }
      }
    }
  }
`);

export type ReadLogRow = ResultOf<
  typeof ReferralReadLogQuery
>['referralReadLog']['edges'][number]['node'];

export const OpenReferralMutation = graphql(
  `
    mutation OpenReferral($id: ID!) {
      openReferral(id: $id) {
        ...ReferralFacts
      }
    }
  `,
  [ReferralFactsFragment],
);

export const AcceptReferralMutation = graphql(
  `
    mutation AcceptReferral($id: ID!) {
      acceptReferral(id: $id) {
        ...ReferralFacts
      }
    }
  `,
  [ReferralFactsFragment],
);

export const DeclineReferralMutation = graphql(
  `
    mutation DeclineReferral($id: ID!, $reason: ReferralDeclineReason!) {
      declineReferral(id: $id, reason: $reason) {
        ...ReferralFacts
      }
    }
  `,
  [ReferralFactsFragment],
);

export const RecordFirstContactMutation = graphql(
  `
    mutation RecordFirstContact($id: ID!) {
      recordFirstContact(id: $id) {
        ...ReferralFacts
      }
    }
  `,
  [ReferralFactsFragment],
);

export const CloseReferralMutation = graphql(
  `
    mutation CloseReferral($id: ID!) {
      closeReferral(id: $id) {
        ...ReferralFacts
      }
    }
  `,
  [ReferralFactsFragment],
);

export const AddReferralNoteMutation = graphql(`
  mutation AddReferralNote($referralId: ID!, $text: String!) {
    addReferralNote(referralId: $referralId, text: $text) {
      id
      text
      authorName
      createdAt
    }
  }
`);

export const DECLINE_REASONS = [
  'NO_CAPACITY',
  'NOT_ELIGIBLE',
  'WRONG_SERVICE',
  'CLIENT_UNREACHABLE',
  'DUPLICATE',
  'OTHER',
] as const;
export const REFERRAL_STATUSES = ['NEW', 'OPENED', 'ACCEPTED', 'DECLINED', 'CLOSED'] as const;
