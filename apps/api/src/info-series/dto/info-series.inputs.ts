import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

import { LocalizedTextInput } from '../../common/localization/localized-text.model';
import { PaginationArgs } from '../../common/pagination/pagination.args';

@InputType()
export class CreateInfoSeriesInput {
  @Field(() => ID)
  networkId!: string;

  @Field(() => LocalizedTextInput, { description: 'Finnish is required (at most 200 characters).' })
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'At most 4000 characters.' })
  description?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'At most 500 characters.' })
  audienceNote?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: 'A wellbeing area code ("07").' })
  wellbeingAreaCode?: string | null;

  @Field(() => Int, { description: 'ISO weekday 1 (Monday) – 7 (Sunday).' })
  weekday!: number;

  @Field({ description: 'Local start time "HH:MM" (Europe/Helsinki).' })
  startTime!: string;

  @Field(() => Int, { nullable: true, description: '10–240 minutes; default 30.' })
  durationMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: '1–6; default 2.' })
  presentersPerSession?: number | null;

  @Field(() => String, { nullable: true })
  facilitatorName?: string | null;

  @Field(() => String, { nullable: true })
  backupName?: string | null;

  @Field(() => String, { nullable: true, description: 'The meeting link (https).' })
  onlineUrl?: string | null;
}

@InputType()
export class UpdateInfoSeriesInput {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  title?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  audienceNote?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: '"" clears it.' })
  wellbeingAreaCode?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Sessions already planned keep their dates; plan the next term anew.',
  })
  weekday?: number | null;

  @Field(() => String, { nullable: true })
  startTime?: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  presentersPerSession?: number | null;

  @Field(() => String, { nullable: true, description: '"" clears it.' })
  facilitatorName?: string | null;

  @Field(() => String, { nullable: true, description: '"" clears it.' })
  backupName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '"" clears it. Upcoming sessions get the new link too.',
  })
  onlineUrl?: string | null;
}

@InputType()
export class PlanInfoSeriesTermInput {
  @Field(() => ID)
  seriesId!: string;

  @Field({ description: 'First day of the term, "YYYY-MM-DD".' })
  from!: string;

  @Field({ description: 'Last day of the term, "YYYY-MM-DD" (at most a year after from).' })
  to!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The nth weekday of each month (1–4, or -1 for the last); omitted: every week. Järjestöinfot meet monthly.',
  })
  nth?: number | null;
}

@InputType()
export class InvitePresenterInput {
  @Field(() => ID, { description: 'The session (event).' })
  eventId!: string;

  @Field(() => ID, { description: 'An ACTIVE member or partner organisation of the network.' })
  organizationId!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'Answer by this moment (before the session); default 14 days before it.',
  })
  respondBy?: Date | null;
}

@InputType()
export class RespondToPresentationInput {
  @Field(() => ID)
  presentationId!: string;

  @Field()
  accept!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Required when declining (at most 1000 characters).',
  })
  declineReason?: string | null;
}

@InputType()
export class SetSessionRecordingInput {
  @Field(() => ID)
  eventId!: string;

  @Field(() => String, { nullable: true, description: 'https link; "" clears it; omitted: kept.' })
  recordingUrl?: string | null;

  @Field(() => Int, { nullable: true, description: '0–100000; omitted: kept.' })
  attendanceCount?: number | null;
}

@ArgsType()
export class InfoSeriesListArgs extends PaginationArgs {
  @Field()
  networkSlug!: string;
}

@ArgsType()
export class SessionsArgs extends PaginationArgs {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only sessions not yet ended (soonest first); false: only past ones.',
  })
  upcoming?: boolean | null;
}

@ArgsType()
export class PastInfoSessionsArgs extends PaginationArgs {
  @Field()
  networkSlug!: string;

  @Field(() => ID, { nullable: true, description: 'Sessions where this organisation presented.' })
  organizationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A theme or target group: sessions tagged with it, or where a presenter has a published service with it.',
  })
  termId?: string | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD", inclusive.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD", inclusive.' })
  to?: string | null;
}
