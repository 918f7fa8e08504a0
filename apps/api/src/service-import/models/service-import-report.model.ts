import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { type TLocale } from '@linja/domain';

import { SearchLocaleEnum } from '../../service-search/models/service-search.model';
import { IMPORT_FORMATS, type TImportFormat } from '../formats/import-file';
import { ROW_ISSUE_CODES } from '../import-messages';
import { ServiceImportRun } from './service-import-run.model';

export const IMPORT_OUTCOMES = ['CREATED', 'UPDATED', 'UNCHANGED', 'ERROR'] as const;
export type TImportOutcome = (typeof IMPORT_OUTCOMES)[number];

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const ServiceImportOutcomeEnum = asEnum(IMPORT_OUTCOMES);
registerEnumType(ServiceImportOutcomeEnum, {
  name: 'ServiceImportOutcome',
  description:
    'What importing a row does (preview) or did (commit): a new draft, a changed draft, nothing, or nothing because of errors.',
});

export const ServiceImportFormatEnum = asEnum(IMPORT_FORMATS);
registerEnumType(ServiceImportFormatEnum, {
  name: 'ServiceImportFormat',
  description:
    'The formats the service import reads: a flat CSV, HSDS 3.1 JSON (one service, an array, a paged /services answer or NDJSON), an HSDS tabular Data Package (zip), or PTV Open API v11 JSON (one service, an array or a paged itemList).',
});

export const ServiceImportIssueCodeEnum = asEnum(ROW_ISSUE_CODES);
registerEnumType(ServiceImportIssueCodeEnum, { name: 'ServiceImportIssueCode' });

@ObjectType({ description: 'Why a row cannot be imported.' })
export class ServiceImportIssue {
  @Field({
    description:
      'The CSV column, or the field of a JSON record (e.g. `serviceNames`, `attributes`); empty when the whole row is wrong.',
  })
  column!: string;

  @Field(() => ServiceImportIssueCodeEnum)
  code!: (typeof ROW_ISSUE_CODES)[number];

  @Field({ description: 'The reason in the language asked for.' })
  message!: string;
}

@ObjectType({ description: 'One row (record) of the file and what importing it does.' })
export class ServiceImportRow {
  @Field(() => Int, {
    description:
      'Where the record is: for CSV the line it starts on (the header is 1), for a Data Package its line in services.csv, for JSON its number from 1.',
  })
  line!: number;

  @Field()
  externalId!: string;

  @Field({ description: 'The name in the row (Finnish; an HSDS file: in its language).' })
  name!: string;

  @Field(() => ServiceImportOutcomeEnum)
  outcome!: TImportOutcome;

  @Field(() => ID, { nullable: true, description: 'The existing service, or the one created.' })
  serviceId!: string | null;

  @Field(() => [ServiceImportIssue])
  issues!: ServiceImportIssue[];

  @Field(() => [ServiceImportIssue], {
    description:
      'What was left out without stopping the row (a taxonomy term the network lacks, a language Linja does not take).',
  })
  warnings!: ServiceImportIssue[];
}

@ObjectType({
  description:
    'The report of an import: every row with its outcome. `previewToken` names exactly this plan (the file and the services as they were); commitServiceImport applies it only if nothing changed since.',
})
export class ServiceImportReport {
  @Field({ description: 'True once the import was applied (commitServiceImport).' })
  committed!: boolean;

  @Field()
  previewToken!: string;

  @Field(() => ServiceImportFormatEnum)
  format!: TImportFormat;

  @Field(() => SearchLocaleEnum, {
    nullable: true,
    description:
      'HSDS: the language the texts were read as; null for formats carrying all languages.',
  })
  contentLanguage!: TLocale | null;

  @Field({ description: 'SHA-256 of the file, hex.' })
  fileHash!: string;

  @Field({
    description:
      'CSV: the column separator found in the header: "," ";" or a tab; otherwise empty.',
  })
  delimiter!: string;

  @Field(() => [String], {
    description: 'Columns (CSV) or tables (Data Package) of the file that Linja does not read.',
  })
  ignoredColumns!: string[];

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int)
  errors!: number;

  @Field(() => [ServiceImportRow], {
    description: 'Every row in file order (at most the import row limit, 1000).',
  })
  rows!: ServiceImportRow[];

  @Field(() => ServiceImportRun, {
    nullable: true,
    description:
      'commitServiceImport of a file over the job threshold: the background run committing it (then `committed` is false and the rows are the plan); poll serviceImportRun(id) for progress. Null otherwise.',
  })
  run?: ServiceImportRun | null;
}
