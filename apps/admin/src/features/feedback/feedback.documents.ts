import { graphql, type ResultOf } from '../../gql';

/** What a survey's list row, editor and results page read of it. */
export const FeedbackSurveyFieldsFragment = graphql(`
  fragment FeedbackSurveyFields on FeedbackSurvey {
    id
    networkId
    organizationId
    serviceId
    eventId
    status
    audience
    openedAt
    closedAt
    createdAt
    title {
      fi
      sv
      en
    }
    targetName {
      fi
      sv
      en
    }
    questions {
      id
      position
      kind
      text {
        fi
        sv
        en
      }
    }
  }
`);

export const FeedbackSurveysQuery = graphql(
  `
    query FeedbackSurveys($slug: String!, $organizationId: ID, $first: Int, $after: String) {
      feedbackSurveys(
        networkSlug: $slug
        organizationId: $organizationId
        first: $first
        after: $after
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...FeedbackSurveyFields
          }
        }
      }
    }
  `,
  [FeedbackSurveyFieldsFragment],
);

export type SurveyRow = ResultOf<typeof FeedbackSurveyFieldsFragment>;

export const FeedbackSurveyQuery = graphql(
  `
    query FeedbackSurvey($id: ID!) {
      feedbackSurvey(id: $id) {
        ...FeedbackSurveyFields
      }
    }
  `,
  [FeedbackSurveyFieldsFragment],
);

export const FeedbackResultsQuery = graphql(`
  query FeedbackResults($surveyId: ID!, $from: String, $to: String) {
    feedbackResults(surveyId: $surveyId, from: $from, to: $to) {
      surveyId
      responseCount
      averageScore
      questions {
        question {
          id
          position
          kind
          text {
            fi
            sv
            en
          }
        }
        answerCount
        averageScore
        counts {
          value
          count
        }
      }
    }
  }
`);

export type QuestionResult = ResultOf<
  typeof FeedbackResultsQuery
>['feedbackResults']['questions'][number];

export const FeedbackTextAnswersQuery = graphql(`
  query FeedbackTextAnswers($surveyId: ID!, $first: Int, $after: String) {
    feedbackTextAnswers(surveyId: $surveyId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          questionId
          respondedOn
          text
        }
      }
    }
  }
`);

/** What a survey may be on: the services and (from a year back) the events of the network or organisation. */
export const FeedbackTargetsQuery = graphql(`
  query FeedbackTargets($serviceFilter: ServiceFilterInput!, $eventFilter: EventFilterInput!) {
    services(filter: $serviceFilter, first: 100) {
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
    events(filter: $eventFilter, first: 100) {
      edges {
        node {
          id
          title {
            fi
            sv
            en
          }
        }
      }
    }
  }
`);

export const CreateFeedbackSurveyMutation = graphql(
  `
    mutation CreateFeedbackSurvey($input: CreateFeedbackSurveyInput!) {
      createFeedbackSurvey(input: $input) {
        ...FeedbackSurveyFields
      }
    }
  `,
  [FeedbackSurveyFieldsFragment],
);

export const UpdateFeedbackSurveyMutation = graphql(
  `
    mutation UpdateFeedbackSurvey($input: UpdateFeedbackSurveyInput!) {
      updateFeedbackSurvey(input: $input) {
        ...FeedbackSurveyFields
      }
    }
  `,
  [FeedbackSurveyFieldsFragment],
);

export const SetFeedbackSurveyStatusMutation = graphql(
  `
    mutation SetFeedbackSurveyStatus($id: ID!, $status: FeedbackSurveyStatus!) {
      setFeedbackSurveyStatus(input: { id: $id, status: $status }) {
        ...FeedbackSurveyFields
      }
    }
  `,
  [FeedbackSurveyFieldsFragment],
);
