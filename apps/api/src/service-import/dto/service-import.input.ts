import { Field, ID, InputType } from '@nestjs/graphql';

import {
  SearchLocaleEnum,
  type TSearchLocale,
} from '../../service-search/models/service-search.model';
import { type TImportFormat } from '../formats/import-file';
import { ServiceImportFormatEnum } from '../models/service-import-report.model';

@InputType()
export class ServiceImportInput {
  @Field(() => ID, { description: 'The organisation whose services the file describes.' })
  organizationId!: string;

  @Field(() => ID, { description: 'The network the drafts go to (the organisation is a member).' })
  networkId!: string;

  @Field(() => ServiceImportFormatEnum, {
    nullable: true,
    description: 'What the file is (default CSV).',
  })
  format?: TImportFormat | null;

  @Field({
    description:
      'The file, base64 of its bytes, at most 512 KiB: CSV (UTF-8; comma, semicolon or tab separated), HSDS or PTV JSON (UTF-8), or an HSDS Data Package zip.',
  })
  contentBase64!: string;

  @Field(() => SearchLocaleEnum, {
    nullable: true,
    description:
      "HSDS only: the language of the file's texts (HSDS carries one language per file, the export's lang parameter). Default: what the file says (datapackage.json language, taxonomy terms' language), else fi. Texts in other languages are kept.",
  })
  contentLanguage?: TSearchLocale | null;

  @Field(() => SearchLocaleEnum, {
    nullable: true,
    description: 'Language of the row messages (default fi).',
  })
  language?: TSearchLocale | null;
}

@InputType()
export class CommitServiceImportInput extends ServiceImportInput {
  @Field({ description: 'The previewToken of the report the person confirmed.' })
  previewToken!: string;
}
