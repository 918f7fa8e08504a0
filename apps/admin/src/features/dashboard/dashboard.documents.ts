import { graphql, type ResultOf } from '../../gql';

export const DashboardStatsQuery = graphql(`
  query DashboardStats($slug: String!) {
    network(slug: $slug) {
      id
      stats {
        publishedServices
        draftServices
        awaitingReview
        dueForCheck
        stale
        hidden
        nationwideOrRemoteServices
        wellbeingAreasCovered
        municipalitiesCovered
        activeMembers
        activePartners
        suspendedMembers
        plannedDeliveries
      }
    }
  }
`);

export const DashboardReviewQueueQuery = graphql(`
  query DashboardReviewQueue($slug: String!, $first: Int, $after: String) {
    network(slug: $slug) {
      id
      reviewQueue(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            isNewService
            submittedAt
            service {
              id
              name {
                fi
                sv
                en
              }
              responsibleOrganization {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const DashboardFreshnessQuery = graphql(`
  query DashboardFreshness($slug: String!, $first: Int, $after: String) {
    network(slug: $slug) {
      id
      freshnessReport(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            organizationId
            organization {
              id
              name
            }
            fresh
            dueForCheck
            stale
            hidden
          }
        }
      }
    }
  }
`);

export const DashboardCoverageQuery = graphql(`
  query DashboardCoverage($slug: String!, $first: Int, $after: String) {
    network(slug: $slug) {
      id
      deliveryCoverage(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            serviceCount
            plannedDeliveryCount
            wellbeingArea {
              code
              name {
                fi
                sv
                en
              }
            }
            municipalities {
              serviceCount
              municipality {
                code
                name {
                  fi
                  sv
                  en
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const DashboardRecentChangesQuery = graphql(`
  query DashboardRecentChanges($slug: String!, $first: Int, $after: String) {
    network(slug: $slug) {
      id
      recentChanges(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            action
            actorLabel
            entityType
            entityId
            note
            occurredAt
            serviceId
            organizationId
            service {
              id
              name {
                fi
                sv
                en
              }
            }
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

/** Submissions, approvals and returns per month (the chart of publications and reviews). */
export const DashboardActivityQuery = graphql(`
  query DashboardActivity($slug: String!, $months: Int!) {
    network(slug: $slug) {
      id
      reviewActivity(months: $months) {
        month
        submitted
        approved
        returned
      }
    }
  }
`);

/** Delivery locations of the network's services (for the map): a small bounded sample. */
export const DashboardLocationsQuery = graphql(`
  query DashboardLocations($slug: String!) {
    network(slug: $slug) {
      id
      services(first: 50, filter: { statuses: [PUBLISHED] }) {
        edges {
          node {
            id
            name {
              fi
              sv
              en
            }
            deliveries(first: 5) {
              edges {
                node {
                  id
                  status
                  locations {
                    id
                    name
                    streetAddress
                    postalCode
                    postOffice
                    latitude
                    longitude
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

export type CoverageRow = ResultOf<
  typeof DashboardCoverageQuery
>['network']['deliveryCoverage']['edges'][number]['node'];
export type FreshnessRow = ResultOf<
  typeof DashboardFreshnessQuery
>['network']['freshnessReport']['edges'][number]['node'];
export type ActivityRow = ResultOf<
  typeof DashboardActivityQuery
>['network']['reviewActivity'][number];
export type ChangeRow = ResultOf<
  typeof DashboardRecentChangesQuery
>['network']['recentChanges']['edges'][number]['node'];
export type ReviewRow = ResultOf<
  typeof DashboardReviewQueueQuery
>['network']['reviewQueue']['edges'][number]['node'];

/** Every wellbeing area (23: the counties, Helsinki, Åland), for the map's areas without services. */
export const DashboardWellbeingAreasQuery = graphql(`
  query DashboardWellbeingAreas {
    wellbeingAreas(first: 50) {
      edges {
        node {
          code
          name {
            fi
            sv
            en
          }
        }
      }
    }
  }
`);
