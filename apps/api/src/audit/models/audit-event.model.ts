import { Field, ID, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../common/pagination/connection.model';

/** One field that changed: `field` is a content path (e.g. `name`, `path[2].title`), `locale` its language. */
@ObjectType()
export class FieldChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  locale!: string | null;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field({ description: 'Who made the change.' })
  actorLabel!: string;

  @Field({ description: 'e.g. service.created, service.updated, service.approved.' })
  action!: string;

  @Field()
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => ID, { nullable: true, description: 'The service it concerns, if any.' })
  serviceId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation it concerns, if any.' })
  organizationId!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => [FieldChange])
  changes!: FieldChange[];
}

@ObjectType()
export class AuditEventConnection extends Paginated(AuditEventModel) {}
