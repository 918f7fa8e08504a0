import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../common/pagination/connection.model';

/** A service whose edit (or first version) waits for the coordinator's review. */
@ObjectType('ReviewQueueItem')
export class ReviewQueueItemModel {
  @Field(() => ID, { description: 'The submitted revision’s id.' })
  id!: string;

  @Field()
  submittedAt!: Date;

  @Field({ description: 'Never published yet: the whole service is new.' })
  isNewService!: boolean;
}

@ObjectType()
export class ReviewQueueItemConnection extends Paginated(ReviewQueueItemModel) {}

@ObjectType('MunicipalityCoverage')
export class MunicipalityCoverageModel {
  @Field(() => Int, {
    description:
      'Published services with an ACTIVE delivery to it: by name, or through its wellbeing area or region.',
  })
  serviceCount!: number;
}

@ObjectType('WellbeingAreaCoverage')
export class WellbeingAreaCoverageModel {
  @Field(() => Int, {
    description:
      'Published services with an ACTIVE delivery reaching the area: the whole area, its region, or some of its municipalities (nationwide and remote ones are counted in NetworkStats).',
  })
  serviceCount!: number;

  @Field(() => Int, { description: 'Deliveries being planned (PLANNING) that reach the area.' })
  plannedDeliveryCount!: number;

  @Field(() => [MunicipalityCoverageModel], {
    description: 'Its municipalities with at least one service, by Finnish name.',
  })
  municipalities!: MunicipalityCoverageModel[];
}

@ObjectType()
export class WellbeingAreaCoverageConnection extends Paginated(WellbeingAreaCoverageModel) {}

/** The figures on a coordinator's dashboard. */
@ObjectType('NetworkStats')
export class NetworkStatsModel {
  @Field(() => Int)
  publishedServices!: number;

  @Field(() => Int, { description: 'Never published, being drafted or reviewed.' })
  draftServices!: number;

  @Field(() => Int)
  archivedServices!: number;

  @Field(() => Int, { description: 'Services with a revision waiting for review.' })
  awaitingReview!: number;

  @Field(() => Int, {
    description: 'Published services due for a "still valid" check (soon stale).',
  })
  dueForCheck!: number;

  @Field(() => Int)
  stale!: number;

  @Field(() => Int, { description: 'Stale past the hide limit: the public no longer sees them.' })
  hidden!: number;

  @Field(() => Int, { description: 'Published services offered nationwide or remotely.' })
  nationwideOrRemoteServices!: number;

  @Field(() => Int)
  wellbeingAreasCovered!: number;

  @Field(() => Int)
  municipalitiesCovered!: number;

  @Field(() => Int, { description: 'ACTIVE memberships with role MEMBER.' })
  activeMembers!: number;

  @Field(() => Int, { description: 'ACTIVE memberships with role PARTNER.' })
  activePartners!: number;

  @Field(() => Int)
  suspendedMembers!: number;

  @Field(() => Int)
  plannedDeliveries!: number;
}

/** One month of a network's review work (from its audit events). */
@ObjectType('MonthlyReviewActivity')
export class MonthlyReviewActivityModel {
  @Field({ description: 'The month, `YYYY-MM` (Europe/Helsinki).' })
  month!: string;

  @Field(() => Int, { description: 'Revisions submitted for review.' })
  submitted!: number;

  @Field(() => Int, { description: 'Revisions approved (published).' })
  approved!: number;

  @Field(() => Int, { description: 'Revisions returned to their editors.' })
  returned!: number;
}
