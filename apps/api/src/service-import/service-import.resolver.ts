import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CommitServiceImportInput, ServiceImportInput } from './dto/service-import.input';
import { importTemplateCsv } from './formats/csv/csv-columns';
import { ServiceImportReport } from './models/service-import-report.model';
import { ServiceImportRun } from './models/service-import-run.model';
import {
  SearchLocaleEnum,
  type TSearchLocale,
} from '../service-search/models/service-search.model';
import { ImportRunService } from './run/import-run.service';
import { toRunView } from './run/import-run.view';
import { ServiceImportService } from './service-import.service';

/** Importing services from a CSV file: template, dry run, commit. Rules in ServiceImportService. */
@Resolver()
export class ServiceImportResolver {
  constructor(
    private readonly imports: ServiceImportService,
    private readonly runs: ImportRunService,
  ) {}

  @Public()
  @Query(() => String, {
    description:
      'The service import template: a UTF-8 CSV with every column and one example row (ARCHITECTURE.md "Importing services").',
  })
  serviceImportTemplate(): string {
    return importTemplateCsv();
  }

  @SignedIn('service.import')
  @Mutation(() => ServiceImportReport, {
    description:
      'Dry run of a service import: what each row of the CSV would do. Writes nothing. A bad file is BAD_USER_INPUT on input.file with extensions.reason.',
  })
  previewServiceImport(
    @CurrentActor() actor: Actor,
    @Args('input') input: ServiceImportInput,
  ): Promise<ServiceImportReport> {
    return this.imports.preview(actor, input);
  }

  @SignedIn('service.import')
  @Mutation(() => ServiceImportReport, {
    description:
      'Applies a previewed import in one transaction: new and changed rows become drafts (never published), rows with errors are skipped. CONFLICT if the file or the services changed since the preview. A file with more services than the job threshold (100) is committed by a background job instead: the answer has `run` (poll serviceImportRun).',
  })
  commitServiceImport(
    @CurrentActor() actor: Actor,
    @Args('input') input: CommitServiceImportInput,
  ): Promise<ServiceImportReport> {
    return this.imports.commit(actor, input);
  }

  @SignedIn('service.import')
  @Query(() => ServiceImportRun, {
    description:
      "A large import's background run with its progress and report: for the organisation's admins and the network's coordinators (FORBIDDEN for others, NOT_FOUND for an unknown id).",
  })
  async serviceImportRun(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('language', {
      type: () => SearchLocaleEnum,
      nullable: true,
      description: "Language of the error rows' messages (default fi).",
    })
    language?: TSearchLocale | null,
  ): Promise<ServiceImportRun> {
    return toRunView(await this.runs.get(actor, id), language ?? 'fi');
  }
}
