import { graphql, type ResultOf } from '../../gql';

const FundingFields = graphql(`
  fragment FundingFields on FundingSource {
    id
    serviceId
    type
    funderName
    amount
    startsOn
    endsOn
    isPermanent
  }
`);

export const ServiceFundingQuery = graphql(
  `
    query ServiceFunding($id: ID!, $first: Int, $after: String) {
      service(id: $id) {
        id
        name {
          fi
          sv
          en
        }
      }
      serviceFundingSources(serviceId: $id, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...FundingFields
          }
        }
      }
    }
  `,
  [FundingFields],
);
export type FundingRow = ResultOf<
  typeof ServiceFundingQuery
>['serviceFundingSources']['edges'][number]['node'];

export const CreateFundingSourceMutation = graphql(
  `
    mutation CreateFundingSource($input: CreateFundingSourceInput!) {
      createFundingSource(input: $input) {
        ...FundingFields
      }
    }
  `,
  [FundingFields],
);

export const UpdateFundingSourceMutation = graphql(
  `
    mutation UpdateFundingSource($input: UpdateFundingSourceInput!) {
      updateFundingSource(input: $input) {
        ...FundingFields
      }
    }
  `,
  [FundingFields],
);

export const RemoveFundingSourceMutation = graphql(`
  mutation RemoveFundingSource($id: ID!) {
    removeFundingSource(id: $id) {
      id
    }
  }
`);
