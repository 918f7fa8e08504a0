import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { type TLocale } from '@linja/domain';

import { SearchLocaleEnum } from '../../service-search/models/service-search.model';
import { type TImportFormat } from '../formats/import-file';
import { ServiceImportFormatEnum, ServiceImportIssue } from './service-import-report.model';

export const IMPORT_RUN_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type TImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number];

export const ServiceImportRunStatusEnum = Object.fromEntries(
  IMPORT_RUN_STATUSES.map((value) => [value, value]),
) as { [K in TImportRunStatus]: K };
registerEnumType(ServiceImportRunStatusEnum, {
  name: 'ServiceImportRunStatus',
  description:
    'A large import committed by a background job: QUEUED, RUNNING (see done/total), DONE, or FAILED (failureReason; batches committed before stay as drafts).',
});

@ObjectType({ description: 'A row of a run that was not imported, and why.' })
export class ServiceImportRunErrorRow {
  @Field(() => Int, { description: 'As ServiceImportRow.line.' })
  line!: number;

  @Field()
  externalId!: string;

  @Field(() => [ServiceImportIssue])
  issues!: ServiceImportIssue[];
}

@ObjectType({
  description:
    'A large import (more than the job threshold of services) committed in batches by a background job; poll it for progress.',
})
export class ServiceImportRun {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => ServiceImportFormatEnum)
  format!: TImportFormat;

  @Field(() => SearchLocaleEnum, { nullable: true })
  contentLanguage!: TLocale | null;

  @Field({ description: 'SHA-256 of the file, hex (the file itself is erased when the run ends).' })
  fileHash!: string;

  @Field(() => ServiceImportRunStatusEnum)
  status!: TImportRunStatus;

  @Field(() => Int, { description: 'Services (records) in the file.' })
  total!: number;

  @Field(() => Int, { description: 'Records handled so far (committed batches).' })
  done!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int)
  errors!: number;

  @Field(() => [ServiceImportRunErrorRow], {
    description: 'The rows with errors so far, in file order, messages in the language asked for.',
  })
  errorRows!: ServiceImportRunErrorRow[];

  @Field(() => String, {
    nullable: true,
    description: 'FAILED: why (English, for support).',
  })
  failureReason!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}
