import { FEDERATION_ID, ORG_LAHTI, ORG_TURKU_ETK, PrismaClient } from '@linja/db';

import { startTestApp, type TestApp } from '../../helpers/test-app';
import { gql, signIn } from '../identity/identity-kit';

export { FEDERATION_ID, ORG_LAHTI, ORG_TURKU_ETK };

/** Demo data (packages/db/src/seed/demo/referrals.ts): Lahti's Turvakoti takes referrals. */
export const TURVAKOTI = '5a1e0b6e-0c1f-4c3e-9d0a-400000000005';
export const TURVAKOTI_DELIVERY = '5a1e0b6e-0c1f-4c3e-9d0a-500000000006';
/** Väkivaltatyön avopalvelu (Lahti) takes referrals and contact requests. */
export const VAKIVALTATYO = '5a1e0b6e-0c1f-4c3e-9d0a-400000000006';
export const PROFESSIONAL_EMAIL = 'ammattilainen@hyvinvointialue.example';
export const LAHTI_STAFF = ['toimittaja@lahti.example', 'yllapitaja@lahti.example'];
export const LAHTI_ADMIN = `org-admin:${ORG_LAHTI}`;
export const LAHTI_EDITOR = `editor:${ORG_LAHTI}`;
export const TURKU_ADMIN = `org-admin:${ORG_TURKU_ETK}`;
export const FEDERATION_COORDINATOR = `coordinator:${FEDERATION_ID}`;

export const CREATE_REFERRAL = /* GraphQL */ `
  mutation Create($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      status
    }
  }
`;
export const CREATE_CONTACT_REQUEST = /* GraphQL */ `
  mutation Contact($input: CreateContactRequestInput!) {
    createContactRequest(input: $input) {
      id
      status
    }
  }
`;
export const DETAILS = /* GraphQL */ `
  query Details($id: ID!) {
    referral(id: $id) {
      id
      status
      details {
        clientName
        clientPhone
        clientEmail
        message
        notes(first: 10) {
          totalCount
          edges {
            node {
              text
            }
          }
        }
      }
    }
  }
`;
export const STATUS = /* GraphQL */ `
  query Status($id: ID!) {
    referral(id: $id) {
      id
      status
    }
  }
`;
export const ACT = (operation: string) => /* GraphQL */ `
  mutation Act($id: ID!) {
    ${operation}(id: $id) {
      id
      status
    }
  }
`;
export const DECLINE = /* GraphQL */ `
  mutation Decline($id: ID!) {
    declineReferral(id: $id, reason: NO_CAPACITY) {
      id
      status
    }
  }
`;
export const READ_LOG = /* GraphQL */ `
  query Log($id: ID!) {
    referralReadLog(referralId: $id, first: 50) {
      totalCount
      edges {
        node {
          actorLabel
        }
      }
    }
  }
`;
export const COUNTS = /* GraphQL */ `
  query Counts($slug: String!, $from: String!, $to: String!) {
    networkReferralCounts(networkSlug: $slug, from: $from, to: $to) {
      total
      rows {
        serviceId
        status
        count
      }
    }
  }
`;

export const CLIENT = {
  clientName: 'Maija Meikäläinen',
  clientPhone: '+358 40 765 4321',
  clientEmail: 'maija.meikalainen@example.fi',
  message: 'Asiakas toivoo soittoa aamupäivällä.',
};

export function referralInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    serviceId: TURVAKOTI,
    deliveryId: TURVAKOTI_DELIVERY,
    municipalityCode: '398',
    reasonKey: 'violence-at-home',
    urgency: 'SOON',
    contactMethod: 'PHONE',
    contactWindow: 'MORNING',
    consentConfirmed: true,
    ...CLIENT,
    ...overrides,
  };
}

export interface ReferralTestApp {
  readonly api: TestApp;
  readonly prisma: PrismaClient;
  /** The demo professional's session cookie. */
  readonly professional: string;
  call<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: { as?: string; cookie?: string; from?: string },
  ): ReturnType<typeof gql<T>>;
  close(): Promise<void>;
}

export async function startReferralTestApp(): Promise<ReferralTestApp> {
  const api = await startTestApp({ PUBLIC_BASE_URL: 'https://linja.test' });
  const professional = await signIn(api.baseUrl, PROFESSIONAL_EMAIL);
  return {
    api,
    prisma: api.app.get(PrismaClient),
    professional,
    call: (query, variables = {}, as = {}) => gql(api.baseUrl, query, variables, as),
    close: () => api.close(),
  };
}
