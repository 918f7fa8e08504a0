import { graphql, type ResultOf } from '../../gql';

/** Every service of the network for its coordinators, filtered, sorted and paged by the API. */
export const NetworkServicesQuery = graphql(`
  query NetworkServices(
    $slug: String!
    $first: Int
    $after: String
    $orderBy: ServiceListOrder
    $filter: NetworkServiceListFilterInput
  ) {
    network(slug: $slug) {
      id
      allServices(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            freshness
            updatedAt
            createdAt
            name {
              fi
              sv
              en
            }
            responsibleOrganization {
              id
              name
            }
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

/** The choices of the organisation and area filters. */
export const NetworkServiceFilterOptionsQuery = graphql(`
  query NetworkServiceFilterOptions($slug: String!) {
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
    wellbeingAreas(first: 100) {
      edges {
        node {
          code
          name {
            fi
            sv
            en
          }
        }
      }
    }
  }
`);

export type NetworkServiceRow = ResultOf<
  typeof NetworkServicesQuery
>['network']['allServices']['edges'][number]['node'];
