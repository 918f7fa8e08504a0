import { addMonths } from 'date-fns/addMonths';
import { parseServiceContent, type TServiceContent } from '@linja/domain';

import { type Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { type DbLogger } from '../logger.js';
import {
  DEMO_NETWORKS,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD_HASH,
  DEMO_SERVICES,
  DEMO_SYNONYMS,
  DEMO_USERS,
} from './demo/index.js';
import { seedDemoEvents } from './demo/events.js';
import { seedInfoSeries } from './demo/info-series.js';
import { seedOtherProviders } from './demo/other-providers.js';
import { seedPlannedDeliveries } from './demo/planning.js';
import { seedReferralSettings } from './demo/referrals.js';
import { seedReporting } from './demo/reporting.js';
import { seedSupportContacts } from './demo/support-contacts.js';
import { seedFeedback } from './demo/feedback.js';
import { type DemoDelivery, type DemoService, type DemoServiceContent } from './demo/types.js';

const SEED_ACTOR = { actorId: 'seed', actorLabel: 'Linja demo seed' };

type TermIndex = ReadonlyMap<string, string>; // `${networkSlug}/${kind}/${slug}` → id

/**
 * Inserts the demo data. Idempotent: rows are inserted with ON CONFLICT DO NOTHING (fixed ids), and a
 * demo service that exists already is left alone, so a second run changes nothing (not even
 * `updated_at`) and data edited by hand in a development database is kept.
 */
export async function seedDemoData(
  prisma: PrismaClient,
  logger: DbLogger,
  now: Date = new Date(),
): Promise<void> {
  const networks = await prisma.network.createMany({
    data: DEMO_NETWORKS.map((network) => ({
      id: network.id,
      slug: network.slug,
      name: network.name,
      description: network.description,
      principles: network.principles,
      logoUrl: network.logoUrl ?? null,
      brandPrimaryColor: network.brandPrimaryColor,
      brandAccentColor: network.brandAccentColor,
      contactEmail: network.contactEmail ?? null,
      contactPhone: network.contactPhone ?? null,
      website: network.website ?? null,
    })),
    skipDuplicates: true,
  });
  await prisma.taxonomyTerm.createMany({
    data: DEMO_NETWORKS.flatMap((network) => [
      ...network.themes.map((term, position) => ({
        ...term,
        networkId: network.id,
        kind: 'THEME' as const,
        position,
      })),
      ...network.targetGroups.map((term, position) => ({
        ...term,
        networkId: network.id,
        kind: 'TARGET_GROUP' as const,
        position,
      })),
    ]),
    skipDuplicates: true,
  });
  await prisma.searchSynonym.createMany({
    data: DEMO_SYNONYMS.map((group) => ({
      id: group.id,
      networkId: group.networkId,
      language: group.language,
      words: [...group.words],
    })),
    skipDuplicates: true,
  });
  const organizations = await prisma.organization.createMany({
    data: DEMO_ORGANIZATIONS.map((organization) => ({
      id: organization.id,
      name: organization.name,
      businessId: organization.businessId ?? null,
      website: organization.website ?? null,
      description: organization.description,
      contactEmail: organization.contactEmail ?? null,
      contactPhone: organization.contactPhone ?? null,
    })),
    skipDuplicates: true,
  });
  const networkIdBySlug = new Map(DEMO_NETWORKS.map((network) => [network.slug, network.id]));
  await prisma.networkMembership.createMany({
    data: DEMO_ORGANIZATIONS.flatMap((organization) =>
      organization.memberships.map((membership) => ({
        networkId: required(networkIdBySlug.get(membership.networkSlug), membership.networkSlug),
        organizationId: organization.id,
        role: membership.role,
        since: new Date(`${membership.since}T00:00:00Z`),
      })),
    ),
    skipDuplicates: true,
  });

  const users = await prisma.user.createMany({
    data: DEMO_USERS.map((user) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      isPlatformAdmin: user.isPlatformAdmin ?? false,
      passwordHash: DEMO_PASSWORD_HASH,
    })),
    skipDuplicates: true,
  });
  if (users.count > 0) {
    // Only for users created just now, so roles removed by hand in a dev database stay removed.
    const created = new Set(
      (
        await prisma.user.findMany({
          where: { id: { in: DEMO_USERS.map((u) => u.id) } },
          select: { id: true, roles: { select: { id: true } } },
        })
      )
        .filter((user) => user.roles.length === 0)
        .map((user) => user.id),
    );
    await prisma.roleAssignment.createMany({
      data: DEMO_USERS.filter((user) => created.has(user.id)).flatMap((user) =>
        user.roles.map((role) => ({
          userId: user.id,
          role: role.role,
          networkId: role.networkId ?? null,
          organizationId: role.organizationId ?? null,
          wellbeingAreaCodes: role.wellbeingAreaCodes ?? [],
          verifiedAt: role.role === 'PROFESSIONAL' ? now : null,
        })),
      ),
    });
  }

  const terms: TermIndex = new Map(
    DEMO_NETWORKS.flatMap((network) => [
      ...network.themes.map((term) => [`${network.slug}/THEME/${term.slug}`, term.id] as const),
      ...network.targetGroups.map(
        (term) => [`${network.slug}/TARGET_GROUP/${term.slug}`, term.id] as const,
      ),
    ]),
  );
  const existing = new Set(
    (
      await prisma.service.findMany({
        where: { id: { in: DEMO_SERVICES.map((s) => s.id) } },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  let services = 0;
  for (const demo of DEMO_SERVICES) {
    if (existing.has(demo.id)) continue;
    await prisma.$transaction((tx) => seedService(tx, demo, terms, networkIdBySlug, now));
    services += 1;
  }
  const plannedDeliveries = await seedPlannedDeliveries(prisma);
  const infoSessions = await seedInfoSeries(prisma, now);
  const events = await seedDemoEvents(prisma, now);
  const referralSettings = await seedReferralSettings(prisma);
  const supportContacts = await seedSupportContacts(prisma, now);
  const otherProviders = await seedOtherProviders(prisma, now);
  const feedbackResponses = await seedFeedback(prisma, now);
  const reportedFigures = await seedReporting(prisma, now);
  logger.info(
    {
      networks: networks.count,
      organizations: organizations.count,
      users: users.count,
      services,
      plannedDeliveries,
      infoSessions,
      events,
      referralSettings,
      supportContacts,
      otherProviders,
      feedbackResponses,
      reportedFigures,
    },
    'demo data seeded',
  );
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo data refers to unknown ${what}`);
  return value;
}

/** Demo content with term slugs → the content a revision stores (validated like any write). */
function toContent(
  demo: DemoServiceContent,
  networkSlug: string,
  terms: TermIndex,
): TServiceContent {
  const { targetGroupSlugs, themeSlugs, ...rest } = demo;
  const result = parseServiceContent({
    ...rest,
    themeIds: themeSlugs.map((slug) =>
      required(terms.get(`${networkSlug}/THEME/${slug}`), `theme ${slug}`),
    ),
    targetGroupIds: targetGroupSlugs.map((slug) =>
      required(terms.get(`${networkSlug}/TARGET_GROUP/${slug}`), `target group ${slug}`),
    ),
  });
  if (!result.ok)
    throw new Error(
      `demo content "${demo.name.fi ?? ''}": ${result.issue.field}: ${result.issue.message}`,
    );
  return result.content;
}

async function seedService(
  tx: Prisma.TransactionClient,
  demo: DemoService,
  terms: TermIndex,
  networkIdBySlug: ReadonlyMap<string, string>,
  now: Date,
): Promise<void> {
  const networkId = required(networkIdBySlug.get(demo.networkSlug), demo.networkSlug);
  const network = await tx.network.findUniqueOrThrow({ where: { id: networkId } });
  const content = toContent(demo.content, demo.networkSlug, terms);
  const isPublished = ['PUBLISHED', 'PUBLISHED_WITH_PENDING_EDIT', 'ARCHIVED'].includes(demo.state);
  const verifiedAt = isPublished ? addMonths(now, -(demo.verifiedMonthsAgo ?? 0)) : null;
  const asJson = (value: TServiceContent) => value as unknown as Prisma.InputJsonValue;

  await tx.service.create({
    data: {
      id: demo.id,
      networkId,
      responsibleOrganizationId: demo.responsibleOrganizationId,
      sortName: content.name.fi ?? '',
    },
  });
  const first = await tx.serviceRevision.create({
    data: {
      serviceId: demo.id,
      number: 1,
      content: asJson(content),
      createdById: SEED_ACTOR.actorId,
      state: isPublished
        ? 'APPROVED'
        : demo.state === 'DRAFT'
          ? 'DRAFT'
          : demo.state === 'SUBMITTED'
            ? 'SUBMITTED'
            : 'RETURNED',
      submittedAt: demo.state === 'DRAFT' ? null : (verifiedAt ?? now),
      reviewedAt: isPublished || demo.state === 'RETURNED' ? (verifiedAt ?? now) : null,
      returnReason: demo.state === 'RETURNED' ? (demo.returnReason ?? null) : null,
    },
  });
  let workingRevisionId: string | null = isPublished ? null : first.id;
  if (demo.state === 'PUBLISHED_WITH_PENDING_EDIT' && demo.pendingEdit) {
    const pending = await tx.serviceRevision.create({
      data: {
        serviceId: demo.id,
        number: 2,
        content: asJson(toContent(demo.pendingEdit, demo.networkSlug, terms)),
        createdById: SEED_ACTOR.actorId,
        state: 'SUBMITTED',
        submittedAt: now,
      },
    });
    workingRevisionId = pending.id;
  }
  await tx.service.update({
    where: { id: demo.id },
    data: {
      status: demo.state === 'ARCHIVED' ? 'ARCHIVED' : isPublished ? 'PUBLISHED' : 'DRAFT',
      statusBeforeArchive: demo.state === 'ARCHIVED' ? 'PUBLISHED' : null,
      archivedAt: demo.state === 'ARCHIVED' ? now : null,
      publishedRevisionId: isPublished ? first.id : null,
      workingRevisionId,
      verifiedAt,
      visibleUntil: verifiedAt ? addMonths(verifiedAt, network.freshnessHideMonths) : null,
      ...(isPublished
        ? {
            ageMin: content.ageMin,
            ageMax: content.ageMax,
            cost: content.cost,
            accessMode: content.accessMode,
            serviceLanguages: content.serviceLanguages,
            channels: content.channels,
          }
        : {}),
    },
  });
  if (isPublished) {
    await tx.serviceTerm.createMany({
      data: [...content.themeIds, ...content.targetGroupIds].map((termId) => ({
        serviceId: demo.id,
        termId,
      })),
    });
  }
  for (const delivery of demo.deliveries) await seedDelivery(tx, demo.id, delivery);
  await tx.auditEvent.create({
    data: {
      ...SEED_ACTOR,
      action: 'service.created',
      entityType: 'Service',
      entityId: demo.id,
      serviceId: demo.id,
      networkId,
      organizationId: demo.responsibleOrganizationId,
      note: `demo data (${demo.state})`,
    },
  });
}

async function seedDelivery(
  tx: Prisma.TransactionClient,
  serviceId: string,
  delivery: DemoDelivery,
): Promise<void> {
  await tx.serviceDelivery.create({
    data: {
      id: delivery.id,
      serviceId,
      organizationId: delivery.organizationId,
      status: delivery.status ?? 'ACTIVE',
      isNationwide: delivery.isNationwide ?? false,
      isRemote: delivery.isRemote ?? false,
      contact: delivery.contact,
      openingHours: delivery.openingHours,
      capacityPlaces: delivery.capacityPlaces ?? null,
      groupSize: delivery.groupSize ?? null,
      startsOn: delivery.startsOn ? new Date(`${delivery.startsOn}T00:00:00Z`) : null,
      endsOn: delivery.endsOn ? new Date(`${delivery.endsOn}T00:00:00Z`) : null,
      acceptingClients: delivery.acceptingClients,
      isAnonymous: delivery.isAnonymous ?? false,
      isOpen247: delivery.isOpen247 ?? false,
      hasOnlineBooking: delivery.hasOnlineBooking ?? false,
      areas: {
        create: [
          ...(delivery.municipalityCodes ?? []).map((municipalityCode) => ({ municipalityCode })),
          ...(delivery.wellbeingAreaCodes ?? []).map((wellbeingAreaCode) => ({
            wellbeingAreaCode,
          })),
        ],
      },
      locations: {
        create: delivery.locations.map((location, position) => ({
          position,
          name: location.name ?? null,
          streetAddress: location.streetAddress,
          postalCode: location.postalCode,
          postOffice: location.postOffice,
          municipalityCode: location.municipalityCode ?? null,
          latitude: location.latitude ?? null,
          longitude: location.longitude ?? null,
          accessibility: location.accessibility ?? {},
        })),
      },
    },
  });
}
