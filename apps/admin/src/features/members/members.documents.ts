import { graphql, type ResultOf } from '../../gql';

export const NetworkMembersQuery = graphql(`
  query NetworkMembers(
    $slug: String!
    $filter: MembershipFilterInput
    $first: Int
    $after: String
  ) {
    network(slug: $slug) {
      id
      members(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            role
            status
            since
            statusReason
            statusSince
            organization {
              id
              name
              businessId
            }
          }
        }
      }
    }
  }
`);

export const MembersFreshnessQuery = graphql(`
  query MembersFreshness($slug: String!) {
    network(slug: $slug) {
      id
      freshnessReport(first: 100) {
        edges {
          node {
            organizationId
            fresh
            dueForCheck
            stale
            hidden
          }
        }
      }
    }
  }
`);

export const MemberServicesQuery = graphql(`
  query MemberServices(
    $id: ID!
    $slug: String!
    $organizationId: ID!
    $first: Int
    $after: String
  ) {
    organization(id: $id) {
      id
      name
      businessId
      contactEmail
      contactPhone
      website
    }
    network(slug: $slug) {
      id
      services(
        filter: { organizationId: $organizationId, statuses: [DRAFT, PUBLISHED, ARCHIVED] }
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
            name {
              fi
              sv
              en
            }
            status
            freshness
            verifiedAt
            updatedAt
            workingRevision {
              id
              state
            }
          }
        }
      }
    }
  }
`);

const MembershipFields = graphql(`
  fragment MembershipFields on NetworkMembership {
    id
    status
    statusReason
    statusSince
  }
`);

export const SuspendMembershipMutation = graphql(
  `
    mutation SuspendMembership($input: ChangeMembershipInput!) {
      suspendNetworkMembership(input: $input) {
        ...MembershipFields
      }
    }
  `,
  [MembershipFields],
);

export const ReactivateMembershipMutation = graphql(
  `
    mutation ReactivateMembership($input: ChangeMembershipInput!) {
      reactivateNetworkMembership(input: $input) {
        ...MembershipFields
      }
    }
  `,
  [MembershipFields],
);

export const EndMembershipMutation = graphql(
  `
    mutation EndMembership($input: ChangeMembershipInput!) {
      endNetworkMembership(input: $input) {
        ...MembershipFields
      }
    }
  `,
  [MembershipFields],
);

export const CreateOrganizationMutation = graphql(`
  mutation CreateMemberOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
    }
  }
`);

export const InviteOrgAdminMutation = graphql(`
  mutation InviteOrganizationAdmin($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
    }
  }
`);

export type MemberRow = ResultOf<
  typeof NetworkMembersQuery
>['network']['members']['edges'][number]['node'];
