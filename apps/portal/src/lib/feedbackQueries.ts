import { type LocalizedText } from './localized';

/** An OPEN survey as a service's or event's page links it (`openFeedbackSurvey`). */
export interface FeedbackSurveyLink {
  id: string;
  title: LocalizedText;
}

export type FeedbackQuestionKind = 'SCALE' | 'YES_NO' | 'TEXT';

export interface PublicFeedbackQuestion {
  id: string;
  kind: FeedbackQuestionKind;
  text: LocalizedText;
}

export interface PublicFeedbackSurvey {
  id: string;
  title: LocalizedText;
  questions: PublicFeedbackQuestion[];
  /** A referrer survey: whether the signed-in professional has answered it. */
  answered?: boolean | null;
}

export interface PublicFeedbackSurveyData {
  publicFeedbackSurvey: PublicFeedbackSurvey;
}

export interface ReferrerFeedbackSurveyData {
  referrerFeedbackSurvey: PublicFeedbackSurvey;
}

const SURVEY_FIELDS = /* GraphQL */ `
      id
      title {
        fi
        sv
        en
      }
      questions {
        id
        kind
        text {
          fi
          sv
          en
        }
      }
`;

/** A REFERRER survey: signed-in professionals of the network only, with whether they answered. */
export const REFERRER_FEEDBACK_SURVEY_QUERY = /* GraphQL */ `
  query PortalReferrerFeedbackSurvey($networkSlug: String!, $id: ID!) {
    referrerFeedbackSurvey(networkSlug: $networkSlug, id: $id) {
      ${SURVEY_FIELDS}
      answered
    }
  }
`;

export const SUBMIT_REFERRER_FEEDBACK_MUTATION = /* GraphQL */ `
  mutation PortalSubmitReferrerFeedback($input: SubmitFeedbackInput!) {
    submitReferrerFeedback(input: $input) {
      received
    }
  }
`;

export const PUBLIC_FEEDBACK_SURVEY_QUERY = /* GraphQL */ `
  query PortalFeedbackSurvey($networkSlug: String!, $id: ID!) {
    publicFeedbackSurvey(networkSlug: $networkSlug, id: $id) {
      id
      title {
        fi
        sv
        en
      }
      questions {
        id
        kind
        text {
          fi
          sv
          en
        }
      }
    }
  }
`;

export interface FeedbackAnswerInput {
  questionId: string;
  score?: number;
  yes?: boolean;
  text?: string;
}

export const SUBMIT_FEEDBACK_MUTATION = /* GraphQL */ `
  mutation PortalSubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      received
    }
  }
`;

/** Most characters a free-text answer takes (the API's limit). */
export const MAX_FEEDBACK_TEXT = 500;
