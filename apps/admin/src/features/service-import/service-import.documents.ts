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
      run {
        id
        status
        total
        done
      }
    }
  }
`);

export const ServiceImportRunQuery = graphql(`
  query ServiceImportRun($id: ID!, $language: SearchLocale) {
    serviceImportRun(id: $id, language: $language) {
      id
      status
      total
      done
      created
      updated
      unchanged
      errors
      errorRows {
        line
        externalId
        issues {
          column
          code
          message
        }
      }
      failureReason
    }
  }
`);

export type ImportRun = ResultOf<typeof ServiceImportRunQuery>['serviceImportRun'];

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
