import { graphql, type ResultOf } from '../../gql';

export const JobQueuesQuery = graphql(`
  query JobQueues($first: Int, $after: String) {
    jobQueues {
      name
      created
      retry
      active
      completed
      failed
      schedule
    }
    failedJobs(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          queue
          error
          attempts
          failedAt
        }
      }
    }
  }
`);

export type JobQueueRow = ResultOf<typeof JobQueuesQuery>['jobQueues'][number];
export type FailedJobRow = ResultOf<typeof JobQueuesQuery>['failedJobs']['edges'][number]['node'];

export const RetryJobMutation = graphql(`
  mutation RetryJob($id: ID!) {
    retryJob(id: $id) {
      id
    }
  }
`);
