import { graphql, type ResultOf, type VariablesOf } from '../../gql';

export const LocalizedTextFields = graphql(`
  fragment LocalizedTextFields on LocalizedText {
    fi
    fiPlain
    sv
    en
  }
`);

/** A row of the organisation's services table. */
export const ServiceListItemFields = graphql(`
  fragment ServiceListItemFields on Service {
    id
    status
    updatedAt
    freshness
    verifiedAt
    version
    name {
      fi
      sv
      en
    }
    network {
      id
      slug
      name
    }
    workingRevision {
      id
      state
      submittedAt
      returnReason
    }
  }
`);

export const OrganizationServicesQuery = graphql(
  `
    query OrganizationServices($filter: ServiceFilterInput, $first: Int, $after: String) {
      services(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ServiceListItemFields
          }
        }
      }
    }
  `,
  [ServiceListItemFields],
);

export type OrganizationServicesVariables = VariablesOf<typeof OrganizationServicesQuery>;

/** Everything the service form edits, as one revision stores it. */
export const ServiceContentFields = graphql(
  `
    fragment ServiceContentFields on ServiceContent {
      name {
        ...LocalizedTextFields
      }
      summary {
        ...LocalizedTextFields
      }
      description {
        ...LocalizedTextFields
      }
      themes {
        id
      }
      targetGroups {
        id
      }
      ageMin
      ageMax
      serviceLanguages
      channels
      cost
      costNote {
        ...LocalizedTextFields
      }
      accessMode
      contact {
        phone
        email
        website
        note {
          ...LocalizedTextFields
        }
      }
      professionalInfo {
        howToRefer {
          ...LocalizedTextFields
        }
        eligibility {
          ...LocalizedTextFields
        }
        whatHappensNext {
          ...LocalizedTextFields
        }
      }
      path {
        position
        title {
          ...LocalizedTextFields
        }
        description {
          ...LocalizedTextFields
        }
      }
    }
  `,
  [LocalizedTextFields],
);

export const ServiceEditorQuery = graphql(
  `
    query ServiceEditor($id: ID!) {
      service(id: $id) {
        id
        status
        version
        updatedAt
        freshness
        verifiedAt
        network {
          id
          slug
          name
        }
        responsibleOrganization {
          id
          name
        }
        published {
          ...ServiceContentFields
        }
        publishedRevision {
          id
          hiddenTranslations {
            field
            locale
          }
          content {
            ...ServiceContentFields
          }
        }
        workingRevision {
          id
          number
          state
          submittedAt
          returnReason
          updatedAt
          content {
            ...ServiceContentFields
          }
        }
        deliveries(first: 100) {
          totalCount
          edges {
            node {
              id
              status
            }
          }
        }
      }
    }
  `,
  [ServiceContentFields],
);

export type ServiceEditorData = NonNullable<ResultOf<typeof ServiceEditorQuery>['service']>;

export const NetworkTaxonomyQuery = graphql(`
  query NetworkTaxonomy($slug: String!) {
    network(slug: $slug) {
      id
      themes: taxonomy(kind: THEME, first: 100) {
        edges {
          node {
            id
            label {
              fi
              sv
              en
            }
          }
        }
      }
      targetGroups: taxonomy(kind: TARGET_GROUP, first: 100) {
        edges {
          node {
            id
            label {
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

const ServiceMutationResult = graphql(
  `
    fragment ServiceMutationResult on Service {
      id
      status
      version
      updatedAt
      workingRevision {
        id
        number
        state
        submittedAt
        returnReason
        updatedAt
        content {
          ...ServiceContentFields
        }
      }
    }
  `,
  [ServiceContentFields],
);

export const CreateServiceMutation = graphql(
  `
    mutation CreateService($input: CreateServiceInput!) {
      createService(input: $input) {
        ...ServiceMutationResult
      }
    }
  `,
  [ServiceMutationResult],
);

export const UpdateServiceMutation = graphql(
  `
    mutation UpdateService($input: UpdateServiceInput!) {
      updateService(input: $input) {
        ...ServiceMutationResult
      }
    }
  `,
  [ServiceMutationResult],
);

export const SubmitServiceMutation = graphql(
  `
    mutation SubmitService($input: ServiceVersionInput!) {
      submitServiceForReview(input: $input) {
        ...ServiceMutationResult
      }
    }
  `,
  [ServiceMutationResult],
);

export type ServiceContentInput = VariablesOf<typeof UpdateServiceMutation>['input']['content'];
