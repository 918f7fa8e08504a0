import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type PresentationStatus as PrismaPresentationStatus } from '@linja/db';

import { LocalizedText } from '../../common/localization/localized-text.model';
import { Paginated } from '../../common/pagination/connection.model';
import { EventStatus } from '../../events/models/event-enums';

export const PresentationStatus = {
  INVITED: 'INVITED',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
  WITHDRAWN: 'WITHDRAWN',
} as const satisfies { [K in PrismaPresentationStatus]: K };
export type PresentationStatus = (typeof PresentationStatus)[keyof typeof PresentationStatus];

registerEnumType(PresentationStatus, {
  name: 'PresentationStatus',
  description:
    'INVITED → ACCEPTED | DECLINED (the organisation’s admins); INVITED | ACCEPTED → WITHDRAWN and DECLINED | WITHDRAWN → INVITED (coordinators). See presentation-transitions.ts.',
});

/** A recurring info session series (Järjestöinfot). Sessions and the viewer's subscription are field resolvers. */
@ObjectType('InfoSeries')
export class InfoSeriesModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => LocalizedText, {
    description: 'Whom the series is for, e.g. one wellbeing area’s family services.',
  })
  audienceNote!: LocalizedText;

  @Field(() => String, { nullable: true })
  wellbeingAreaCode!: string | null;

  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' })
  weekday!: number;

  @Field({ description: 'Local start time "HH:MM" in Europe/Helsinki.' })
  startTime!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => Int)
  presentersPerSession!: number;

  @Field(() => String, { nullable: true, description: 'Who hosts the sessions.' })
  facilitatorName!: string | null;

  @Field(() => String, { nullable: true, description: 'Who hosts when the facilitator cannot.' })
  backupName!: string | null;
}

@ObjectType('InfoSeriesConnection')
export class InfoSeriesConnection extends Paginated(InfoSeriesModel) {}

/** A file kept with a session (its slides). The bytes are downloaded from `downloadUrl`. */
@ObjectType('InfoSessionSlides')
export class InfoSessionSlidesModel {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field({ description: 'Sniffed from the file’s contents when it was uploaded.' })
  contentType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;

  @Field({ description: 'GET it with the session cookie; answered as a download.' })
  downloadUrl!: string;

  @Field()
  createdAt!: Date;
}

/** One session of a series (an Event of kind INFO_SESSION). */
@ObjectType('InfoSession')
export class InfoSessionModel {
  @Field(() => ID, { description: 'The event’s id.' })
  id!: string;

  @Field(() => ID)
  seriesId!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => EventStatus)
  status!: EventStatus;

  @Field(() => String, { nullable: true, description: 'The recording, added after the session.' })
  recordingUrl!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many took part.' })
  attendanceCount!: number | null;

  /** Not exposed directly: onlineUrl is a field resolver (who may read it). */
  onlineUrlValue!: string | null;
  organizationId!: string | null;
  audience!: string;
}

@ObjectType('InfoSessionConnection')
export class InfoSessionConnection extends Paginated(InfoSessionModel) {}

/** An organisation invited to present at one session. */
@ObjectType('InfoPresentation')
export class InfoPresentationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The session (event).' })
  eventId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => PresentationStatus)
  status!: PresentationStatus;

  @Field(() => Date, { nullable: true, description: 'The organisation answers by this moment.' })
  respondBy!: Date | null;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  /** Field resolver: the coordinators' and the organisation's own admins' only. */
  declineReasonValue!: string | null;
  networkId!: string;
}

@ObjectType('InfoPresentationConnection')
export class InfoPresentationConnection extends Paginated(InfoPresentationModel) {}
