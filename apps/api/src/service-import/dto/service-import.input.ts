import { Field, ID, InputType } from '@nestjs/graphql';

import {
  SearchLocaleEnum,
  type TSearchLocale,
} from '../../service-search/models/service-search.model';

@InputType()
export class ServiceImportInput {
  @Field(() => ID, { description: 'The organisation whose services the file describes.' })
  organizationId!: string;

  @Field(() => ID, { description: 'The network the drafts go to (the organisation is a member).' })
  networkId!: string;

  @Field({
    description:
      'The CSV file, base64 of its bytes (UTF-8; comma, semicolon or tab separated; at most 512 KiB).',
  })
  contentBase64!: string;

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
