import { graphql, type ResultOf } from '../../gql';

export const InfoSeriesListQuery = graphql(`
  query InfoSeriesList($slug: String!, $first: Int, $after: String) {
    infoSeriesList(networkSlug: $slug, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title {
            fi
            sv
            en
          }
          weekday
          startTime
          durationMinutes
          presentersPerSession
          facilitatorName
          backupName
          canManage
        }
      }
    }
  }
`);
export type InfoSeriesRow = ResultOf<
  typeof InfoSeriesListQuery
>['infoSeriesList']['edges'][number]['node'];

export const CreateInfoSeriesMutation = graphql(`
  mutation CreateInfoSeries($input: CreateInfoSeriesInput!) {
    createInfoSeries(input: $input) {
      id
    }
  }
`);

export const InfoSeriesBoardQuery = graphql(`
  query InfoSeriesBoard($id: ID!, $slug: String!, $upcomingAfter: String, $pastAfter: String) {
    infoSeries(id: $id) {
      id
      title {
        fi
        sv
        en
      }
      weekday
      startTime
      durationMinutes
      presentersPerSession
      facilitatorName
      backupName
      onlineUrl
      canManage
      isSubscribed
      upcoming: sessions(upcoming: true, first: 20, after: $upcomingAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            startsAt
            endsAt
            status
            recordingUrl
            attendanceCount
            presentations {
              id
              status
              respondBy
              declineReason
              organization {
                id
                name
              }
            }
            slides {
              id
              fileName
              size
              downloadUrl
            }
          }
        }
      }
      past: sessions(upcoming: false, first: 20, after: $pastAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            startsAt
            endsAt
            status
            recordingUrl
            attendanceCount
            presentations {
              id
              status
              respondBy
              declineReason
              organization {
                id
                name
              }
            }
            slides {
              id
              fileName
              size
              downloadUrl
            }
          }
        }
      }
    }
    network(slug: $slug) {
      id
      members(first: 100, filter: { roles: [MEMBER, PARTNER], statuses: [ACTIVE] }) {
        edges {
          node {
            id
            role
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
`);
export type InfoSeriesBoard = NonNullable<ResultOf<typeof InfoSeriesBoardQuery>['infoSeries']>;
export type SessionRow = InfoSeriesBoard['upcoming']['edges'][number]['node'];
export type PresentationRow = SessionRow['presentations'][number];

export const PlanTermMutation = graphql(`
  mutation PlanInfoSeriesTerm($input: PlanInfoSeriesTermInput!) {
    planInfoSeriesTerm(input: $input) {
      id
    }
  }
`);

export const InvitePresenterMutation = graphql(`
  mutation InvitePresenter($input: InvitePresenterInput!) {
    invitePresenter(input: $input) {
      id
      status
    }
  }
`);

export const WithdrawPresentationMutation = graphql(`
  mutation WithdrawPresentation($id: ID!) {
    withdrawPresentation(id: $id) {
      id
      status
    }
  }
`);

export const SetSessionRecordingMutation = graphql(`
  mutation SetSessionRecording($input: SetSessionRecordingInput!) {
    setSessionRecording(input: $input) {
      id
      recordingUrl
      attendanceCount
    }
  }
`);

export const MyPresentationInvitationsQuery = graphql(`
  query MyPresentationInvitations($first: Int, $after: String) {
    myPresentationInvitations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          respondBy
          organization {
            id
            name
          }
          session {
            id
            startsAt
            endsAt
            title {
              fi
              sv
              en
            }
            series {
              id
              facilitatorName
            }
          }
        }
      }
    }
  }
`);
export type InvitationRow = ResultOf<
  typeof MyPresentationInvitationsQuery
>['myPresentationInvitations']['edges'][number]['node'];

export const RespondToPresentationMutation = graphql(`
  mutation RespondToPresentation($input: RespondToPresentationInput!) {
    respondToPresentation(input: $input) {
      id
      status
      declineReason
    }
  }
`);

export const SubscribeToInfoSeriesMutation = graphql(`
  mutation SubscribeToInfoSeries($seriesId: ID!) {
    subscribeToInfoSeries(seriesId: $seriesId) {
      id
      isSubscribed
    }
  }
`);

export const UnsubscribeFromInfoSeriesMutation = graphql(`
  mutation UnsubscribeFromInfoSeries($seriesId: ID!) {
    unsubscribeFromInfoSeries(seriesId: $seriesId) {
      id
      isSubscribed
    }
  }
`);
