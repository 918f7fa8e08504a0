import { graphql, type ResultOf } from '../../gql';

export const ServiceAuditTrailQuery = graphql(`
  query ServiceAuditTrail($id: ID!, $first: Int, $after: String) {
    service(id: $id) {
      id
      name {
        fi
        sv
        en
      }
      auditTrail(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            action
            actorLabel
            note
            occurredAt
            changes {
              field
              locale
              before
              after
            }
          }
        }
      }
    }
  }
`);

export type AuditRow = ResultOf<
  typeof ServiceAuditTrailQuery
>['service']['auditTrail']['edges'][number]['node'];
