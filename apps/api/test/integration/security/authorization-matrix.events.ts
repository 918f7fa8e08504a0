import {
  type ActorSpec,
  coordinates,
  isAdmin,
  type NetworkKey,
  type OrgKey,
  type MatrixCase,
  matrixCase,
  type MatrixContext,
  NETWORKS,
  OK,
  okIf,
  ORGS,
  pick,
  professionalIn,
  staffOf,
  TENANT_KEYS,
  type TenantKey,
  TENANTS,
  type VisibilityCase,
  visibilityCase,
} from './authorization-matrix.fixtures';

/**
 * Events (issue 15) in the authorization matrix: reading is public within event-visibility.ts;
 * `event.manage` (the organising organisation's staff, the network's coordinators) edits, submits,
 * cancels and changes occurrences; `event.review` (the coordinators) approves and returns, and
 * publishes directly in a network that reviews events (both demo networks do).
 */

type EventState = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED';
const NONE = ['-'] as const;

const WEEK = 7 * 86_400_000;
const FIRST_START = new Date('2030-04-02T14:00:00.000Z');

/** An event of the tenant's organisation in the tenant's network: weekly, three meetings. */
export async function buildEvent(
  ctx: MatrixContext,
  target: TenantKey,
  status: EventState,
  extra: { audience?: 'PUBLIC' | 'PROFESSIONALS'; onlineUrl?: string } = {},
): Promise<{ id: string; version: number }> {
  const { network, org } = TENANTS[target];
  const endsAt = new Date(FIRST_START.getTime() + 2 * 3600_000);
  const event = await ctx.prisma.event.create({
    data: {
      networkId: NETWORKS[network],
      organizationId: ORGS[org],
      kind: 'GROUP',
      audience: extra.audience ?? 'PUBLIC',
      status,
      title: { fi: `Matriisin ryhmä ${ctx.build.next()}` },
      startsAt: FIRST_START,
      endsAt,
      recurrence: 'FREQ=WEEKLY;COUNT=3',
      lastEndsAt: new Date(endsAt.getTime() + 2 * WEEK),
      meetingCount: 3,
      isOnline: true,
      onlineUrl: extra.onlineUrl ?? null,
      ...(status === 'PUBLISHED' ? { publishedAt: new Date() } : {}),
    },
  });
  return { id: event.id, version: event.version };
}

/** `event.manage`: the event's organisation's staff and its network's coordinators. */
const MANAGERS = (actor: ActorSpec, target: TenantKey) =>
  okIf(staffOf(actor, TENANTS[target].org) || coordinates(actor, TENANTS[target].network));
/** `event.review`: the network's coordinators. */
const REVIEWERS = (actor: ActorSpec, target: TenantKey) =>
  okIf(coordinates(actor, TENANTS[target].network));

const versioned = (state: EventState) => async (ctx: MatrixContext, target: TenantKey) => {
  const { id, version } = await buildEvent(ctx, target, state);
  return { input: { id, expectedVersion: version } };
};
const withReason = (state: EventState) => async (ctx: MatrixContext, target: TenantKey) => {
  const { id, version } = await buildEvent(ctx, target, state);
  return { input: { id, expectedVersion: version, reason: 'Matriisin syy' } };
};
const statusDoc = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { id status } }`;

export const EVENT_MATRIX: Record<string, MatrixCase<string>> = {
  event: matrixCase<TenantKey>({
    doc: 'query($id: ID!) { event(id: $id) { id occurrences { startsAt } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: (await buildEvent(ctx, target, 'PUBLISHED')).id }),
    expect: () => OK,
    readOnly: true,
  }),
  events: matrixCase<string>({
    doc: '{ events(first: 5) { totalCount } }',
    targets: NONE,
    expect: () => OK,
    readOnly: true,
  }),
  createEvent: matrixCase<TenantKey>({
    doc: 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id status } }',
    targets: TENANT_KEYS,
    setup: (ctx, target) =>
      Promise.resolve({
        input: {
          networkId: NETWORKS[TENANTS[target].network],
          organizationId: ORGS[TENANTS[target].org],
          kind: 'WEBINAR',
          audience: 'PUBLIC',
          title: { fi: `Matriisin webinaari ${ctx.build.next()}` },
          startsAt: '2030-05-01T12:00:00.000Z',
          endsAt: '2030-05-01T13:00:00.000Z',
          isOnline: true,
        },
      }),
    expect: MANAGERS,
  }),
  updateEvent: matrixCase<TenantKey>({
    doc: 'mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id version } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const { id, version } = await buildEvent(ctx, target, 'DRAFT');
      return { input: { id, expectedVersion: version, title: { fi: 'Matriisin muutos' } } };
    },
    expect: MANAGERS,
  }),
  submitEvent: matrixCase<TenantKey>({
    doc: statusDoc('submitEvent', 'EventVersionInput'),
    targets: TENANT_KEYS,
    setup: versioned('DRAFT'),
    expect: MANAGERS,
  }),
  approveEvent: matrixCase<TenantKey>({
    doc: statusDoc('approveEvent', 'EventVersionInput'),
    targets: TENANT_KEYS,
    setup: versioned('SUBMITTED'),
    expect: REVIEWERS,
  }),
  returnEvent: matrixCase<TenantKey>({
    doc: statusDoc('returnEvent', 'EventReasonInput'),
    targets: TENANT_KEYS,
    setup: withReason('SUBMITTED'),
    expect: REVIEWERS,
  }),
  // Both demo networks review events: publishing a draft directly is the coordinators' call.
  publishEvent: matrixCase<TenantKey>({
    doc: statusDoc('publishEvent', 'EventVersionInput'),
    targets: TENANT_KEYS,
    setup: versioned('DRAFT'),
    expect: REVIEWERS,
  }),
  cancelEvent: matrixCase<TenantKey>({
    doc: statusDoc('cancelEvent', 'EventReasonInput'),
    targets: TENANT_KEYS,
    setup: withReason('PUBLISHED'),
    expect: MANAGERS,
  }),
  deleteEventDraft: matrixCase<TenantKey>({
    doc: 'mutation($input: EventVersionInput!) { deleteEventDraft(input: $input) }',
    targets: TENANT_KEYS,
    setup: versioned('DRAFT'),
    expect: MANAGERS,
  }),
  cancelEventOccurrence: matrixCase<TenantKey>({
    doc: statusDoc('cancelEventOccurrence', 'CancelEventOccurrenceInput'),
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const { id, version } = await buildEvent(ctx, target, 'PUBLISHED');
      const second = new Date(FIRST_START.getTime() + WEEK).toISOString();
      return { input: { id, expectedVersion: version, occurrenceStart: second } };
    },
    expect: MANAGERS,
  }),
  restoreEventOccurrence: matrixCase<TenantKey>({
    doc: statusDoc('restoreEventOccurrence', 'RestoreEventOccurrenceInput'),
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const { id, version } = await buildEvent(ctx, target, 'PUBLISHED');
      const second = new Date(FIRST_START.getTime() + WEEK);
      await ctx.prisma.eventException.create({
        data: { eventId: id, occurrenceStart: second, newStartsAt: null, newEndsAt: null },
      });
      return { input: { id, expectedVersion: version, occurrenceStart: second.toISOString() } };
    },
    expect: MANAGERS,
  }),
  addEventOccurrence: matrixCase<TenantKey>({
    doc: statusDoc('addEventOccurrence', 'AddEventOccurrenceInput'),
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const { id, version } = await buildEvent(ctx, target, 'PUBLISHED');
      // A day after the second weekly date: free, in the future.
      const extra = new Date(FIRST_START.getTime() + WEEK + 86_400_000).toISOString();
      return { input: { id, expectedVersion: version, startsAt: extra } };
    },
    expect: MANAGERS,
  }),
  moveEventOccurrence: matrixCase<TenantKey>({
    doc: statusDoc('moveEventOccurrence', 'MoveEventOccurrenceInput'),
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const { id, version } = await buildEvent(ctx, target, 'PUBLISHED');
      const second = FIRST_START.getTime() + WEEK;
      return {
        input: {
          id,
          expectedVersion: version,
          occurrenceStart: new Date(second).toISOString(),
          newStartsAt: new Date(second + 86_400_000).toISOString(),
          newEndsAt: new Date(second + 86_400_000 + 3600_000).toISOString(),
        },
      };
    },
    expect: MANAGERS,
  }),
};

const LINK = 'https://teams.example.com/meet/matriisi';

/** The matrix organisations that are ACTIVE members of each demo network (see the fixtures). */
const MEMBERS_OF: Record<NetworkKey, readonly OrgKey[]> = {
  perhelinja: ['mll', 'kaupunkilahetys', 'turku'],
  liitto: ['turku', 'lahti'],
};
/** Staff of an active member see the network's MEMBERS and PROFESSIONALS events. */
const memberStaff = (actor: ActorSpec, network: NetworkKey) =>
  isAdmin(actor) || (actor.org !== undefined && MEMBERS_OF[network].includes(actor.org.key));

/** Nested fields of events (…-nested): the meeting link, the occurrences, a service's events. */
export const EVENT_VISIBILITY_CASES: Record<string, VisibilityCase<string>> = {
  // A PROFESSIONALS event: the network's professionals and coordinators, the organisation's staff,
  // and staff of the network's active members (who see the event) — never anonymous.
  'Event.onlineUrl': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { event(id: $id) { onlineUrl } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (
        await buildEvent(ctx, target, 'PUBLISHED', { audience: 'PROFESSIONALS', onlineUrl: LINK })
      ).id,
    }),
    visible: (actor, target) =>
      staffOf(actor, TENANTS[target].org) ||
      coordinates(actor, TENANTS[target].network) ||
      professionalIn(actor, TENANTS[target].network),
    shows: (data) => pick(data, 'event.onlineUrl') === LINK,
    hidden: 'either',
  }),
  // A published PROFESSIONALS event of a published service: listed for the network's readers of
  // professionals' events, left out for everyone else.
  'Service.events': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { service(id: $id) { events(first: 50) { edges { node { id } } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const service = await ctx.build.service(TENANTS[target], 'PUBLISHED');
      const { id } = await buildEvent(ctx, target, 'PUBLISHED', { audience: 'PROFESSIONALS' });
      await ctx.prisma.event.update({ where: { id }, data: { serviceId: service.id } });
      return { id: service.id, eventId: id };
    },
    visible: (actor, target) =>
      coordinates(actor, TENANTS[target].network) ||
      professionalIn(actor, TENANTS[target].network) ||
      memberStaff(actor, TENANTS[target].network),
    shows: (data, v) => {
      const edges = pick(data, 'service.events.edges');
      return Array.isArray(edges) && edges.some((edge) => pick(edge, 'node.id') === v.eventId);
    },
    hidden: 'quiet',
  }),
  'Event.occurrences': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { event(id: $id) { occurrences(from: "2030-01-01T00:00:00.000Z") { startsAt } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: (await buildEvent(ctx, target, 'DRAFT')).id }),
    visible: (actor, target) =>
      staffOf(actor, TENANTS[target].org) || coordinates(actor, TENANTS[target].network),
    shows: (data) => {
      const list = pick(data, 'event.occurrences');
      return Array.isArray(list) && list.length === 3;
    },
    hidden: 'refused',
  }),
};
