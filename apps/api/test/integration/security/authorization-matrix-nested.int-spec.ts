import { isObjectType } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';

import { DB_MODE_LABEL } from '../../helpers/test-app';
import {
  ACTORS,
  adminOf,
  coordinates,
  countVisibilityCases,
  describeVisibility,
  type MatrixContext,
  NETWORK_KEYS,
  NETWORK_SLUGS,
  type NetworkKey,
  NETWORKS,
  nodesAt,
  type OrgKey,
  ORGS,
  pick,
  professionalIn,
  START_TIMEOUT_MS,
  staffOf,
  startMatrix,
  TENANT_KEYS,
  type TenantKey,
  TENANTS,
  type VisibilityCase,
  visibilityCase,
} from './authorization-matrix.fixtures';
import { EVENT_VISIBILITY_CASES } from './authorization-matrix.events';
import {
  REFERRAL_PUBLIC_FIELDS,
  REFERRAL_VISIBILITY_CASES,
} from './authorization-matrix.referrals';
import { buildSeries, buildSession, readsSeries } from './authorization-matrix.info-series';
import { buildSurvey, referrerOf } from './authorization-matrix.feedback';

/**
 * Nested fields that carry restricted data, read by every actor (real sessions) for data of each
 * tenant: whoever may see it sees it, everyone else gets a refusal or nothing (as the field
 * documents), and reading changes nothing. The completeness test lists every field of the schema
 * that takes arguments or whose description restricts it: each has a case here or is declared public.
 */

/** Another member of the tenant's network, producing a delivery of the tenant's service. */
const PRODUCER: Record<TenantKey, OrgKey> = {
  'mll@perhelinja': 'kaupunkilahetys',
  'kaupunkilahetys@perhelinja': 'turku',
  'turku@perhelinja': 'mll',
  'turku@liitto': 'lahti',
  'lahti@liitto': 'turku',
};

const net = (target: TenantKey): NetworkKey => TENANTS[target].network;
const org = (target: TenantKey): OrgKey => TENANTS[target].org;
/** The service's staff and its network's coordinators (`service.readDrafts`). */
const serviceStaff = (actor: Parameters<typeof staffOf>[0], target: TenantKey) =>
  staffOf(actor, org(target)) || coordinates(actor, net(target));
/** …and the staff of the organisation producing the delivery (`delivery.manage`). */
const deliveryStaff = (actor: Parameters<typeof staffOf>[0], target: TenantKey) =>
  serviceStaff(actor, target) || staffOf(actor, PRODUCER[target]);
const includesId = (nodes: unknown[], path: string, id: unknown) =>
  nodes.some((node) => pick(node, path) === id);

/** A network-level dashboard field: its coordinators (and platform admins) only. */
function coordinatorField(selection: string): VisibilityCase<string> {
  const field = selection.split(/[ ({]/)[0] ?? selection;
  return visibilityCase<NetworkKey>({
    doc: `query($slug: String!) { network(slug: $slug) { ${selection} } }`,
    targets: NETWORK_KEYS,
    setup: (_ctx, target) => Promise.resolve({ slug: NETWORK_SLUGS[target] }),
    visible: (actor, target) => coordinates(actor, target),
    shows: (data) => pick(data, `network.${field}`) != null,
    hidden: 'refused',
  });
}

/** Membership status details: the membership's network's coordinators and the member's own admins. */
const STATUS_TARGETS = [
  'suspended, perhelinja only',
  'suspended in perhelinja, shared',
  'suspended in liitto, shared',
  'reactivated turku@perhelinja',
  'reactivated turku@liitto',
] as const;
type StatusTarget = (typeof STATUS_TARGETS)[number];
const STATUS_NETWORK: Record<StatusTarget, NetworkKey> = {
  'suspended, perhelinja only': 'perhelinja',
  'suspended in perhelinja, shared': 'perhelinja',
  'suspended in liitto, shared': 'liitto',
  'reactivated turku@perhelinja': 'perhelinja',
  'reactivated turku@liitto': 'liitto',
};

async function statusTarget(
  ctx: MatrixContext,
  target: StatusTarget,
): Promise<{ slug: string; orgId: string; networkId: string; reason: string }> {
  const network = STATUS_NETWORK[target];
  const reason = `Matriisin syy ${ctx.build.next()}`;
  let orgId: string;
  if (target.startsWith('reactivated')) {
    orgId = ORGS.turku;
    await ctx.prisma.networkMembership.update({
      where: {
        networkId_organizationId: { networkId: NETWORKS[network], organizationId: orgId },
      },
      data: { statusReason: reason, statusSince: new Date() },
    });
  } else {
    const other: NetworkKey = network === 'perhelinja' ? 'liitto' : 'perhelinja';
    orgId = (
      await ctx.build.organization([
        { network, status: 'SUSPENDED', reason },
        ...(target.includes('shared') ? [{ network: other, status: 'ACTIVE' as const }] : []),
      ])
    ).id;
  }
  return { slug: NETWORK_SLUGS[network], orgId, networkId: NETWORKS[network], reason };
}

const statusVisible = (actor: Parameters<typeof staffOf>[0], target: StatusTarget) =>
  coordinates(actor, STATUS_NETWORK[target]) ||
  (target.startsWith('reactivated') && adminOf(actor, 'turku'));

const CASES: Record<string, VisibilityCase<string>> = {
  // ── The coordinator's dashboard (fields of Network).
  'Network.reviewQueue': visibilityCase<TenantKey>({
    doc: 'query($slug: String!) { network(slug: $slug) { reviewQueue(first: 100) { edges { node { service { id } } } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      slug: NETWORK_SLUGS[net(target)],
      id: (await ctx.build.service(TENANTS[target], 'SUBMITTED')).id,
    }),
    visible: (actor, target) => coordinates(actor, net(target)),
    shows: (data, v) => includesId(nodesAt(data, 'network.reviewQueue'), 'service.id', v.id),
    hidden: 'refused',
  }),
  'Network.plannedDeliveries': visibilityCase<TenantKey>({
    doc: 'query($slug: String!) { network(slug: $slug) { plannedDeliveries(first: 100) { edges { node { id } } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const service = await ctx.build.service(TENANTS[target], 'PUBLISHED');
      const planned = await ctx.build.delivery(service.id, org(target), 'PLANNING', {
        readiness: true,
      });
      return { slug: NETWORK_SLUGS[net(target)], id: planned.id };
    },
    visible: (actor, target) => coordinates(actor, net(target)),
    shows: (data, v) => includesId(nodesAt(data, 'network.plannedDeliveries'), 'id', v.id),
    hidden: 'refused',
  }),
  'Network.allServices': visibilityCase<TenantKey>({
    doc: 'query($slug: String!, $name: String!) { network(slug: $slug) { allServices(first: 100, filter: { nameContains: $name }) { edges { node { id } } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const draft = await ctx.build.service(TENANTS[target], 'DRAFT');
      return { slug: NETWORK_SLUGS[net(target)], id: draft.id, name: draft.name };
    },
    visible: (actor, target) => coordinates(actor, net(target)),
    shows: (data, v) => includesId(nodesAt(data, 'network.allServices'), 'id', v.id),
    hidden: 'refused',
  }),
  'Network.deliveryCoverage': coordinatorField('deliveryCoverage(first: 1) { totalCount }'),
  'Network.coverage': coordinatorField('coverage(filter: { dimension: THEME }) { gapCount }'),
  'Network.recentChanges': coordinatorField('recentChanges(first: 1) { totalCount }'),
  'Network.stats': coordinatorField('stats { publishedServices }'),
  'Network.freshnessReport': coordinatorField('freshnessReport(first: 1) { totalCount }'),
  'Network.readinessTemplate': coordinatorField('readinessTemplate { id }'),
  'Network.searchSynonyms': coordinatorField('searchSynonyms(first: 1) { totalCount }'),
  'Network.otherProviders': coordinatorField('otherProviders(first: 1) { totalCount }'),
  'Network.reviewActivity': coordinatorField('reviewActivity(months: 2) { month }'),

  // ── Lists that show drafts only to the service's staff and its network's coordinators: a shared
  // organisation's drafts in one network stay hidden from the other network's coordinators.
  'Network.services (drafts)': visibilityCase<TenantKey>({
    doc: 'query($slug: String!, $name: String!) { network(slug: $slug) { services(first: 100, filter: { statuses: [DRAFT], nameContains: $name }) { edges { node { id } } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const draft = await ctx.build.service(TENANTS[target], 'DRAFT');
      return { slug: NETWORK_SLUGS[net(target)], id: draft.id, name: draft.name };
    },
    visible: serviceStaff,
    shows: (data, v) => includesId(nodesAt(data, 'network.services'), 'id', v.id),
    hidden: 'quiet',
  }),
  'Organization.services (drafts)': visibilityCase<TenantKey>({
    doc: 'query($org: ID!, $name: String!) { organization(id: $org) { services(first: 100, filter: { statuses: [DRAFT], nameContains: $name }) { edges { node { id } } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const draft = await ctx.build.service(TENANTS[target], 'DRAFT');
      return { org: ORGS[org(target)], id: draft.id, name: draft.name };
    },
    visible: serviceStaff,
    shows: (data, v) => includesId(nodesAt(data, 'organization.services'), 'id', v.id),
    hidden: 'quiet',
  }),
  'Query.services (drafts)': visibilityCase<TenantKey>({
    doc: 'query($org: ID!, $name: String!) { services(first: 100, filter: { statuses: [DRAFT], organizationId: $org, nameContains: $name }) { edges { node { id } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const draft = await ctx.build.service(TENANTS[target], 'DRAFT');
      return { org: ORGS[org(target)], id: draft.id, name: draft.name };
    },
    visible: serviceStaff,
    shows: (data, v) => includesId(nodesAt(data, 'services'), 'id', v.id),
    hidden: 'quiet',
  }),
  // Its staff, and coordinators of its networks for their network's services only.
  'Organization.servicesDueForCheck': visibilityCase<TenantKey>({
    doc: 'query($org: ID!) { organization(id: $org) { servicesDueForCheck(first: 100) { edges { node { id } } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const due = await ctx.build.service(TENANTS[target], 'PUBLISHED', { verifiedMonthsAgo: 14 });
      return { org: ORGS[org(target)], id: due.id };
    },
    visible: serviceStaff,
    shows: (data, v) => includesId(nodesAt(data, 'organization.servicesDueForCheck'), 'id', v.id),
    hidden: 'either',
  }),

  // ── A published service's restricted parts (the service itself is public).
  'Service.auditTrail': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { service(id: $id) { auditTrail(first: 5) { totalCount } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (await ctx.build.service(TENANTS[target], 'PUBLISHED')).id,
    }),
    visible: serviceStaff,
    shows: (data) => pick(data, 'service.auditTrail') != null,
    hidden: 'refused',
  }),
  'ServiceContent.professionalInfo': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { service(id: $id) { published { professionalInfo { howToRefer { fi } } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (await ctx.build.service(TENANTS[target], 'PUBLISHED')).id,
    }),
    visible: (actor, target) => serviceStaff(actor, target) || professionalIn(actor, net(target)),
    shows: (data) => pick(data, 'service.published.professionalInfo.howToRefer.fi') != null,
    hidden: 'quiet',
  }),
  // A referrer survey's link (issue 16): the network's verified professionals only.
  'Service.openReferrerFeedbackSurvey': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { service(id: $id) { openReferrerFeedbackSurvey { id } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const survey = await buildSurvey(ctx, target, {
        own: false,
        status: 'OPEN',
        audience: 'REFERRER',
      });
      const row = await ctx.prisma.feedbackSurvey.findUniqueOrThrow({ where: { id: survey.id } });
      return { id: row.serviceId };
    },
    visible: (actor, target) => referrerOf(actor, net(target)),
    shows: (data) => pick(data, 'service.openReferrerFeedbackSurvey.id') != null,
    hidden: 'quiet',
  }),
  // …and from the professional's own referrals (`myReferrals`): every signed-in actor has referred
  // a client to the service, and only the network's verified professionals get the link.
  'MyReferral.openReferrerFeedbackSurvey': visibilityCase<TenantKey>({
    doc: '{ myReferrals(first: 100) { edges { node { serviceId openReferrerFeedbackSurvey { id } } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const survey = await buildSurvey(ctx, target, {
        own: false,
        status: 'OPEN',
        audience: 'REFERRER',
      });
      const { serviceId } = await ctx.prisma.feedbackSurvey.findUniqueOrThrow({
        where: { id: survey.id },
      });
      const referrers = [...ctx.actors.values()].flatMap((actor) =>
        actor.userId ? [actor.userId] : [],
      );
      await ctx.prisma.referral.createMany({
        data: referrers.map((referrerId) => ({
          kind: 'REFERRAL' as const,
          networkId: NETWORKS[net(target)],
          serviceId: serviceId!,
          organizationId: ORGS[org(target)],
          referrerId,
        })),
      });
      return { serviceId, surveyId: survey.id };
    },
    visible: (actor, target) => referrerOf(actor, net(target)),
    shows: (data, v) =>
      nodesAt(data, 'myReferrals').some(
        (node) =>
          pick(node, 'serviceId') === v.serviceId &&
          pick(node, 'openReferrerFeedbackSurvey.id') === v.surveyId,
      ),
    hidden: 'either',
  }),
  'Service.workingRevision': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { service(id: $id) { workingRevision { id } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (
        await ctx.build.service(TENANTS[target], 'PUBLISHED', { workingName: 'Luonnos tulossa' })
      ).id,
    }),
    visible: serviceStaff,
    shows: (data) => pick(data, 'service.workingRevision') != null,
    hidden: 'quiet',
  }),
  'Service.publishedRevision': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { service(id: $id) { publishedRevision { id } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (await ctx.build.service(TENANTS[target], 'PUBLISHED')).id,
    }),
    visible: serviceStaff,
    shows: (data) => pick(data, 'service.publishedRevision') != null,
    hidden: 'quiet',
  }),
  'Service.revisions': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { service(id: $id) { revisions(first: 5) { totalCount } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (await ctx.build.service(TENANTS[target], 'PUBLISHED')).id,
    }),
    visible: serviceStaff,
    shows: (data) => Number(pick(data, 'service.revisions.totalCount') ?? 0) > 0,
    hidden: 'quiet',
  }),
  // The name being drafted is not public until approved.
  'Service.name (working copy)': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { service(id: $id) { name { fi } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const name = `Salainen luonnosnimi ${ctx.build.next()}`;
      const service = await ctx.build.service(TENANTS[target], 'PUBLISHED', { workingName: name });
      return { id: service.id, name };
    },
    visible: serviceStaff,
    shows: (data, v) => pick(data, 'service.name.fi') === v.name,
    hidden: 'quiet',
  }),
  // Deliveries not ACTIVE: the service's staff, its coordinators and the producing organisation.
  'Service.deliveries (PLANNING, another producer)': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { service(id: $id) { deliveries(first: 100) { edges { node { id } } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const service = await ctx.build.service(TENANTS[target], 'PUBLISHED');
      const planned = await ctx.build.delivery(service.id, PRODUCER[target], 'PLANNING');
      return { id: service.id, delivery: planned.id };
    },
    visible: deliveryStaff,
    shows: (data, v) => includesId(nodesAt(data, 'service.deliveries'), 'id', v.delivery),
    hidden: 'quiet',
  }),
  'Service.deliveries (ENDED, another producer)': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { service(id: $id) { deliveries(first: 100) { edges { node { id } } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const service = await ctx.build.service(TENANTS[target], 'PUBLISHED');
      const ended = await ctx.build.delivery(service.id, PRODUCER[target], 'ENDED');
      return { id: service.id, delivery: ended.id };
    },
    visible: deliveryStaff,
    shows: (data, v) => includesId(nodesAt(data, 'service.deliveries'), 'id', v.delivery),
    hidden: 'quiet',
  }),
  'Service.producers (of a planned delivery)': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { service(id: $id) { producers { id } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const service = await ctx.build.service(TENANTS[target], 'PUBLISHED');
      await ctx.build.delivery(service.id, PRODUCER[target], 'PLANNING');
      return { id: service.id, producer: ORGS[PRODUCER[target]] };
    },
    visible: deliveryStaff,
    shows: (data, v) => {
      const producers = pick(data, 'service.producers');
      return Array.isArray(producers) && includesId(producers, 'id', v.producer);
    },
    hidden: 'quiet',
  }),
  // An ACTIVE delivery is public; its checklist (owners, notes) is not.
  'ServiceDelivery.readiness': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { service(id: $id) { deliveries(first: 100) { edges { node { id readiness { total } } } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const service = await ctx.build.service(TENANTS[target], 'PUBLISHED');
      const live = await ctx.build.delivery(service.id, PRODUCER[target], 'ACTIVE', {
        readiness: true,
      });
      return { id: service.id, delivery: live.id };
    },
    visible: deliveryStaff,
    shows: (data, v) =>
      nodesAt(data, 'service.deliveries').some(
        (node) => pick(node, 'id') === v.delivery && pick(node, 'readiness') != null,
      ),
    hidden: 'quiet',
  }),

  // ── Membership status details, from the network's side and from the organisation's.
  'NetworkMembership.statusReason (Network.members)': visibilityCase<StatusTarget>({
    doc: 'query($slug: String!) { network(slug: $slug) { members(first: 100) { edges { node { organization { id } statusReason } } } } }',
    targets: STATUS_TARGETS,
    setup: statusTarget,
    visible: statusVisible,
    shows: (data, v) =>
      nodesAt(data, 'network.members').some(
        (node) =>
          pick(node, 'organization.id') === v.orgId && pick(node, 'statusReason') === v.reason,
      ),
    hidden: 'quiet',
  }),
  'NetworkMembership.statusReason (Organization.memberships)': visibilityCase<StatusTarget>({
    doc: 'query($orgId: ID!) { organization(id: $orgId) { memberships { edges { node { network { id } statusReason } } } } }',
    targets: STATUS_TARGETS,
    setup: statusTarget,
    visible: statusVisible,
    shows: (data, v) =>
      nodesAt(data, 'organization.memberships').some(
        (node) =>
          pick(node, 'network.id') === v.networkId && pick(node, 'statusReason') === v.reason,
      ),
    hidden: 'quiet',
  }),
  'NetworkMembership.statusSince': visibilityCase<StatusTarget>({
    doc: 'query($orgId: ID!) { organization(id: $orgId) { memberships { edges { node { network { id } statusSince } } } } }',
    targets: STATUS_TARGETS,
    setup: statusTarget,
    visible: statusVisible,
    shows: (data, v) =>
      nodesAt(data, 'organization.memberships').some(
        (node) => pick(node, 'network.id') === v.networkId && pick(node, 'statusSince') != null,
      ),
    hidden: 'quiet',
  }),

  // ── One's own sessions only.
  'Query.mySessions': visibilityCase<"another account's session">({
    doc: '{ mySessions(first: 100) { edges { node { id } } } }',
    targets: ["another account's session"],
    setup: async (ctx) => ({ id: (await ctx.build.session(await ctx.build.bystander())).id }),
    visible: () => false,
    shows: (data, v) => includesId(nodesAt(data, 'mySessions'), 'id', v.id),
    hidden: 'either',
  }),
};

const listAt = (data: unknown, path: string): unknown[] => {
  const value = pick(data, path);
  return Array.isArray(value) ? (value as unknown[]) : [];
};

// ── Info session series (issue 15): the series and its sessions are for the network's readers
// (coordinators, verified professionals, member staff); the meeting link, invitations and reasons less so.
CASES['InfoSeries.sessions'] = visibilityCase<NetworkKey>({
  doc: 'query($id: ID!) { infoSeries(id: $id) { sessions(first: 5) { edges { node { id } } } } }',
  targets: NETWORK_KEYS,
  setup: async (ctx, target) => {
    const { seriesId, sessionId } = await buildSession(ctx, target);
    return { id: seriesId, sessionId };
  },
  visible: (actor, target) => readsSeries(actor, target),
  shows: (data, v) => includesId(nodesAt(data, 'infoSeries.sessions'), 'id', v.sessionId),
  hidden: 'refused',
});
CASES['InfoSeries.onlineUrl'] = visibilityCase<NetworkKey>({
  doc: 'query($id: ID!) { infoSeries(id: $id) { onlineUrl } }',
  targets: NETWORK_KEYS,
  setup: async (ctx, target) => ({ id: await buildSeries(ctx, target) }),
  visible: (actor, target) => coordinates(actor, target) || professionalIn(actor, target),
  shows: (data) => typeof pick(data, 'infoSeries.onlineUrl') === 'string',
  hidden: 'either',
});
CASES['InfoSession.onlineUrl'] = visibilityCase<TenantKey>({
  doc: 'query($id: ID!) { infoSession(id: $id) { onlineUrl } }',
  targets: TENANT_KEYS,
  setup: async (ctx, target) => ({
    id: (await buildSession(ctx, net(target), { presenter: org(target), status: 'ACCEPTED' }))
      .sessionId,
  }),
  // The presenting organisation's staff need the link too.
  visible: (actor, target) =>
    coordinates(actor, net(target)) ||
    professionalIn(actor, net(target)) ||
    (readsSeries(actor, net(target)) && staffOf(actor, org(target))),
  shows: (data) => typeof pick(data, 'infoSession.onlineUrl') === 'string',
  hidden: 'either',
});
CASES['InfoSession.presentations'] = visibilityCase<TenantKey>({
  doc: 'query($id: ID!) { infoSession(id: $id) { presentations { id } } }',
  targets: TENANT_KEYS,
  setup: async (ctx, target) => {
    const built = await buildSession(ctx, net(target), { presenter: org(target) });
    return { id: built.sessionId, presentationId: built.presentationId };
  },
  // An open invitation: the coordinators and the invited organisation's own staff.
  visible: (actor, target) =>
    coordinates(actor, net(target)) ||
    (readsSeries(actor, net(target)) && staffOf(actor, org(target))),
  shows: (data, v) =>
    listAt(data, 'infoSession.presentations').some((node) => pick(node, 'id') === v.presentationId),
  hidden: 'either',
});
CASES['InfoPresentation.declineReason'] = visibilityCase<TenantKey>({
  doc: 'query($id: ID!) { infoSession(id: $id) { presentations { declineReason } } }',
  targets: TENANT_KEYS,
  setup: async (ctx, target) => ({
    id: (
      await buildSession(ctx, net(target), {
        presenter: org(target),
        status: 'DECLINED',
        declineReason: 'Matriisin syy',
      })
    ).sessionId,
  }),
  visible: (actor, target) =>
    coordinates(actor, net(target)) ||
    (readsSeries(actor, net(target)) && adminOf(actor, org(target))),
  shows: (data) =>
    listAt(data, 'infoSession.presentations').some(
      (node) => pick(node, 'declineReason') === 'Matriisin syy',
    ),
  hidden: 'either',
});
CASES['Organization.presentedSessions'] = visibilityCase<TenantKey>({
  doc: 'query($org: ID!) { organization(id: $org) { presentedSessions(first: 100) { edges { node { id } } } } }',
  targets: TENANT_KEYS,
  setup: async (ctx, target) => ({
    org: ORGS[org(target)],
    id: (
      await buildSession(ctx, net(target), {
        past: true,
        presenter: org(target),
        status: 'ACCEPTED',
      })
    ).sessionId,
  }),
  visible: (actor, target) => readsSeries(actor, net(target)),
  shows: (data, v) => includesId(nodesAt(data, 'organization.presentedSessions'), 'id', v.id),
  hidden: 'quiet',
});

/**
 * Fields with arguments or a restriction in their description that are public on purpose (what they
 * list is public, or its restricted parts have cases of their own above).
 */
// ── Events (issue 15): authorization-matrix.events.ts.
Object.assign(CASES, EVENT_VISIBILITY_CASES);
// ── Referrals (issue 17): authorization-matrix.referrals.ts.
Object.assign(CASES, REFERRAL_VISIBILITY_CASES);

const PUBLIC_FIELDS = [
  'Network.members', // the member list is public; statusReason/statusSince have cases
  'Network.taxonomy',
  'Organization.memberships', // as Network.members
  'Region.municipalities',
  'WellbeingArea.municipalities',
  'ProfessionalInfo.howToRefer', // under ServiceContent.professionalInfo
  'RoleAssignment.isVerified', // RoleAssignment is reached only through `me` (one's own roles)
  'RoleAssignment.network',
  'RoleAssignment.organization',
  'RoleAssignment.wellbeingAreaCodes',
  'ServiceRevision.returnReason', // revisions are reached only through the gated fields above
  // The path of a content field ("professionalInfo.eligibility"), not its text; reached only through
  // revisions (ServiceRevision.outdatedTranslations / hiddenTranslations), gated above.
  'TranslationRef.field',
  ...REFERRAL_PUBLIC_FIELDS,
  // Other providers (issue 18): the public read of help outside the network (current providers
  // within the freshness window only; other-providers.int-spec) and whether members may keep the
  // list (a setting, not a secret). The managed list, Network.otherProviders, has its case above.
  'Network.otherHelp',
  'Network.otherProvidersByMembers',
  // Whether the network hands out its public catalogue in bulk (issue 19): a setting anyone can
  // find out by asking for the download; the downloads themselves are gated (hsds-bulk-export).
  'Network.catalogueExportPublic',
];

describe(`authorization matrix: nested fields on ${DB_MODE_LABEL} (real sessions)`, () => {
  let ctx: MatrixContext;

  beforeAll(async () => {
    ctx = await startMatrix();
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    process.stdout.write(
      `authorization matrix, nested fields: ${Object.keys(CASES).length} fields × targets × ${ACTORS.length} actors = ${countVisibilityCases(CASES)} cases\n`,
    );
    await ctx.api.close();
  });

  it('has a case (or a reason to be public) for every field with arguments or a documented restriction', () => {
    const { schema } = ctx.api.app.get(GraphQLSchemaHost);
    const covered = new Set([
      ...Object.keys(CASES).map((name) => name.split(' ')[0] ?? name),
      ...PUBLIC_FIELDS,
    ]);
    const unclassified: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      if (type === schema.getQueryType() || type === schema.getMutationType()) continue;
      for (const field of Object.values(type.getFields())) {
        const restricted = /coordinator|staff|professional|admin/i.test(field.description ?? '');
        const name = `${type.name}.${field.name}`;
        if ((field.args.length > 0 || restricted) && !covered.has(name)) unclassified.push(name);
      }
    }
    expect(unclassified).toEqual([]);
  });

  describeVisibility(() => ctx, CASES);
});
