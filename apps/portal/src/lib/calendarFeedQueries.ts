/** The signed-in person's own calendar feed address (apps/api/src/calendar-feeds). */
export interface MyCalendarFeedData {
  myCalendarFeed: { createdAt: string; lastUsedAt: string | null } | null;
}

export const MY_CALENDAR_FEED_QUERY = /* GraphQL */ `
  query PortalMyCalendarFeed {
    myCalendarFeed {
      createdAt
      lastUsedAt
    }
  }
`;

export interface CreateMyCalendarFeedData {
  createMyCalendarFeed: { url: string; createdAt: string };
}

export const CREATE_MY_CALENDAR_FEED_MUTATION = /* GraphQL */ `
  mutation PortalCreateMyCalendarFeed {
    createMyCalendarFeed {
      url
      createdAt
    }
  }
`;

export const REVOKE_MY_CALENDAR_FEED_MUTATION = /* GraphQL */ `
  mutation PortalRevokeMyCalendarFeed {
    revokeMyCalendarFeed
  }
`;
