import { type LocalizedText } from './localized';

export type ReferralStatus = 'NEW' | 'OPENED' | 'ACCEPTED' | 'DECLINED' | 'CLOSED';
export type ReferralDeclineReason =
  'NO_CAPACITY' | 'NOT_ELIGIBLE' | 'WRONG_SERVICE' | 'CLIENT_UNREACHABLE' | 'DUPLICATE' | 'OTHER';

/** A referral as its referring professional sees it: the status, never notes or client details. */
export interface MyReferral {
  id: string;
  serviceId: string;
  serviceName: LocalizedText;
  organizationName: string;
  status: ReferralStatus;
  declineReason: ReferralDeclineReason | null;
  createdAt: string;
  decidedAt: string | null;
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
        }
      }
    }
  }
`;
