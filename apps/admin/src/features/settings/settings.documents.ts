import { graphql, type ResultOf } from '../../gql';

const SettingsFields = graphql(`
  fragment NetworkSettingsFields on Network {
    id
    name
    brand {
      logoUrl
      primaryColor
      accentColor
    }
    description {
      fi
      sv
      en
    }
    contact {
      email
      phone
      website
    }
    freshnessPolicy {
      remindMonths
      staleMonths
      hideMonths
    }
    eventSettings {
      eventsRequireReview
      signupRetentionDays
    }
    otherProvidersByMembers
    catalogueExportPublic
  }
`);

export const NetworkSettingsQuery = graphql(
  `
    query NetworkSettings($slug: String!) {
      network(slug: $slug) {
        ...NetworkSettingsFields
      }
    }
  `,
  [SettingsFields],
);

export const UpdateNetworkSettingsMutation = graphql(
  `
    mutation UpdateNetworkSettings($input: UpdateNetworkSettingsInput!) {
      updateNetworkSettings(input: $input) {
        ...NetworkSettingsFields
      }
    }
  `,
  [SettingsFields],
);

export const UpdateFreshnessPolicyMutation = graphql(
  `
    mutation UpdateFreshnessPolicy($input: UpdateFreshnessPolicyInput!) {
      updateNetworkFreshnessPolicy(input: $input) {
        ...NetworkSettingsFields
      }
    }
  `,
  [SettingsFields],
);

const TermFields = graphql(`
  fragment TaxonomyTermFields on TaxonomyTerm {
    id
    kind
    slug
    position
    archivedAt
    label {
      fi
      sv
      en
    }
  }
`);

export const TaxonomyQuery = graphql(
  `
    query SettingsTaxonomy($slug: String!, $kind: TaxonomyKind!, $first: Int, $after: String) {
      network(slug: $slug) {
        id
        taxonomy(kind: $kind, includeArchived: true, first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...TaxonomyTermFields
            }
          }
        }
      }
    }
  `,
  [TermFields],
);

export const CreateTermMutation = graphql(
  `
    mutation CreateTaxonomyTerm($input: CreateTaxonomyTermInput!) {
      createTaxonomyTerm(input: $input) {
        ...TaxonomyTermFields
      }
    }
  `,
  [TermFields],
);

export const UpdateTermMutation = graphql(
  `
    mutation UpdateTaxonomyTerm($input: UpdateTaxonomyTermInput!) {
      updateTaxonomyTerm(input: $input) {
        ...TaxonomyTermFields
      }
    }
  `,
  [TermFields],
);

export const ArchiveTermMutation = graphql(
  `
    mutation ArchiveTaxonomyTerm($id: ID!) {
      archiveTaxonomyTerm(id: $id) {
        ...TaxonomyTermFields
      }
    }
  `,
  [TermFields],
);

export const RestoreTermMutation = graphql(
  `
    mutation RestoreTaxonomyTerm($id: ID!) {
      restoreTaxonomyTerm(id: $id) {
        ...TaxonomyTermFields
      }
    }
  `,
  [TermFields],
);

export const SynonymsQuery = graphql(`
  query SettingsSynonyms($slug: String!, $first: Int, $after: String) {
    network(slug: $slug) {
      id
      searchSynonyms(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            language
            words
            updatedAt
          }
        }
      }
    }
  }
`);

export const CreateSynonymMutation = graphql(`
  mutation CreateSearchSynonym($input: CreateSearchSynonymInput!) {
    createSearchSynonym(input: $input) {
      id
      language
      words
      updatedAt
    }
  }
`);

export const UpdateSynonymMutation = graphql(`
  mutation UpdateSearchSynonym($input: UpdateSearchSynonymInput!) {
    updateSearchSynonym(input: $input) {
      id
      language
      words
      updatedAt
    }
  }
`);

export const DeleteSynonymMutation = graphql(`
  mutation DeleteSearchSynonym($id: ID!) {
    deleteSearchSynonym(id: $id)
  }
`);

export const ReadinessTemplateQuery = graphql(`
  query SettingsReadinessTemplate($slug: String!) {
    network(slug: $slug) {
      id
      readinessTemplate {
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
      }
    }
  }
`);

export const UpdateReadinessTemplateMutation = graphql(`
  mutation UpdateReadinessTemplate($input: UpdateReadinessTemplateInput!) {
    updateReadinessTemplate(input: $input) {
      id
      readinessTemplate {
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
      }
    }
  }
`);

export type NetworkSettings = ResultOf<typeof NetworkSettingsQuery>['network'];
export type Term = ResultOf<typeof TaxonomyQuery>['network']['taxonomy']['edges'][number]['node'];
export type Synonym = ResultOf<
  typeof SynonymsQuery
>['network']['searchSynonyms']['edges'][number]['node'];
export type TemplateItem = ResultOf<
  typeof ReadinessTemplateQuery
>['network']['readinessTemplate'][number];

export const UpdateEventSettingsMutation = graphql(
  `
    mutation UpdateEventSettings($input: UpdateEventSettingsInput!) {
      updateNetworkEventSettings(input: $input) {
        ...NetworkSettingsFields
      }
    }
  `,
  [SettingsFields],
);

export const UpdateOtherProviderSettingsMutation = graphql(
  `
    mutation UpdateOtherProviderSettings($networkId: ID!, $membersMayManage: Boolean!) {
      updateOtherProviderSettings(networkId: $networkId, membersMayManage: $membersMayManage) {
        ...NetworkSettingsFields
      }
    }
  `,
  [SettingsFields],
);
