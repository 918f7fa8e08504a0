import { graphql, type ResultOf } from '../../gql';

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($slug: String!, $first: Int, $after: String) {
    network(slug: $slug) {
      id
      reviewQueue(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            isNewService
            submittedAt
            service {
              id
              name {
                fi
                sv
                en
              }
              responsibleOrganization {
                id
                name
              }
            }
            revision {
              id
              number
              changes {
                field
                locale
              }
            }
          }
        }
      }
    }
  }
`);

export type ReviewQueueRow = ResultOf<
  typeof ReviewQueueQuery
>['network']['reviewQueue']['edges'][number]['node'];

export const ReviewServiceQuery = graphql(`
  query ReviewService($id: ID!) {
    service(id: $id) {
      id
      status
      version
      name {
        fi
        sv
        en
      }
      network {
        id
        slug
      }
      responsibleOrganization {
        id
        name
      }
      publishedRevision {
        id
        number
      }
      workingRevision {
        id
        number
        state
        submittedAt
        reviewedAt
        returnReason
        outdatedTranslations {
          field
          locale
        }
        changes {
          field
          locale
          before
          after
        }
        content {
          summary {
            fi
          }
          targetGroups {
            id
          }
          ageMin
          ageMax
          channels
          path {
            position
          }
          contact {
            phone
            email
            website
          }
        }
      }
      deliveries(first: 100) {
        edges {
          node {
            id
            status
          }
        }
      }
    }
  }
`);

export type ReviewedService = ResultOf<typeof ReviewServiceQuery>['service'];
export type FieldChange = NonNullable<ReviewedService['workingRevision']>['changes'][number];
export type TranslationRef = NonNullable<
  ReviewedService['workingRevision']
>['outdatedTranslations'][number];

const ReviewResult = graphql(`
  fragment ReviewResult on Service {
    id
    status
    version
    updatedAt
    publishedRevision {
      id
      number
    }
    workingRevision {
      id
      state
      reviewedAt
      returnReason
    }
  }
`);

export const ApproveRevisionMutation = graphql(
  `
    mutation ApproveRevision($input: ApproveRevisionInput!) {
      approveServiceRevision(input: $input) {
        ...ReviewResult
      }
    }
  `,
  [ReviewResult],
);

export const ReturnRevisionMutation = graphql(
  `
    mutation ReturnRevision($input: ReturnRevisionInput!) {
      returnServiceRevision(input: $input) {
        ...ReviewResult
      }
    }
  `,
  [ReviewResult],
);
