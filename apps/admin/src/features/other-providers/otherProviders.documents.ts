import { graphql, type ResultOf } from '../../gql';

export const OtherProvidersQuery = graphql(`
  query OtherProviders(
    $slug: String!
    $first: Int
    $after: String
    $filter: OtherProviderFilterInput
  ) {
    network(slug: $slug) {
      id
      taxonomy(first: 100) {
        edges {
          node {
            id
            kind
            label {
              fi
              sv
              en
            }
            archivedAt
          }
        }
      }
      otherProviders(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            description {
              fi
              sv
              en
            }
            phone
            chatUrl
            website
            isNationwide
            isOnline
            municipalityCodes
            wellbeingAreaCodes
            regionCodes
            municipalities {
              code
              name {
                fi
                sv
                en
              }
            }
            wellbeingAreas {
              code
              name {
                fi
                sv
                en
              }
            }
            openingHours {
              open247
            }
            checkedAt
            freshness
            archivedAt
            version
            terms {
              id
            }
          }
        }
      }
    }
  }
`);

export type OtherProviderRow = NonNullable<
  ResultOf<typeof OtherProvidersQuery>['network']
>['otherProviders']['edges'][number]['node'];

export const CreateOtherProviderMutation = graphql(`
  mutation CreateOtherProvider($input: CreateOtherProviderInput!) {
    createOtherProvider(input: $input) {
      id
    }
  }
`);

export const UpdateOtherProviderMutation = graphql(`
  mutation UpdateOtherProvider($input: UpdateOtherProviderInput!) {
    updateOtherProvider(input: $input) {
      id
      version
    }
  }
`);

export const MarkOtherProviderCheckedMutation = graphql(`
  mutation MarkOtherProviderChecked($id: ID!) {
    markOtherProviderChecked(id: $id) {
      id
      checkedAt
      freshness
    }
  }
`);

export const ArchiveOtherProviderMutation = graphql(`
  mutation ArchiveOtherProvider($id: ID!) {
    archiveOtherProvider(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreOtherProviderMutation = graphql(`
  mutation RestoreOtherProvider($id: ID!) {
    restoreOtherProvider(id: $id) {
      id
      archivedAt
    }
  }
`);

/** The regions (maakunnat) for the reach picker: reference data, 19 of them. */
export const RegionOptionsQuery = graphql(`
  query OtherProviderRegionOptions {
    regions(first: 30) {
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
