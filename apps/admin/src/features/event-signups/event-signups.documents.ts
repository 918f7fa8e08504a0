import { graphql, type ResultOf } from '../../gql';

export const EventSignupsQuery = graphql(`
  query EventSignups($eventId: ID!, $first: Int, $after: String) {
    event(id: $eventId) {
      id
      title {
        fi
        sv
        en
      }
      startsAt
      signupEnabled
      capacity
      attendanceCount
      placesLeft
      signupCounts {
        confirmed
        waitlisted
        cancelled
        attended
      }
    }
    eventSignups(eventId: $eventId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          answer
          status
          hasAccount
          attended
          createdAt
          erasedAt
        }
      }
    }
  }
`);

export type SignupRow = ResultOf<typeof EventSignupsQuery>['eventSignups']['edges'][number]['node'];

export const MarkAttendanceMutation = graphql(`
  mutation MarkAttendance($signupId: ID!, $attended: Boolean) {
    markAttendance(signupId: $signupId, attended: $attended) {
      id
      attended
    }
  }
`);

export const SetEventAttendanceCountMutation = graphql(`
  mutation SetEventAttendanceCount($eventId: ID!, $count: Int) {
    setEventAttendanceCount(eventId: $eventId, count: $count) {
      id
      attendanceCount
    }
  }
`);
