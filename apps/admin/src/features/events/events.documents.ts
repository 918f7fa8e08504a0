import { graphql, type ResultOf } from '../../gql';

const EventFieldsFragment = graphql(`
  fragment EventCalendarFields on Event {
    id
    status
    kind
    audience
    title {
      fi
      sv
      en
    }
    isOnline
    placeName
    organization {
      id
      name
    }
    occurrences(from: $from, to: $to) {
      originalStart
      startsAt
      endsAt
      moved
    }
  }
`);

export const EventsCalendarQuery = graphql(
  `
    query EventsCalendar($filter: EventFilterInput!, $from: DateTime, $to: DateTime) {
      events(filter: $filter, first: 100) {
        totalCount
        edges {
          node {
            ...EventCalendarFields
          }
        }
      }
    }
  `,
  [EventFieldsFragment],
);

export type CalendarEvent = ResultOf<typeof EventsCalendarQuery>['events']['edges'][number]['node'];

/** What the dates panel shows: every occurrence, the cancelled ones, the extra dates. */
export const EventOccurrenceFieldsFragment = graphql(`
  fragment EventOccurrenceFields on Event {
    extraDates
    cancelledOccurrences
    occurrences {
      originalStart
      startsAt
      endsAt
      moved
      extra
    }
  }
`);

export const EventQuery = graphql(
  `
    query EventForEditing($id: ID!) {
      event(id: $id) {
        id
        networkId
        organizationId
        status
        version
        kind
        audience
        title {
          fi
          sv
          en
        }
        description {
          fi
          sv
          en
        }
        startsAt
        endsAt
        recurrence
        ...EventOccurrenceFields
        meetingCount
        placeName
        streetAddress
        postalCode
        postOffice
        municipalityCode
        isOnline
        onlineUrl
        signupEnabled
        capacity
        returnReason
        cancelReason
        viewerActions
        changeReview {
          pendingSince
          returnReason
          changes {
            field
            locale
          }
          proposed {
            kind
            audience
            title {
              fi
              sv
              en
            }
            description {
              fi
              sv
              en
            }
            startsAt
            endsAt
            recurrence
            meetingCount
            placeName
            streetAddress
            postalCode
            postOffice
            municipalityCode
            isOnline
          }
        }
      }
    }
  `,
  [EventOccurrenceFieldsFragment],
);

export type EditedEvent = NonNullable<ResultOf<typeof EventQuery>['event']>;

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
      version
      status
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      id
      version
      status
      viewerActions
      changeReview {
        pendingSince
        returnReason
        changes {
          field
          locale
        }
      }
    }
  }
`);

export const SubmitEventMutation = graphql(`
  mutation SubmitEvent($input: EventVersionInput!) {
    submitEvent(input: $input) {
      id
      version
      status
      viewerActions
    }
  }
`);

export const ApproveEventMutation = graphql(`
  mutation ApproveEvent($input: EventVersionInput!) {
    approveEvent(input: $input) {
      id
      version
      status
      viewerActions
      changeReview {
        pendingSince
        returnReason
        changes {
          field
          locale
        }
      }
    }
  }
`);

export const PublishEventMutation = graphql(`
  mutation PublishEvent($input: EventVersionInput!) {
    publishEvent(input: $input) {
      id
      version
      status
      viewerActions
    }
  }
`);

export const ReturnEventMutation = graphql(`
  mutation ReturnEvent($input: EventReasonInput!) {
    returnEvent(input: $input) {
      id
      version
      status
      returnReason
      viewerActions
      changeReview {
        pendingSince
        returnReason
        changes {
          field
          locale
        }
      }
    }
  }
`);

export const CancelEventMutation = graphql(`
  mutation CancelEvent($input: EventReasonInput!) {
    cancelEvent(input: $input) {
      id
      version
      status
      cancelReason
      viewerActions
    }
  }
`);

export const CancelEventOccurrenceMutation = graphql(
  `
    mutation CancelEventOccurrence($input: CancelEventOccurrenceInput!) {
      cancelEventOccurrence(input: $input) {
        id
        version
        lastEndsAt
        ...EventOccurrenceFields
      }
    }
  `,
  [EventOccurrenceFieldsFragment],
);

export const MoveEventOccurrenceMutation = graphql(
  `
    mutation MoveEventOccurrence($input: MoveEventOccurrenceInput!) {
      moveEventOccurrence(input: $input) {
        id
        version
        lastEndsAt
        ...EventOccurrenceFields
      }
    }
  `,
  [EventOccurrenceFieldsFragment],
);

export const RestoreEventOccurrenceMutation = graphql(
  `
    mutation RestoreEventOccurrence($input: RestoreEventOccurrenceInput!) {
      restoreEventOccurrence(input: $input) {
        id
        version
        lastEndsAt
        ...EventOccurrenceFields
      }
    }
  `,
  [EventOccurrenceFieldsFragment],
);

export const AddEventOccurrenceMutation = graphql(
  `
    mutation AddEventOccurrence($input: AddEventOccurrenceInput!) {
      addEventOccurrence(input: $input) {
        id
        version
        lastEndsAt
        ...EventOccurrenceFields
      }
    }
  `,
  [EventOccurrenceFieldsFragment],
);
