import { graphql, type ResultOf } from '../../gql';

/** Every network (slug and name): the workspaces of a platform admin. Public data. */
export const TenantDirectoryQuery = graphql(`
  query TenantDirectory {
    networks(first: 100) {
      edges {
        node {
          id
          slug
          name
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
      memberships(first: 50) {
        edges {
          node {
            id
            status
            network {
              id
              slug
              name
            }
          }
        }
      }
    }
  }
`);
