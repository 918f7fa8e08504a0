import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../common/pagination/connection.model';
import { RevisionStateEnum } from './service-enums';

@ObjectType('ServiceRevision')
export class ServiceRevisionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => RevisionStateEnum)
  state!: string;

  @Field(() => String, { nullable: true, description: 'Why the coordinator returned it.' })
  returnReason!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class ServiceRevisionConnection extends Paginated(ServiceRevisionModel) {}
