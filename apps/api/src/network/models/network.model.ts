import { Field, ID, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../common/pagination/connection.model';

/** A network: the shared brand under which member associations publish services. */
@ObjectType('Network')
export class NetworkModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'URL-safe identifier, e.g. "perhelinja".' })
  slug!: string;

  @Field()
  name!: string;
}

@ObjectType()
export class NetworkConnection extends Paginated(NetworkModel) {}
