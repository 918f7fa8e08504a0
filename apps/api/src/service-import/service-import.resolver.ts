import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CommitServiceImportInput, ServiceImportInput } from './dto/service-import.input';
import { importTemplateCsv } from './formats/csv/csv-columns';
import { ServiceImportReport } from './models/service-import-report.model';
import { ServiceImportService } from './service-import.service';

/** Importing services from a CSV file: template, dry run, commit. Rules in ServiceImportService. */
@Resolver()
export class ServiceImportResolver {
  constructor(private readonly imports: ServiceImportService) {}

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
      'Applies a previewed import in one transaction: new and changed rows become drafts (never published), rows with errors are skipped. CONFLICT if the file or the services changed since the preview.',
  })
  commitServiceImport(
    @CurrentActor() actor: Actor,
    @Args('input') input: CommitServiceImportInput,
  ): Promise<ServiceImportReport> {
    return this.imports.commit(actor, input);
  }
}
