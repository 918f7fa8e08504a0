import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('TranslationRef', { description: 'One translation (Swedish or English) of one field.' })
export class TranslationRefModel {
  @Field({
    description:
      'The field as the content names it: name, summary, contact.note, professionalInfo.eligibility, path.0.title (steps from 0).',
  })
  field!: string;

  @Field({ description: 'sv or en.' })
  locale!: string;
}
