import { graphql, type ResultOf } from '../../gql';

const ReadinessSummary = graphql(`
  fragment ReadinessSummary on ReadinessChecklist {
    total
    done
    notNeeded
    inProgress
    notStarted
    isComplete
  }
`);

export const PlannedDeliveriesQuery = graphql(
  `
    query PlannedDeliveries($slug: String!, $first: Int, $after: String) {
      network(slug: $slug) {
        id
        plannedDeliveries(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              version
              startsOn
              createdAt
              organization {
                id
                name
              }
              service {
                id
                name {
                  fi
                  sv
                  en
                }
              }
              wellbeingAreas {
                code
                name {
                  fi
                  sv
                  en
                }
              }
              municipalities {
                code
                name {
                  fi
                  sv
                  en
                }
              }
              readiness {
                ...ReadinessSummary
              }
            }
          }
        }
      }
    }
  `,
  [ReadinessSummary],
);

const ReadinessItemFields = graphql(`
  fragment ReadinessItemFields on ReadinessItem {
    id
    position
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
    status
    ownerName
    notes
    updatedAt
    updatedByLabel
  }
`);

export const PlannedDeliveryQuery = graphql(
  `
    query PlannedDelivery($serviceId: ID!) {
      service(id: $serviceId) {
        id
        name {
          fi
          sv
          en
        }
        deliveries(first: 50) {
          edges {
            node {
              id
              version
              status
              startsOn
              organization {
                id
                name
              }
              wellbeingAreas {
                code
                name {
                  fi
                  sv
                  en
                }
              }
              municipalities {
                code
                name {
                  fi
                  sv
                  en
                }
              }
              readiness {
                ...ReadinessSummary
                items {
                  ...ReadinessItemFields
                }
              }
            }
          }
        }
      }
    }
  `,
  [ReadinessSummary, ReadinessItemFields],
);

export const UpdateReadinessItemMutation = graphql(
  `
    mutation UpdateReadinessItem($input: UpdateReadinessItemInput!) {
      updateReadinessItem(input: $input) {
        id
        version
        readiness {
          ...ReadinessSummary
          items {
            ...ReadinessItemFields
          }
        }
      }
    }
  `,
  [ReadinessSummary, ReadinessItemFields],
);

export const ActivateDeliveryMutation = graphql(`
  mutation ActivateDelivery($input: ActivateServiceDeliveryInput!) {
    activateServiceDelivery(input: $input) {
      id
      version
      status
    }
  }
`);

export const PlanningServicesQuery = graphql(`
  query PlanningServices($slug: String!) {
    network(slug: $slug) {
      id
      services(first: 100, filter: { statuses: [PUBLISHED] }) {
        edges {
          node {
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
            producers {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const CreatePlannedDeliveryMutation = graphql(`
  mutation CreatePlannedDelivery($input: CreateServiceDeliveryInput!) {
    createServiceDelivery(input: $input) {
      id
      version
      status
    }
  }
`);

export type PlannedRow = ResultOf<
  typeof PlannedDeliveriesQuery
>['network']['plannedDeliveries']['edges'][number]['node'];
export type PlannedDelivery = ResultOf<
  typeof PlannedDeliveryQuery
>['service']['deliveries']['edges'][number]['node'];
export type ReadinessItem = NonNullable<PlannedDelivery['readiness']>['items'][number];
export type ReadinessStatus = ReadinessItem['status'];
