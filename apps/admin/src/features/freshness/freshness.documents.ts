import { graphql, type ResultOf } from '../../gql';

export const ServicesDueForCheckQuery = graphql(`
  query ServicesDueForCheck($id: ID!, $first: Int, $after: String) {
    organization(id: $id) {
      id
      servicesDueForCheck(first: $first, after: $after) {
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
            freshness
            verifiedAt
            updatedAt
          }
        }
      }
    }
  }
`);

export const ConfirmStillValidMutation = graphql(`
  mutation ConfirmStillValid($id: ID!) {
    confirmServiceStillValid(id: $id) {
      id
      freshness
      verifiedAt
      version
    }
  }
`);

export type DueRow = ResultOf<
  typeof ServicesDueForCheckQuery
>['organization']['servicesDueForCheck']['edges'][number]['node'];
