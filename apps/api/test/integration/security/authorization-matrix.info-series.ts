import { type PresentationStatus } from '@linja/db';

import {
  type ActorSpec,
  coordinates,
  type MatrixContext,
  type NetworkKey,
  NETWORKS,
  type OrgKey,
  ORGS,
  professionalIn,
  staffOf,
} from './authorization-matrix.fixtures';

/** The networks each matrix organisation is an ACTIVE member of (seed). */
const MEMBER_OF: Record<OrgKey, readonly NetworkKey[]> = {
  mll: ['perhelinja'],
  kaupunkilahetys: ['perhelinja'],
  turku: ['perhelinja', 'liitto'],
  lahti: ['liitto'],
};

/**
 * Who reads a network's info series and sessions: its coordinators, verified professionals and the
 * staff of its active members.
 */
export const readsSeries = (actor: ActorSpec, network: NetworkKey): boolean =>
  coordinates(actor, network) ||
  professionalIn(actor, network) ||
  (actor.org !== undefined &&
    MEMBER_OF[actor.org.key].includes(network) &&
    staffOf(actor, actor.org.key));

/** A series of `network` (Thursdays 14:00). */
export async function buildSeries(ctx: MatrixContext, network: NetworkKey): Promise<string> {
  const row = await ctx.prisma.infoSeries.create({
    data: {
      networkId: NETWORKS[network],
      title: { fi: `Matriisin järjestöinfo ${ctx.build.next()}` },
      weekday: 4,
      startTime: '14:00',
      onlineUrl: 'https://teams.example/matriisi',
    },
  });
  return row.id;
}

/**
 * A session of a new series of `network`: upcoming (2030) or past (2025), optionally with a
 * presentation of `presenter` in `status`.
 */
export async function buildSession(
  ctx: MatrixContext,
  network: NetworkKey,
  options: {
    past?: boolean;
    presenter?: OrgKey;
    status?: PresentationStatus;
    declineReason?: string;
  } = {},
): Promise<{ seriesId: string; sessionId: string; presentationId?: string }> {
  const seriesId = await buildSeries(ctx, network);
  const n = ctx.build.next();
  const startsAt = options.past
    ? new Date(Date.UTC(2025, 2, 1 + (n % 28), 12))
    : new Date(Date.UTC(2030, 2, 1 + (n % 28), 12));
  const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
  const event = await ctx.prisma.event.create({
    data: {
      networkId: NETWORKS[network],
      seriesId,
      kind: 'INFO_SESSION',
      audience: 'PROFESSIONALS',
      status: 'PUBLISHED',
      title: { fi: 'Matriisin järjestöinfo' },
      startsAt,
      endsAt,
      lastEndsAt: endsAt,
      isOnline: true,
      onlineUrl: 'https://teams.example/matriisi',
    },
  });
  if (!options.presenter) return { seriesId, sessionId: event.id };
  const presentation = await ctx.prisma.infoPresentation.create({
    data: {
      eventId: event.id,
      organizationId: ORGS[options.presenter],
      status: options.status ?? 'INVITED',
      respondBy: new Date(startsAt.getTime() - 86_400_000),
      declineReason: options.declineReason ?? null,
    },
  });
  return { seriesId, sessionId: event.id, presentationId: presentation.id };
}
