import { graphql, type ResultOf } from '../../gql';

export const SupportContactsQuery = graphql(`
  query SupportContacts(
    $slug: String!
    $filter: SupportContactFilter
    $first: Int
    $after: String
  ) {
    supportContacts(networkSlug: $slug, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          contactedOn
          channel
          status
          followUpOn
          contactPerson
          note
          organization {
            id
            name
          }
          topics {
            id
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
`);
export type SupportContactRow = ResultOf<
  typeof SupportContactsQuery
>['supportContacts']['edges'][number]['node'];

export const SupportTopicsQuery = graphql(`
  query SupportTopics($slug: String!, $includeArchived: Boolean) {
    supportTopics(networkSlug: $slug, includeArchived: $includeArchived, first: 100) {
      totalCount
      edges {
        node {
          id
          slug
          position
          archivedAt
          label {
            fi
            sv
            en
          }
        }
      }
    }
  }
`);
export type SupportTopicRow = ResultOf<
  typeof SupportTopicsQuery
>['supportTopics']['edges'][number]['node'];

export const SupportMembersQuery = graphql(`
  query SupportMembers($slug: String!) {
    network(slug: $slug) {
      id
      members(first: 100) {
        edges {
          node {
            id
            role
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const SupportContactTrendQuery = graphql(`
  query SupportContactTrend($slug: String!, $fromYear: Int!, $toYear: Int!) {
    supportContactTrend(networkSlug: $slug, fromYear: $fromYear, toYear: $toYear) {
      years
      totals
      topics {
        topic {
          id
          label {
            fi
            sv
            en
          }
        }
        counts
      }
    }
  }
`);
export type SupportContactTrendData = ResultOf<
  typeof SupportContactTrendQuery
>['supportContactTrend'];

export const LogSupportContactMutation = graphql(`
  mutation LogSupportContact($input: LogSupportContactInput!) {
    logSupportContact(input: $input) {
      id
    }
  }
`);

export const UpdateSupportContactMutation = graphql(`
  mutation UpdateSupportContact($input: UpdateSupportContactInput!) {
    updateSupportContact(input: $input) {
      id
      contactedOn
      channel
      contactPerson
      note
    }
  }
`);

export const SetSupportContactStatusMutation = graphql(`
  mutation SetSupportContactStatus($input: SetSupportContactStatusInput!) {
    setSupportContactStatus(input: $input) {
      id
      status
      followUpOn
    }
  }
`);

export const CreateSupportTopicMutation = graphql(`
  mutation CreateSupportTopic($input: CreateSupportTopicInput!) {
    createSupportTopic(input: $input) {
      id
    }
  }
`);

export const ArchiveSupportTopicMutation = graphql(`
  mutation ArchiveSupportTopic($id: ID!) {
    archiveSupportTopic(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreSupportTopicMutation = graphql(`
  mutation RestoreSupportTopic($id: ID!) {
    restoreSupportTopic(id: $id) {
      id
      archivedAt
    }
  }
`);
