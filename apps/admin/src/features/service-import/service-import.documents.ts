import { graphql, type ResultOf } from '../../gql';

export const ServiceImportTemplateQuery = graphql(`
  query ServiceImportTemplate {
    serviceImportTemplate
  }
`);

export const PreviewServiceImportMutation = graphql(`
  mutation PreviewServiceImport($input: ServiceImportInput!) {
    previewServiceImport(input: $input) {
      committed
      previewToken
      format
      contentLanguage
      delimiter
      ignoredColumns
      created
      updated
      unchanged
      errors
      rows {
        line
        externalId
        name
        outcome
        serviceId
        issues {
          column
          code
          message
        }
        warnings {
          column
          code
          message
        }
      }
    }
  }
`);

export const CommitServiceImportMutation = graphql(`
  mutation CommitServiceImport($input: CommitServiceImportInput!) {
    commitServiceImport(input: $input) {
      committed
      previewToken
      created
      updated
      unchanged
      errors
    }
  }
`);

export type ImportReport = ResultOf<typeof PreviewServiceImportMutation>['previewServiceImport'];
export type ImportRow = ImportReport['rows'][number];

export const ImportOrganizationQuery = graphql(`
  query ImportOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
    }
  }
`);
