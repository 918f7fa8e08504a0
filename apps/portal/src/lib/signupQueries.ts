import { type LocalizedText } from './localized';

/** What the sign-up form reads of an event (its own small query, beside the event page's). */
export interface SignupEventData {
  me: { id: string; name: string } | null;
  event: {
    id: string;
    status: string;
    startsAt: string;
    signupEnabled: boolean;
    signupDeadline: string | null;
    waitlistEnabled: boolean;
    placesLeft: number | null;
    signupQuestion: LocalizedText;
    viewerSignup: { id: string; status: SignupStatus } | null;
  };
}

export type SignupStatus = 'PENDING' | 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';

export const SIGNUP_EVENT_QUERY = /* GraphQL */ `
  query PortalEventSignup($id: ID!) {
    me {
      id
      name
    }
    event(id: $id) {
      id
      status
      startsAt
      signupEnabled
      signupDeadline
      waitlistEnabled
      placesLeft
      signupQuestion {
        fi
        sv
        en
        fiPlain
      }
      viewerSignup {
        id
        status
      }
    }
  }
`;

export interface SignupReceipt {
  id: string;
  eventId: string;
  status: SignupStatus;
}

export const SIGN_UP_MUTATION = /* GraphQL */ `
  mutation PortalSignUp($input: SignUpForEventInput!) {
    signUpForEvent(input: $input) {
      id
      eventId
      status
    }
  }
`;

export const CANCEL_SIGNUP_MUTATION = /* GraphQL */ `
  mutation PortalCancelSignup($token: String!) {
    cancelSignup(token: $token) {
      id
      eventId
      status
    }
  }
`;

export const CONFIRM_SIGNUP_MUTATION = /* GraphQL */ `
  mutation PortalConfirmSignup($token: String!) {
    confirmSignup(token: $token) {
      id
      eventId
      status
    }
  }
`;

export const CANCEL_MY_SIGNUP_MUTATION = /* GraphQL */ `
  mutation PortalCancelMySignup($eventId: ID!) {
    cancelMySignup(eventId: $eventId) {
      id
      eventId
      status
    }
  }
`;

/** The event's title for the cancel page (a public event is readable without signing in). */
export const CANCEL_EVENT_QUERY = /* GraphQL */ `
  query PortalCancelEvent($id: ID!) {
    event(id: $id) {
      id
      title {
        fi
        sv
        en
        fiPlain
      }
      startsAt
    }
  }
`;

/** The reason of a refused sign-up (`extensions.reason`), or its code. */
export function refusalOf(
  error: { graphQLErrors?: { extensions?: Record<string, unknown> }[] } | undefined,
): { reason: string | null; field: string | null } {
  const extensions = error?.graphQLErrors?.[0]?.extensions ?? {};
  const reason =
    typeof extensions.reason === 'string'
      ? extensions.reason
      : typeof extensions.code === 'string'
        ? extensions.code
        : null;
  return { reason, field: typeof extensions.field === 'string' ? extensions.field : null };
}
