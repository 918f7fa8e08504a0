import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ROW_ISSUE_CODES } from '../import-messages';

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

export const ServiceImportIssueCodeEnum = asEnum(ROW_ISSUE_CODES);
registerEnumType(ServiceImportIssueCodeEnum, { name: 'ServiceImportIssueCode' });

@ObjectType({ description: 'Why a row cannot be imported.' })
export class ServiceImportIssue {
  @Field({ description: 'The CSV column (empty when the whole row is wrong).' })
  column!: string;

  @Field(() => ServiceImportIssueCodeEnum)
  code!: (typeof ROW_ISSUE_CODES)[number];

  @Field({ description: 'The reason in the language asked for.' })
  message!: string;
}

@ObjectType({ description: 'One row of the file and what importing it does.' })
export class ServiceImportRow {
  @Field(() => Int, { description: 'Line of the file where the row starts (the header is 1).' })
  line!: number;

  @Field()
  externalId!: string;

  @Field({ description: 'The Finnish name in the row.' })
  name!: string;

  @Field(() => ServiceImportOutcomeEnum)
  outcome!: TImportOutcome;

  @Field(() => ID, { nullable: true, description: 'The existing service, or the one created.' })
  serviceId!: string | null;

  @Field(() => [ServiceImportIssue])
  issues!: ServiceImportIssue[];
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

  @Field({ description: 'SHA-256 of the file, hex.' })
  fileHash!: string;

  @Field({ description: 'The column separator found in the header: "," ";" or a tab.' })
  delimiter!: string;

  @Field(() => [String], { description: 'Columns of the file that Linja does not read.' })
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
}
