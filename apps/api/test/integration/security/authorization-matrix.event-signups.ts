import { hashSecretToken, newSecretToken } from '../../../src/auth/secret-token';
import {
  type ActorSpec,
  coordinates,
  type MatrixCase,
  matrixCase,
  type MatrixContext,
  NETWORKS,
  OK,
  okIf,
  ORGS,
  REFUSED,
  staffOf,
  TENANT_KEYS,
  type TenantKey,
  TENANTS,
} from './authorization-matrix.fixtures';

/**
 * Event sign-ups (issue 15) in the authorization matrix: anyone signs up to a public event and
 * anyone holding a cancel link cancels; the signed-in cancel their own; the event's organisation's
 * staff and its network's coordinators (`event.manage`) list sign-ups and record attendance.
 */

/** A published public event of the tenant's organisation in the tenant's network, taking sign-ups. */
export async function buildSignupEvent(ctx: MatrixContext, target: TenantKey): Promise<string> {
  const { network, org } = TENANTS[target];
  const startsAt = new Date('2030-03-05T15:00:00.000Z');
  const endsAt = new Date('2030-03-05T17:00:00.000Z');
  const event = await ctx.prisma.event.create({
    data: {
      networkId: NETWORKS[network],
      organizationId: ORGS[org],
      kind: 'PUBLIC_EVENT',
      audience: 'PUBLIC',
      status: 'PUBLISHED',
      title: { fi: `Matriisin tapahtuma ${ctx.build.next()}` },
      startsAt,
      endsAt,
      lastEndsAt: endsAt,
      signupEnabled: true,
      capacity: 50,
    },
  });
  return event.id;
}

/**
 * A confirmed sign-up (anonymous, or of `userId`) to a new event of the tenant, with its token; or an
 * anonymous one not yet confirmed from its mail (`pending`).
 */
async function buildSignup(
  ctx: MatrixContext,
  target: TenantKey,
  userId?: string,
  pending = false,
): Promise<{ eventId: string; signupId: string; token: string }> {
  const eventId = await buildSignupEvent(ctx, target);
  const token = newSecretToken();
  const n = ctx.build.next();
  const signup = await ctx.prisma.eventSignup.create({
    data: {
      eventId,
      status: pending ? 'PENDING' : 'CONFIRMED',
      cancelTokenHash: hashSecretToken(token),
      ...(userId ? { userId } : { name: `Matriisi ${n}`, email: `matriisi${n}@example.fi` }),
    },
  });
  return { eventId, signupId: signup.id, token };
}

/** `event.manage`: the event's organisation's staff and its network's coordinators. */
const MANAGERS = (actor: ActorSpec, target: TenantKey): ReturnType<typeof okIf> =>
  okIf(staffOf(actor, TENANTS[target].org) || coordinates(actor, TENANTS[target].network));

export const EVENT_SIGNUP_MATRIX: Record<string, MatrixCase<string>> = {
  signUpForEvent: matrixCase<TenantKey>({
    doc: 'mutation($input: SignUpForEventInput!) { signUpForEvent(input: $input) { id status } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const n = ctx.build.next();
      return {
        input: {
          eventId: await buildSignupEvent(ctx, target),
          name: `Matriisi ${n}`,
          email: `matriisi-signup${n}@example.fi`,
        },
      };
    },
    // The public signs up with a name and an email (to be confirmed from the mail), everyone else
    // from their account (a place at once).
    expect: () => OK,
    verify: (data) => {
      expect(data.signUpForEvent).toMatchObject({
        status: expect.stringMatching(/^(CONFIRMED|PENDING)$/),
      });
    },
  }),
  // The confirmation link's token is the authority, as for cancelling.
  confirmSignup: matrixCase<TenantKey>({
    doc: 'mutation($token: String!) { confirmSignup(token: $token) { id status } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      token: (await buildSignup(ctx, target, undefined, true)).token,
    }),
    expect: () => OK,
    verify: (data) => {
      expect(data.confirmSignup).toMatchObject({ status: 'CONFIRMED' });
    },
  }),
  // The link's token is the authority: whoever holds it cancels, signed in or not.
  cancelSignup: matrixCase<TenantKey>({
    doc: 'mutation($token: String!) { cancelSignup(token: $token) { id status } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ token: (await buildSignup(ctx, target)).token }),
    expect: () => OK,
    verify: (data) => {
      expect(data.cancelSignup).toMatchObject({ status: 'CANCELLED' });
    },
  }),
  // Each signed-in actor cancels a sign-up of their own; the anonymous has none.
  cancelMySignup: matrixCase<TenantKey>({
    doc: 'mutation($eventId: ID!) { cancelMySignup(eventId: $eventId) { id status } }',
    targets: TENANT_KEYS,
    perActor: true,
    setup: async (ctx, target, actor) => ({
      eventId: (await buildSignup(ctx, target, actor.userId)).eventId,
    }),
    expect: (actor) => (actor.key === 'anonymous' ? REFUSED : OK),
  }),
  eventSignups: matrixCase<TenantKey>({
    doc: 'query($eventId: ID!) { eventSignups(eventId: $eventId, first: 5) { totalCount edges { node { id email } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ eventId: (await buildSignup(ctx, target)).eventId }),
    expect: MANAGERS,
    readOnly: true,
    verify: (data) => {
      expect(data.eventSignups).toMatchObject({ totalCount: 1 });
    },
  }),
  markAttendance: matrixCase<TenantKey>({
    doc: 'mutation($id: ID!) { markAttendance(signupId: $id, attended: true) { id attended } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: (await buildSignup(ctx, target)).signupId }),
    expect: MANAGERS,
  }),
  setEventAttendanceCount: matrixCase<TenantKey>({
    doc: 'mutation($id: ID!) { setEventAttendanceCount(eventId: $id, count: 7) { id attendanceCount } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: await buildSignupEvent(ctx, target) }),
    expect: MANAGERS,
  }),
};
