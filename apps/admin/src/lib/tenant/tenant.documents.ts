import { graphql, type ResultOf } from '../../gql';

/**
 * The networks, each with its members: names and slugs for the tenant switcher and the organisations'
 * networks. Public data. Bounded by the API's query cost limit (5000) to 10 networks × 40 members
 * until the API offers the person's workspaces directly (requested in /work/admin-api-contract.md).
 */
export const TenantDirectoryQuery = graphql(`
  query TenantDirectory {
    networks(first: 10) {
      edges {
        node {
          id
          slug
          name
          members(first: 40) {
            edges {
              node {
                status
                organization {
                  id
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

export type TenantDirectory = ResultOf<typeof TenantDirectoryQuery>;

export const NetworkTenantQuery = graphql(`
  query NetworkTenant($slug: String!) {
    network(slug: $slug) {
      id
      slug
      name
      brand {
        primaryColor
        logoUrl
      }
    }
  }
`);

export const OrganizationTenantQuery = graphql(`
  query OrganizationTenant($id: ID!) {
    organization(id: $id) {
      id
      name
    }
  }
`);
