import { type FeedbackSurveyLink } from './feedbackQueries';
import { type LocalizedText } from './localized';

export type ReferralStatus = 'NEW' | 'OPENED' | 'ACCEPTED' | 'DECLINED' | 'CLOSED';
export type ReferralDeclineReason =
  'NO_CAPACITY' | 'NOT_ELIGIBLE' | 'WRONG_SERVICE' | 'CLIENT_UNREACHABLE' | 'DUPLICATE' | 'OTHER';

/** A referral as its referring professional sees it: the status, never notes or client details. */
export interface MyReferral {
  id: string;
  serviceId: string;
  /** The network the referral was made in (its pages' address). */
  networkSlug: string;
  serviceName: LocalizedText;
  organizationName: string;
  status: ReferralStatus;
  declineReason: ReferralDeclineReason | null;
  createdAt: string;
  decidedAt: string | null;
  /** The service's OPEN referrer survey (the API gives it to the network's professionals only). */
  openReferrerFeedbackSurvey: FeedbackSurveyLink | null;
}

export interface MyReferralsData {
  myReferrals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: MyReferral }[];
  };
}

export const MY_REFERRALS_QUERY = /* GraphQL */ `
  query PortalMyReferrals($first: Int!, $after: String) {
    myReferrals(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          serviceId
          networkSlug
          serviceName {
            fi
            sv
            en
          }
          organizationName
          status
          declineReason
          createdAt
          decidedAt
          openReferrerFeedbackSurvey {
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
  }
`;
