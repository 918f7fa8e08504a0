import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { ServiceContentInput } from './service-content.input';

@InputType()
export class CreateServiceInput {
  @Field(() => ID)
  networkId!: string;

  @Field(() => ID, { description: 'The member organisation that answers for the service.' })
  responsibleOrganizationId!: string;

  @Field(() => ServiceContentInput)
  content!: ServiceContentInput;
}

@InputType()
export class UpdateServiceInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    description: 'The version the edit is based on; an older one gets CONFLICT.',
  })
  expectedVersion!: number;

  @Field(() => ServiceContentInput)
  content!: ServiceContentInput;
}

@InputType()
export class ServiceVersionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType()
export class ReviewRevisionInput {
  @Field(() => ID)
  revisionId!: string;

  @Field(() => Int, { description: "The service's version the reviewer looked at." })
  expectedVersion!: number;
}

@InputType()
export class ReturnRevisionInput extends ReviewRevisionInput {
  @Field({ description: 'Why it is returned; shown to the editor.' })
  reason!: string;
}

@InputType()
export class ApproveRevisionInput extends ReviewRevisionInput {
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Publish with the out-of-date translations (ServiceRevision.outdatedTranslations) hidden: the public ' +
      'then reads the Finnish text for them. Without it, a revision with out-of-date translations is ' +
      'refused (BAD_USER_INPUT, reason OUTDATED_TRANSLATIONS) — return it to ask for translations instead.',
  })
  hideOutdatedTranslations!: boolean;
}
