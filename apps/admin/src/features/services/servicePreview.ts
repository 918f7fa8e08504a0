import { type ServiceView } from '@linja/ui';
import { graphql, type ResultOf } from '../../gql';
import { ServiceContentFields } from './services.documents';

/**
 * What the preview shows: the working copy (else the published content), the target groups' labels,
 * the deliveries that are or will be public (not ended) and the network's brand colours. Twenty
 * deliveries, as the portal's page asks: with their areas and hours a delivery costs ~55, and the API
 * refuses an operation estimated over GRAPHQL_MAX_COST (5000).
 */
export const ServicePreviewQuery = graphql(
  `
    query ServicePreview($id: ID!) {
      service(id: $id) {
        id
        network {
          id
          slug
          name
          brand {
            primaryColor
            accentColor
          }
        }
        responsibleOrganization {
          id
          name
        }
        published {
          ...ServiceContentFields
          targetGroups {
            id
            label {
              fi
              sv
              en
            }
          }
        }
        workingRevision {
          id
          content {
            ...ServiceContentFields
            targetGroups {
              id
              label {
                fi
                sv
                en
              }
            }
          }
        }
        deliveries(first: 20) {
          totalCount
          edges {
            node {
              id
              status
              acceptingClients
              isRemote
              isNationwide
              isAnonymous
              hasOnlineBooking
              organization {
                id
                name
              }
              contact {
                name
                phone
                email
                website
              }
              openingHours {
                open247
                note {
                  fi
                  sv
                  en
                }
                periods {
                  days
                  opens
                  closes
                }
              }
              locations {
                id
                name
                streetAddress
                postalCode
                postOffice
                accessibility {
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
              wellbeingAreas {
                code
                name {
                  fi
                  sv
                  en
                }
              }
              regions {
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
  `,
  [ServiceContentFields],
);

export type ServicePreviewData = NonNullable<ResultOf<typeof ServicePreviewQuery>['service']>;

/**
 * The working copy (draft content and the deliveries that are not ended) as the portal's service page
 * shows it; null when the service has no content yet.
 */
export function toPreviewView(service: ServicePreviewData): ServiceView | null {
  const content = service.workingRevision?.content ?? service.published;
  if (!content) return null;
  const deliveries = service.deliveries.edges
    .map((edge) => edge.node)
    .filter((delivery) => delivery.status !== 'ENDED');
  return {
    name: content.name,
    summary: content.summary,
    description: content.description,
    organizationName: service.responsibleOrganization.name,
    accessMode: content.accessMode,
    cost: content.cost,
    costNote: content.costNote,
    ageMin: content.ageMin ?? null,
    ageMax: content.ageMax ?? null,
    channels: content.channels,
    serviceLanguages: content.serviceLanguages,
    contact: content.contact,
    targetGroups: content.targetGroups,
    path: content.path,
    professionalInfo: content.professionalInfo ?? null,
    deliveries,
    deliveryCount: deliveries.length,
  };
}
