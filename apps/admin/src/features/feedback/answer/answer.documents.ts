import { graphql, type ResultOf } from '../../../gql';

/** What the list and the form read of a partner survey. */
export const PartnerSurveyFieldsFragment = graphql(`
  fragment PartnerSurveyFields on PartnerFeedbackSurvey {
    id
    networkId
    networkName
    organizationName
    answered
    openedAt
    title {
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

export type PartnerSurvey = ResultOf<typeof PartnerSurveyFieldsFragment>;

/** The OPEN partner surveys the signed-in person answers (for one of their organisations). */
export const PartnerFeedbackSurveysQuery = graphql(
  `
    query PartnerFeedbackSurveys($organizationId: ID, $first: Int, $after: String) {
      partnerFeedbackSurveys(organizationId: $organizationId, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...PartnerSurveyFields
          }
        }
      }
    }
  `,
  [PartnerSurveyFieldsFragment],
);

/** Whether there is any partner survey to show the navigation item for. */
export const PartnerFeedbackSurveyCountQuery = graphql(`
  query PartnerFeedbackSurveyCount($organizationId: ID) {
    partnerFeedbackSurveys(organizationId: $organizationId, first: 1) {
      totalCount
    }
  }
`);

export const PartnerFeedbackSurveyQuery = graphql(
  `
    query PartnerFeedbackSurvey($id: ID!) {
      partnerFeedbackSurvey(id: $id) {
        ...PartnerSurveyFields
      }
    }
  `,
  [PartnerSurveyFieldsFragment],
);

export const SubmitPartnerFeedbackMutation = graphql(`
  mutation SubmitPartnerFeedback($input: SubmitFeedbackInput!) {
    submitPartnerFeedback(input: $input) {
      received
    }
  }
`);
