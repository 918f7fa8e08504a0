import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeed', {
  description:
    'The signed-in person’s personal calendar feed address (its secret is shown only when it is made).',
})
export class CalendarFeedModel {
  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a calendar program last read it.' })
  lastUsedAt!: Date | null;
}

@ObjectType('CalendarFeedAddress', {
  description: 'A new personal feed address: keep it secret, it is not shown again.',
})
export class CalendarFeedAddressModel extends CalendarFeedModel {
  @Field({
    description:
      'The subscribable address (…/ical/personal/<token>/events.ics); add /series/<id>/events.ics for one series.',
  })
  url!: string;
}
