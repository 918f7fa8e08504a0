import { graphql, type ResultOf } from '../../gql';

/** The choices of the results' filters: members, services, funders and wellbeing areas. */
export const ResultFilterOptionsQuery = graphql(`
  query ResultFilterOptions($slug: String!, $organizationId: ID, $withMembers: Boolean!) {
    network(slug: $slug) @include(if: $withMembers) {
      id
      members(first: 100, filter: { statuses: [ACTIVE, SUSPENDED] }) {
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
    services(filter: { networkSlug: $slug, organizationId: $organizationId }, first: 100) {
      edges {
        node {
          id
          name {
            fi
            sv
            en
          }
        }
      }
    }
    resultFunders(networkSlug: $slug, organizationId: $organizationId, first: 100) {
      edges {
        node {
          type
          funderName
        }
      }
    }
    wellbeingAreas(first: 30) {
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
export type ResultFilterOptions = ResultOf<typeof ResultFilterOptionsQuery>;
