import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../common/pagination/connection.model';
import { ServiceStatusEnum } from './service-enums';

/** A service under a network's brand. Content is on `published` and, for its staff, `workingRevision`. */
@ObjectType('Service')
export class ServiceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ServiceStatusEnum)
  status!: string;

  @Field(() => Int, { description: 'Send it back as expectedVersion when changing the service.' })
  version!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When someone last confirmed it is still valid.',
  })
  verifiedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class ServiceConnection extends Paginated(ServiceModel) {}
