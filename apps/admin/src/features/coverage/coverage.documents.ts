import { graphql, type ResultOf } from '../../gql';

export const CoverageQuery = graphql(`
  query Coverage($slug: String!, $filter: CoverageFilterInput!) {
    network(slug: $slug) {
      id
      coverage(filter: $filter) {
        dimension
        wellbeingAreaCode
        area {
          code
          kind
          name {
            fi
            sv
            en
          }
        }
        inPersonOnly
        acceptingOnly
        includeOtherProviders
        gapCount
        gapsWithoutOtherHelp
        rows {
          id
          label {
            fi
            sv
            en
          }
        }
        columns {
          code
          kind
          name {
            fi
            sv
            en
          }
        }
        cells {
          termId
          columnCode
          activeServices
          plannedDeliveries
          organizationIds
          otherProviders
        }
        organizations {
          id
          name
        }
      }
    }
  }
`);

export type CoverageMatrix = ResultOf<typeof CoverageQuery>['network']['coverage'];
