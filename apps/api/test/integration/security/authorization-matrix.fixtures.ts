import {
  type Database,
  FEDERATION_ID,
  ORG_LAHTI,
  ORG_MLL_VS,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  type PrismaClient,
} from '@linja/db';
import { addMonths } from 'date-fns';

import { hashSecretToken, newSecretToken } from '../../../src/auth/secret-token';

/** Every role the matrix calls as, against data of the Turku association (a Perhelinja member). */
export const ROLES = {
  anonymous: undefined,
  platformAdmin: 'platform-admin',
  coordinator: `coordinator:${PERHELINJA_ID}`,
  otherNetworkCoordinator: `coordinator:${FEDERATION_ID}`,
  orgAdmin: `org-admin:${ORG_TURKU_ETK}`,
  editor: `editor:${ORG_TURKU_ETK}`,
  otherOrgEditor: `editor:${ORG_MLL_VS}`,
  otherNetworkEditor: `editor:${ORG_LAHTI}`,
  professional: `professional:${PERHELINJA_ID}`,
} as const;
export type Role = keyof typeof ROLES;
export const ALL_ROLES = Object.keys(ROLES) as Role[];

/** Fresh targets for one call: services of the Turku association in each state, and a delivery. */
export interface Fixture {
  /** Unique per fixture, for emails and slugs. */
  n: number;
  /** A pending ORG_EDITOR invitation to the Turku association, and its link's token. */
  invitation: { id: string; token: string };
  /** A password reset link's token for a fresh account. */
  resetToken: string;
  draft: { id: string; revisionId: string };
  submitted: { id: string; revisionId: string };
  published: { id: string; revisionId: string };
  archived: { id: string };
  deliveryId: string;
  /** A PLANNING delivery of `published` (Turku) with its readiness checklist, and its first step. */
  planned: { deliveryId: string; itemId: string };
  /** An ACTIVE and a SUSPENDED membership of fresh organisations in Perhelinja. */
  membershipId: string;
  suspendedMembershipId: string;
  /** A Perhelinja theme, and an archived one. */
  termId: string;
  archivedTermId: string;
}

const CONTENT = (name: string) => ({
  name: { fi: name },
  summary: {},
  description: {},
  professionalInfo: {
    howToRefer: { fi: 'Vain ammattilaisille.' },
    eligibility: {},
    whatHappensNext: {},
  },
  targetGroupIds: [],
  themeIds: [],
  ageMin: null,
  ageMax: null,
  serviceLanguages: ['fi'],
  channels: ['PHONE'],
  cost: 'FREE',
  costNote: {},
  accessMode: 'SELF_REFERRAL',
  contact: { note: {} },
  path: [],
});

let counter = 0;

async function service(
  prisma: PrismaClient,
  state: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'ARCHIVED',
): Promise<{ id: string; revisionId: string }> {
  counter += 1;
  const name = `Matriisi ${state} ${counter}`;
  const published = state === 'PUBLISHED' || state === 'ARCHIVED';
  const row = await prisma.service.create({
    data: { networkId: PERHELINJA_ID, responsibleOrganizationId: ORG_TURKU_ETK, sortName: name },
  });
  const revision = await prisma.serviceRevision.create({
    data: {
      serviceId: row.id,
      number: 1,
      content: CONTENT(name),
      state: published ? 'APPROVED' : state === 'SUBMITTED' ? 'SUBMITTED' : 'DRAFT',
    },
  });
  const now = new Date();
  await prisma.service.update({
    where: { id: row.id },
    data: published
      ? {
          status: state === 'ARCHIVED' ? 'ARCHIVED' : 'PUBLISHED',
          statusBeforeArchive: state === 'ARCHIVED' ? 'PUBLISHED' : null,
          publishedRevisionId: revision.id,
          verifiedAt: now,
          visibleUntil: addMonths(now, 18),
          cost: 'FREE',
        }
      : { workingRevisionId: revision.id },
  });
  return { id: row.id, revisionId: revision.id };
}

export async function makeFixture(prisma: PrismaClient): Promise<Fixture> {
  counter += 1;
  const n = counter;
  const invitationToken = newSecretToken();
  const invitation = await prisma.invitation.create({
    data: {
      tokenHash: hashSecretToken(invitationToken),
      email: `kutsuttu-${n}@matriisi.example`,
      role: 'ORG_EDITOR',
      organizationId: ORG_TURKU_ETK,
      expiresAt: addMonths(new Date(), 1),
    },
  });
  const resetToken = newSecretToken();
  await prisma.user.create({
    data: {
      email: `unohtaja-${n}@matriisi.example`,
      name: 'Unohtaja',
      resetTokens: {
        create: { tokenHash: hashSecretToken(resetToken), expiresAt: addMonths(new Date(), 1) },
      },
    },
  });
  const published = await service(prisma, 'PUBLISHED');
  const delivery = await prisma.serviceDelivery.create({
    data: {
      serviceId: published.id,
      organizationId: ORG_TURKU_ETK,
      areas: { create: [{ wellbeingAreaCode: '05' }] },
    },
  });
  const planned = await prisma.serviceDelivery.create({
    data: {
      serviceId: published.id,
      organizationId: ORG_TURKU_ETK,
      status: 'PLANNING',
      areas: { create: [{ wellbeingAreaCode: '06' }] },
      readiness: { create: [{ position: 1, title: { fi: 'Ydintarkoitus' } }] },
    },
    include: { readiness: true },
  });
  const membership = async (status: 'ACTIVE' | 'SUSPENDED') =>
    (
      await prisma.networkMembership.create({
        data: {
          network: { connect: { id: PERHELINJA_ID } },
          organization: { create: { name: `Matriisijäsen ${n} ${status}` } },
          role: 'MEMBER',
          status,
          since: new Date(),
        },
      })
    ).id;
  const term = async (archived: boolean) =>
    (
      await prisma.taxonomyTerm.create({
        data: {
          networkId: PERHELINJA_ID,
          kind: 'THEME',
          slug: `matriisi-${n}-${archived ? 'arkisto' : 'teema'}`,
          label: { fi: `Matriisiteema ${n}` },
          archivedAt: archived ? new Date() : null,
        },
      })
    ).id;
  return {
    planned: { deliveryId: planned.id, itemId: planned.readiness[0]!.id },
    membershipId: await membership('ACTIVE'),
    suspendedMembershipId: await membership('SUSPENDED'),
    termId: await term(false),
    archivedTermId: await term(true),
    n,
    invitation: { id: invitation.id, token: invitationToken },
    resetToken,
    draft: await service(prisma, 'DRAFT'),
    submitted: await service(prisma, 'SUBMITTED'),
    published,
    archived: await service(prisma, 'ARCHIVED'),
    deliveryId: delivery.id,
  };
}

/** A digest of every row of every table: equal digests mean the call changed nothing. */
export async function databaseDigest(database: Database): Promise<string> {
  return database.withConnection(async (connection) => {
    const tables = await connection.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
       ORDER BY 1`,
    );
    const parts: string[] = [];
    for (const { name } of tables) {
      const [row] = await connection.query<{ digest: string | null }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name}" t`,
      );
      parts.push(`${name}:${row?.digest ?? '-'}`);
    }
    return parts.join('\n');
  });
}
