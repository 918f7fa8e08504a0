import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';
import { expandOccurrences, instantOf, localDateTime } from '@linja/domain';

import { SIGNUP_MAIL_EVENT_INCLUDE, SignupMailService } from './signup-mail.service';

const ZONE = 'Europe/Helsinki';

/** The calendar day after `now` in Helsinki, as [start, end) instants. */
export function tomorrowInHelsinki(now: Date): { from: Date; to: Date } {
  const today = localDateTime(now, ZONE).date;
  const next = (date: string) =>
    new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
  const tomorrow = next(today);
  return { from: instantOf(tomorrow, '00:00', ZONE), to: instantOf(next(tomorrow), '00:00', ZONE) };
}

/**
 * The reminder the day before: every confirmed sign-up of a published event with an occurrence
 * tomorrow (Helsinki calendar day) gets a mail with the time, the place and, for an online event, the
 * meeting link. Run daily; each sign-up and occurrence is mailed once (outbox dedupe key), so a
 * second run the same day, or a retry, writes nothing new.
 */
@Injectable()
export class SignupReminderService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly mails: SignupMailService,
  ) {}

  /** Writes and dispatches the reminders; returns how many mails were written. */
  async sendDue(now = new Date()): Promise<number> {
    const window = tomorrowInHelsinki(now);
    const events = await this.prisma.event.findMany({
      where: {
        status: 'PUBLISHED',
        startsAt: { lt: window.to },
        lastEndsAt: { gt: window.from },
        signups: { some: { status: 'CONFIRMED', erasedAt: null } },
      },
      include: SIGNUP_MAIL_EVENT_INCLUDE,
      orderBy: { startsAt: 'asc' },
    });
    let written = 0;
    for (const event of events) {
      const occurrences = expandOccurrences(event, event.exceptions, window).filter(
        (o) => o.startsAt >= window.from && o.startsAt < window.to,
      );
      if (occurrences.length === 0) continue;
      const signups = await this.prisma.eventSignup.findMany({
        where: { eventId: event.id, status: 'CONFIRMED', erasedAt: null },
        include: { user: { select: { email: true, language: true, disabledAt: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      const ids = await this.prisma.$transaction(async (tx) => {
        const mailIds: string[] = [];
        for (const occurrence of occurrences) {
          for (const signup of signups) {
            const email = signup.user ? signup.user.email : signup.email;
            if (!email || signup.user?.disabledAt) continue;
            const id = await this.mails.write(
              tx,
              'reminder',
              event,
              {
                signupId: signup.id,
                email,
                language: signup.user?.language ?? signup.language,
                userId: signup.userId,
              },
              {
                occurrence,
                dedupeKey: `signup-reminder:${signup.id}:${occurrence.startsAt.toISOString()}`,
              },
            );
            if (id) mailIds.push(id);
          }
        }
        return mailIds;
      });
      written += ids.length;
      await this.mails.dispatch(ids);
    }
    return written;
  }
}
