import { Injectable } from '@nestjs/common';
import { type Event, type EventException, type Prisma } from '@linja/db';

import { AppConfig } from '../config/app-config';
import { buildEventIcs, eventIcsFileName, eventPageUrl } from '../event-calendar/ical-calendar';
import { MailService } from '../mail/mail.service';
import { OutboxService } from '../mail/outbox.service';
import { type MailLanguage } from '../mail/templates/mail-layout';
import { mailLanguage } from '../mail/templates/mail-templates';
import { type EventSignupMailParams } from '../mail/templates/signup-templates';
import { eventText, occurrenceCount, placeText, whenText } from './utils/signup-mail.util';

/** The event as the sign-up mails need it: its row, exceptions and network slug. */
export type SignupMailEvent = Event & {
  exceptions: EventException[];
  network: { slug: string };
};

export const SIGNUP_MAIL_EVENT_INCLUDE = {
  exceptions: { orderBy: { occurrenceStart: 'asc' } },
  network: { select: { slug: true } },
} as const satisfies Prisma.EventInclude;

export type SignupMailKind = 'confirm' | 'confirmed' | 'waitlisted' | 'promoted' | 'reminder';

export interface SignupMailRecipient {
  readonly signupId: string;
  readonly email: string;
  readonly language: string;
  readonly userId: string | null;
}

/**
 * Writes the sign-up mails into the outbox (in the caller's transaction). The `.ics` is made here,
 * when the mail is written, and travels in the outbox row's parameters: the mail shows the event as
 * it was when it was written, rendering stays a pure function of the row, and the parameters are
 * emptied once the mail is sent. The meeting link of an online event goes in (mail and `.ics`) — the
 * mail reaches only the signed-up person.
 */
@Injectable()
export class SignupMailService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /** The portal page that cancels a sign-up with its token (apps/portal route …/cancel). */
  cancelLink(event: SignupMailEvent, token: string): string {
    return this.mail.portalLink(
      `/${encodeURIComponent(event.network.slug)}/events/${event.id}/cancel`,
      { token },
    );
  }

  /** The portal page that confirms a sign-up made without an account (route …/confirm). */
  confirmLink(event: SignupMailEvent, token: string): string {
    return this.mail.portalLink(
      `/${encodeURIComponent(event.network.slug)}/events/${event.id}/confirm`,
      { token },
    );
  }

  params(
    event: SignupMailEvent,
    language: MailLanguage,
    cancelToken: string | null,
    occurrence?: { startsAt: Date; endsAt: Date },
    withLink = true,
  ): EventSignupMailParams {
    const onlineUrl = withLink && event.isOnline ? event.onlineUrl : null;
    return {
      eventTitle: eventText(event.title, language),
      when: occurrence
        ? whenText(occurrence.startsAt, occurrence.endsAt, event.timeZone, language)
        : whenText(event.startsAt, event.endsAt, event.timeZone, language, occurrenceCount(event)),
      place: placeText(event),
      onlineUrl,
      eventLink: eventPageUrl(this.config.env.PUBLIC_BASE_URL, event, language),
      cancelLink: cancelToken ? this.cancelLink(event, cancelToken) : null,
      ics: buildEventIcs(event, {
        language,
        portalUrl: this.config.env.PUBLIC_BASE_URL,
        includeOnlineUrl: () => onlineUrl !== null,
      }),
      icsFileName: eventIcsFileName(event),
    };
  }

  /** Writes one mail; its outbox id (null when `dedupeKey` was written before). */
  write(
    tx: Prisma.TransactionClient,
    kind: SignupMailKind,
    event: SignupMailEvent,
    to: SignupMailRecipient,
    options: {
      cancelToken?: string;
      /** For the `confirm` mail: the token of its confirmation link. */
      confirmToken?: string;
      occurrence?: { startsAt: Date; endsAt: Date };
      dedupeKey?: string;
    } = {},
  ): Promise<string | null> {
    const language = mailLanguage(to.language);
    // The meeting link goes to a held place only (not the waiting list), and to a sign-up without an
    // account only on a public event (the rule of the change notices, event-notice.service.ts): an
    // event whose audience was narrowed later must not mail its link to earlier anonymous sign-ups.
    // A `confirm` mail holds no place yet, so no link either.
    const withLink =
      kind !== 'waitlisted' &&
      kind !== 'confirm' &&
      (to.userId != null || event.audience === 'PUBLIC');
    const params = this.params(
      event,
      language,
      options.cancelToken ?? null,
      options.occurrence,
      withLink,
    );
    return this.outbox.write(tx, {
      template: `event-signup-${kind}`,
      to: to.email,
      language,
      ...(to.userId ? { userId: to.userId } : {}),
      ...(options.dedupeKey ? { dedupeKey: options.dedupeKey } : {}),
      params: options.confirmToken
        ? { ...params, ics: null, confirmLink: this.confirmLink(event, options.confirmToken) }
        : params,
    });
  }

  dispatch(ids: readonly (string | null)[]): Promise<void> {
    return this.outbox.dispatch(ids);
  }
}
