import { graphql, type ResultOf } from '../../gql';

export const AreaOptionsQuery = graphql(`
  query DeliveryAreaOptions($search: String, $first: Int) {
    wellbeingAreas(first: 30) {
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
    municipalities(filter: { search: $search }, first: $first) {
      edges {
        node {
          code
          name {
            fi
            sv
            en
          }
          wellbeingArea {
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
`);

export const DeliveryFields = graphql(`
  fragment DeliveryFields on ServiceDelivery {
    id
    version
    status
    isNationwide
    isRemote
    acceptingClients
    startsOn
    endsOn
    organization {
      id
      name
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
    locations {
      id
      name
      streetAddress
      postalCode
      postOffice
      latitude
      longitude
      municipality {
        code
      }
    }
    openingHours {
      open247
      periods {
        days
        opens
        closes
      }
      note {
        fi
        sv
        en
      }
    }
  }
`);

export const ServiceDeliveriesQuery = graphql(
  `
    query ServiceDeliveries($id: ID!) {
      service(id: $id) {
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
        deliveries(first: 50) {
          totalCount
          edges {
            node {
              ...DeliveryFields
            }
          }
        }
      }
    }
  `,
  [DeliveryFields],
);

export const CreateDeliveryMutation = graphql(
  `
    mutation CreateDelivery($input: CreateServiceDeliveryInput!) {
      createServiceDelivery(input: $input) {
        ...DeliveryFields
      }
    }
  `,
  [DeliveryFields],
);

export const UpdateDeliveryMutation = graphql(
  `
    mutation UpdateDelivery($input: UpdateServiceDeliveryInput!) {
      updateServiceDelivery(input: $input) {
        ...DeliveryFields
      }
    }
  `,
  [DeliveryFields],
);

export const RemoveDeliveryMutation = graphql(`
  mutation RemoveDelivery($input: RemoveServiceDeliveryInput!) {
    removeServiceDelivery(input: $input) {
      id
      version
    }
  }
`);

export type Delivery = ResultOf<typeof DeliveryFields>;
export type NamedPlace = {
  code: string;
  name: { fi?: string | null; sv?: string | null; en?: string | null };
};
