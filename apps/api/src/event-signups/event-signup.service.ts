import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { hashSecretToken, newSecretToken } from '../auth/secret-token';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { visibleEventsWhere } from '../events/event-visibility';
import { validEmail, validName } from '../identity/utils/account-input.util';
import { mailLanguage } from '../mail/templates/mail-templates';
import { PENDING_SIGNUP_HOURS } from '../mail/templates/signup-templates';
import { type SignUpForEventInput } from './dto/signup.inputs';
import {
  cancelTooLate,
  eventNotFound,
  invalidCancelToken,
  signupRefused,
} from './event-signups.errors';
import { type EventSignupReceiptModel } from './models/event-signup.model';
import { type SignupStatus } from './models/signup-status';
import {
  SIGNUP_MAIL_EVENT_INCLUDE,
  type SignupMailEvent,
  SignupMailService,
} from './signup-mail.service';
import { assertSignupTransition } from './signup-transitions';

/** Longest answer to an event's sign-up question. */
const MAX_ANSWER_LENGTH = 2000;

const HOUR_MS = 3_600_000;

/** Sign-ups that hold a place or a waiting-list place. */
const ACTIVE: SignupStatus[] = ['CONFIRMED', 'WAITLISTED'];

/**
 * Locks the event's row until the transaction ends. Every change to an event's sign-ups (sign up,
 * cancel, promote) takes this lock first, so two sign-ups to one event never both count the last
 * free place: they run one after the other. The same statement on PGlite and the server.
 */
export async function lockEvent(tx: Prisma.TransactionClient, eventId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM event WHERE id = ${eventId}::uuid FOR UPDATE`;
}

/** Refuses a second active sign-up of one account or one email to an event (ALREADY_SIGNED_UP). */
async function assertNotSignedUp(
  tx: Prisma.TransactionClient,
  eventId: string,
  person: { userId: string | null; email: string },
): Promise<void> {
  const existing = await tx.eventSignup.count({
    where: {
      eventId,
      status: { in: ACTIVE },
      OR: person.userId
        ? [{ userId: person.userId }, { email: person.email }]
        : [{ email: person.email }, { user: { email: person.email } }],
    },
  });
  if (existing > 0) throw signupRefused('ALREADY_SIGNED_UP');
}

/**
 * The status a new place gets under the event's lock: CONFIRMED while places remain, else WAITLISTED
 * when the event keeps a waiting list, else EVENT_FULL.
 */
async function placeFor(
  tx: Prisma.TransactionClient,
  event: { id: string; capacity: number | null; waitlistEnabled: boolean },
): Promise<'CONFIRMED' | 'WAITLISTED'> {
  if (event.capacity === null) return 'CONFIRMED';
  const confirmed = await tx.eventSignup.count({
    where: { eventId: event.id, status: 'CONFIRMED' },
  });
  if (confirmed < event.capacity) return 'CONFIRMED';
  if (!event.waitlistEnabled) throw signupRefused('EVENT_FULL');
  return 'WAITLISTED';
}

/** Whether the event has an organiser's question (a text in any language). */
function hasQuestion(question: unknown): boolean {
  if (!question || typeof question !== 'object') return false;
  return Object.values(question).some((text) => typeof text === 'string' && text.trim() !== '');
}

/** Why sign-up is not open now, or null when it is. */
function closedReason(
  event: {
    status: string;
    signupEnabled: boolean;
    signupDeadline: Date | null;
    startsAt: Date;
  },
  now: Date,
): 'SIGNUP_CLOSED' | null {
  if (event.status !== 'PUBLISHED' || !event.signupEnabled) return 'SIGNUP_CLOSED';
  if (event.signupDeadline && now >= event.signupDeadline) return 'SIGNUP_CLOSED';
  if (now >= event.startsAt) return 'SIGNUP_CLOSED';
  return null;
}

/**
 * Promotes the first person on the waiting list (by sign-up time) while the event has free places;
 * each gets the promotion mail. The caller holds the event's lock (lockEvent) and dispatches the
 * returned mail ids after the commit. Also for the event's editors when they raise the capacity.
 */
export async function promoteWaiting(
  tx: Prisma.TransactionClient,
  event: SignupMailEvent,
  mails: SignupMailService,
  audit: AuditService,
  actor: Actor,
  now = new Date(),
): Promise<string[]> {
  if (now >= event.startsAt) return [];
  const written: string[] = [];
  for (;;) {
    if (event.capacity !== null) {
      const confirmed = await tx.eventSignup.count({
        where: { eventId: event.id, status: 'CONFIRMED' },
      });
      if (confirmed >= event.capacity) break;
    }
    const next = await tx.eventSignup.findFirst({
      where: { eventId: event.id, status: 'WAITLISTED' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: { user: { select: { email: true, language: true } } },
    });
    if (!next) break;
    assertSignupTransition('WAITLISTED', 'CONFIRMED', 'promote');
    await tx.eventSignup.update({
      where: { id: next.id },
      data: { status: 'CONFIRMED', promotedAt: now },
    });
    await audit.record(tx, actor, {
      action: 'event.signupPromoted',
      entityType: 'EventSignup',
      entityId: next.id,
      networkId: event.networkId,
      ...(event.organizationId ? { organizationId: event.organizationId } : {}),
      note: `sign-up ${next.id} of event ${event.id}: WAITLISTED → CONFIRMED`,
    });
    const email = next.user?.email ?? next.email;
    if (email) {
      const id = await mails.write(tx, 'promoted', event, {
        signupId: next.id,
        email,
        language: next.user?.language ?? next.language,
        userId: next.userId,
      });
      if (id) written.push(id);
    }
  }
  return written;
}

/**
 * Signing up to an event, confirming and cancelling. A member of the public gives a name and an email
 * (and the answer to the organiser's question, when there is one) and confirms from the mail's link;
 * a signed-in person signs up from their account (its name and email are not stored again). Places
 * are given under the event's row lock: CONFIRMED while places remain, else WAITLISTED when the event
 * keeps a waiting list, else EVENT_FULL.
 */
@Injectable()
export class EventSignupService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimitService,
    private readonly mails: SignupMailService,
  ) {}

  async signUp(
    actor: Actor,
    input: SignUpForEventInput,
    ipAddress: string | undefined,
  ): Promise<EventSignupReceiptModel> {
    if (!isUuid(input.eventId)) throw eventNotFound(input.eventId);
    const person = await this.person(actor, input, ipAddress);
    const visible = await this.prisma.event.findFirst({
      where: { AND: [{ id: input.eventId }, visibleEventsWhere(actor)] },
      select: { id: true, signupQuestion: true },
    });
    if (!visible) throw eventNotFound(input.eventId);
    let answer: string | null = null;
    if (hasQuestion(visible.signupQuestion)) {
      answer = input.answer?.trim() ?? '';
      if (answer.length < 1 || answer.length > MAX_ANSWER_LENGTH) {
        throw new BadUserInputError(
          'input.answer',
          `Answer the question (1–${MAX_ANSWER_LENGTH} characters).`,
        );
      }
    }
    const token = newSecretToken();
    const { receipt, mailIds } = await this.prisma.$transaction(async (tx) => {
      await lockEvent(tx, visible.id);
      const event = await tx.event.findUniqueOrThrow({
        where: { id: visible.id },
        include: SIGNUP_MAIL_EVENT_INCLUDE,
      });
      const now = new Date();
      const closed = closedReason(event, now);
      if (closed) throw signupRefused(closed);
      // With an account: a place (or the waiting list) now. Without one: PENDING until the mail's link
      // is followed, and never refused for an address already signed up, so that the answer tells
      // nobody whether it is (that is checked when the mailbox's owner confirms).
      let status: SignupStatus;
      if (person.userId) {
        await assertNotSignedUp(tx, event.id, { userId: person.userId, email: person.email });
        status = await placeFor(tx, event);
      } else {
        if (event.capacity !== null && !event.waitlistEnabled) {
          // Full without a waiting list is public (the event's placesLeft): refused at once.
          await placeFor(tx, event);
        }
        status = 'PENDING';
      }
      assertSignupTransition(null, status, 'signUp');
      const signup = await tx.eventSignup.create({
        data: {
          eventId: event.id,
          userId: person.userId,
          // A signed-in person's name and email are read from the account, not stored twice.
          name: person.userId ? null : person.name,
          email: person.userId ? null : person.email,
          answer,
          language: person.language,
          status,
          cancelTokenHash: hashSecretToken(token),
        },
      });
      // A pending attempt is audited when it is confirmed: until then it is not a sign-up, and the
      // organisers' audit log must not show attempts their list of sign-ups hides.
      if (status !== 'PENDING') {
        await this.audit.record(tx, actor, {
          action: 'event.signedUp',
          entityType: 'EventSignup',
          entityId: signup.id,
          networkId: event.networkId,
          ...(event.organizationId ? { organizationId: event.organizationId } : {}),
          note: `sign-up ${signup.id} of event ${event.id}: ${status}`,
        });
      }
      const recipient = {
        signupId: signup.id,
        email: person.email,
        language: person.language,
        userId: person.userId,
      };
      const mailId =
        status === 'PENDING'
          ? await this.mails.write(tx, 'confirm', event, recipient, { confirmToken: token })
          : await this.mails.write(
              tx,
              status === 'CONFIRMED' ? 'confirmed' : 'waitlisted',
              event,
              recipient,
              { cancelToken: token },
            );
      return {
        receipt: { id: signup.id, eventId: event.id, status },
        mailIds: [mailId],
      };
    });
    await this.mails.dispatch(mailIds);
    return receipt;
  }

  /**
   * Confirms a sign-up made without an account, with the token of its mail's link (which then serves
   * as its cancel link): a place while places remain, else the waiting list, else EVENT_FULL. The
   * link works for PENDING_SIGNUP_HOURS; following it again answers the sign-up's state.
   */
  async confirmByToken(
    token: string,
    ipAddress: string | undefined,
  ): Promise<EventSignupReceiptModel> {
    await this.rateLimits.consume('eventSignup', `confirm|ip|${ipAddress ?? '?'}`);
    if (token.length < 20 || token.length > 100) throw invalidCancelToken();
    const found = await this.prisma.eventSignup.findUnique({
      where: { cancelTokenHash: hashSecretToken(token) },
      select: { id: true, eventId: true, erasedAt: true },
    });
    if (!found || found.erasedAt) throw invalidCancelToken();
    const { receipt, mailIds } = await this.prisma.$transaction(async (tx) => {
      await lockEvent(tx, found.eventId);
      // Deleted meanwhile (the daily clean-up of expired links) or erased: the link is not valid.
      const signup = await tx.eventSignup.findUnique({ where: { id: found.id } });
      if (!signup?.email || signup.erasedAt) throw invalidCancelToken();
      if (signup.status !== 'PENDING') {
        return {
          receipt: { id: signup.id, eventId: signup.eventId, status: signup.status },
          mailIds: [],
        };
      }
      const now = new Date();
      if (now.getTime() - signup.createdAt.getTime() > PENDING_SIGNUP_HOURS * HOUR_MS) {
        throw signupRefused('LINK_EXPIRED');
      }
      const event = await tx.event.findUniqueOrThrow({
        where: { id: signup.eventId },
        include: SIGNUP_MAIL_EVENT_INCLUDE,
      });
      // Still open, and still for the public (an audience narrowed since takes no anonymous places).
      const closed = event.audience === 'PUBLIC' ? closedReason(event, now) : 'SIGNUP_CLOSED';
      if (closed) throw signupRefused(closed);
      const email = signup.email;
      await assertNotSignedUp(tx, event.id, { userId: null, email });
      const status = await placeFor(tx, event);
      assertSignupTransition('PENDING', status, 'confirm');
      // The sign-up counts from its confirmation: its place in the waiting list and in the
      // organisers' list is that moment's, so an early unconfirmed attempt holds no position.
      await tx.eventSignup.update({ where: { id: signup.id }, data: { status, createdAt: now } });
      await this.audit.record(
        tx,
        { kind: 'anonymous' },
        {
          action: 'event.signedUp',
          entityType: 'EventSignup',
          entityId: signup.id,
          networkId: event.networkId,
          ...(event.organizationId ? { organizationId: event.organizationId } : {}),
          note: `sign-up ${signup.id} of event ${event.id}: ${status} (confirmed from the mail)`,
        },
      );
      const mailId = await this.mails.write(
        tx,
        status === 'CONFIRMED' ? 'confirmed' : 'waitlisted',
        event,
        { signupId: signup.id, email, language: signup.language, userId: null },
        { cancelToken: token },
      );
      return { receipt: { id: signup.id, eventId: event.id, status }, mailIds: [mailId] };
    });
    await this.mails.dispatch(mailIds);
    return receipt;
  }

  /** Cancels the sign-up of a cancel link (no account needed). Cancelling twice answers the same. */
  async cancelByToken(
    token: string,
    ipAddress: string | undefined,
  ): Promise<EventSignupReceiptModel> {
    await this.rateLimits.consume('eventSignup', `cancel|ip|${ipAddress ?? '?'}`);
    if (token.length < 20 || token.length > 100) throw invalidCancelToken();
    const signup = await this.prisma.eventSignup.findUnique({
      where: { cancelTokenHash: hashSecretToken(token) },
      select: { id: true, eventId: true, erasedAt: true, status: true },
    });
    // A sign-up never confirmed holds nothing to cancel: its link is a confirmation link.
    if (!signup || signup.erasedAt || signup.status === 'PENDING') throw invalidCancelToken();
    return this.cancel(signup.id, signup.eventId, { kind: 'anonymous' });
  }

  /** Cancels the signed-in person's own sign-up to an event. */
  async cancelOwn(actor: Actor, eventId: string): Promise<EventSignupReceiptModel> {
    if (actor.kind !== 'user' || !isUuid(actor.id)) {
      throw new DomainError('UNAUTHENTICATED', 'Sign in with your account to do this.');
    }
    if (!isUuid(eventId)) throw eventNotFound(eventId);
    const signup = await this.prisma.eventSignup.findFirst({
      where: { eventId, userId: actor.id, status: { in: ACTIVE } },
      select: { id: true },
    });
    if (!signup) throw eventNotFound(eventId);
    return this.cancel(signup.id, eventId, actor);
  }

  private async cancel(
    signupId: string,
    eventId: string,
    actor: Actor,
  ): Promise<EventSignupReceiptModel> {
    const { receipt, mailIds } = await this.prisma.$transaction(async (tx) => {
      await lockEvent(tx, eventId);
      const event = await tx.event.findUniqueOrThrow({
        where: { id: eventId },
        include: SIGNUP_MAIL_EVENT_INCLUDE,
      });
      const signup = await tx.eventSignup.findUniqueOrThrow({ where: { id: signupId } });
      if (signup.status === 'CANCELLED') {
        return { receipt: { id: signup.id, eventId, status: signup.status }, mailIds: [] };
      }
      const now = new Date();
      if (now >= event.lastEndsAt) throw cancelTooLate();
      assertSignupTransition(signup.status, 'CANCELLED', 'cancel');
      await tx.eventSignup.update({
        where: { id: signup.id },
        data: { status: 'CANCELLED', cancelledAt: now },
      });
      await this.audit.record(tx, actor, {
        action: 'event.signupCancelled',
        entityType: 'EventSignup',
        entityId: signup.id,
        networkId: event.networkId,
        ...(event.organizationId ? { organizationId: event.organizationId } : {}),
        note: `sign-up ${signup.id} of event ${event.id}: ${signup.status} → CANCELLED`,
      });
      const promoted =
        signup.status === 'CONFIRMED'
          ? await promoteWaiting(tx, event, this.mails, this.audit, actor, now)
          : [];
      return {
        receipt: { id: signup.id, eventId, status: 'CANCELLED' as const },
        mailIds: promoted,
      };
    });
    await this.mails.dispatch(mailIds);
    return receipt;
  }

  /** Who signs up: the account of a signed-in person, or the name and email given (rate-limited). */
  private async person(
    actor: Actor,
    input: SignUpForEventInput,
    ipAddress: string | undefined,
  ): Promise<{ userId: string | null; name: string; email: string; language: string }> {
    if (actor.kind === 'user') {
      const user = isUuid(actor.id)
        ? await this.prisma.user.findUnique({
            where: { id: actor.id },
            select: { id: true, name: true, email: true, language: true, disabledAt: true },
          })
        : null;
      if (!user || user.disabledAt) {
        throw new DomainError('UNAUTHENTICATED', 'Sign in with your account to do this.');
      }
      return { userId: user.id, name: user.name, email: user.email, language: user.language };
    }
    await this.rateLimits.consume('eventSignup', `signup|ip|${ipAddress ?? '?'}`);
    const name = validName(input.name, 'input.name');
    const email = validEmail(input.email ?? '', 'input.email');
    await this.rateLimits.consume('eventSignup', `signup|email|${email}`);
    return { userId: null, name, email, language: mailLanguage(input.language) };
  }
}
