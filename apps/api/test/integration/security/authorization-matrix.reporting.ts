import { type ReportingRoundStatus, type OrganizationReportStatus } from '@linja/db';

import {
  adminOf,
  coordinates,
  type MatrixCase,
  matrixCase,
  type MatrixContext,
  NETWORK_KEYS,
  NETWORK_SLUGS,
  type NetworkKey,
  NETWORKS,
  okIf,
  ORGS,
  readsResultsOf,
  TENANT_KEYS,
  type TenantKey,
  TENANTS,
} from './authorization-matrix.fixtures';

/**
 * Showing results (issue 16) in the authorization matrix. The network's goals, indicators, targets,
 * rounds and results: its coordinators (and platform admins); an organisation's figures and reports:
 * its admins (not its editors); the coordinators read them, ask corrections, lock, and change a
 * locked figure. The read-only REPORT_VIEWER (actor reportViewerP) reads the network's goals,
 * indicators, results, rounds, funding and figures, and changes nothing.
 */

const COORDINATORS = (actor: Parameters<typeof coordinates>[0], target: NetworkKey) =>
  okIf(coordinates(actor, target));
const REPORTERS = (actor: Parameters<typeof adminOf>[0], target: TenantKey) =>
  okIf(adminOf(actor, TENANTS[target].org));
const TENANT_COORDINATORS = (actor: Parameters<typeof coordinates>[0], target: TenantKey) =>
  okIf(coordinates(actor, TENANTS[target].network));
const READERS_OR_REPORTERS = (actor: Parameters<typeof adminOf>[0], target: TenantKey) =>
  okIf(readsResultsOf(actor, TENANTS[target].network) || adminOf(actor, TENANTS[target].org));
/** Writes that also a coordinator may do (funding sources): never the read-only viewer. */
const COORDINATORS_OR_REPORTERS = (actor: Parameters<typeof adminOf>[0], target: TenantKey) =>
  okIf(coordinates(actor, TENANTS[target].network) || adminOf(actor, TENANTS[target].org));
const READERS = (actor: Parameters<typeof coordinates>[0], target: NetworkKey) =>
  okIf(readsResultsOf(actor, target));

async function reportedIndicator(ctx: MatrixContext, network: NetworkKey): Promise<string> {
  const row = await ctx.prisma.indicator.create({
    data: {
      networkId: NETWORKS[network],
      name: { fi: `Matriisin mittari ${ctx.build.next()}` },
      aggregation: 'SUM',
      source: 'REPORTED',
    },
  });
  return row.id;
}

/** A funding source of one of the tenant organisation's services. */
async function fundingSource(ctx: MatrixContext, target: TenantKey): Promise<string> {
  const service = await ctx.build.service(TENANTS[target], 'PUBLISHED');
  const row = await ctx.prisma.fundingSource.create({
    data: {
      serviceId: service.id,
      type: 'GRANT',
      funderName: 'STEA',
      startsOn: new Date('2026-01-01T00:00:00.000Z'),
    },
  });
  return row.id;
}

/** A round of the tenant's network with a report of its organisation, and one of its services. */
async function buildReport(
  ctx: MatrixContext,
  target: TenantKey,
  roundStatus: ReportingRoundStatus = 'OPEN',
  reportStatus: OrganizationReportStatus = 'DRAFT',
): Promise<{ roundId: string; reportId: string; indicatorId: string; serviceId: string }> {
  const tenant = TENANTS[target];
  const indicatorId = await reportedIndicator(ctx, tenant.network);
  const service = await ctx.build.service(tenant, 'PUBLISHED');
  const round = await ctx.prisma.reportingRound.create({
    data: {
      networkId: NETWORKS[tenant.network],
      periodKind: 'YEAR',
      periodStart: new Date('2026-01-01'),
      periodEnd: new Date('2027-01-01'),
      dueOn: new Date('2026-12-31'),
      status: roundStatus,
    },
  });
  const report = await ctx.prisma.organizationReport.create({
    data: {
      roundId: round.id,
      organizationId: ORGS[tenant.org],
      status: reportStatus,
      indicators: { create: [{ indicatorId }] },
    },
  });
  return { roundId: round.id, reportId: report.id, indicatorId, serviceId: service.id };
}

const NETWORK_SLUG = (_ctx: MatrixContext, target: NetworkKey) =>
  Promise.resolve({ slug: NETWORK_SLUGS[target] });

export const REPORTING_MATRIX: Record<string, MatrixCase<string>> = {
  createNetworkGoal: matrixCase<NetworkKey>({
    doc: 'mutation($slug: String!) { createNetworkGoal(input: { networkSlug: $slug, title: { fi: "Tavoite" } }) { id } }',
    targets: NETWORK_KEYS,
    setup: NETWORK_SLUG,
    expect: COORDINATORS,
  }),
  networkGoals: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { networkGoals(networkSlug: $slug, first: 5) { totalCount } }',
    targets: NETWORK_KEYS,
    setup: NETWORK_SLUG,
    expect: READERS,
    readOnly: true,
  }),
  createIndicator: matrixCase<NetworkKey>({
    doc: 'mutation($slug: String!) { createIndicator(input: { networkSlug: $slug, name: { fi: "Mittari" }, aggregation: SUM, source: REPORTED }) { id } }',
    targets: NETWORK_KEYS,
    setup: NETWORK_SLUG,
    expect: COORDINATORS,
  }),
  indicators: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { indicators(networkSlug: $slug, first: 5) { totalCount } }',
    targets: NETWORK_KEYS,
    setup: NETWORK_SLUG,
    expect: READERS,
    readOnly: true,
  }),
  indicatorResults: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { indicatorResults(networkSlug: $slug, period: { kind: YEAR, year: 2026 }, first: 5) { totalCount } }',
    targets: NETWORK_KEYS,
    setup: NETWORK_SLUG,
    expect: READERS,
    readOnly: true,
  }),
  indicatorTrend: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { indicatorTrend(networkSlug: $slug, until: { kind: YEAR, year: 2026 }, periods: 3, first: 5) { totalCount edges { node { points { value } } } } }',
    targets: NETWORK_KEYS,
    setup: NETWORK_SLUG,
    expect: READERS,
    readOnly: true,
  }),
  resultFunders: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { resultFunders(networkSlug: $slug, first: 5) { totalCount edges { node { type funderName } } } }',
    targets: NETWORK_KEYS,
    setup: NETWORK_SLUG,
    expect: READERS,
    readOnly: true,
  }),
  setIndicatorTarget: matrixCase<NetworkKey>({
    doc: 'mutation($id: ID!) { setIndicatorTarget(input: { indicatorId: $id, period: { kind: YEAR, year: 2026 }, value: 10 }) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({ id: await reportedIndicator(ctx, target) }),
    expect: COORDINATORS,
  }),
  createFundingSource: matrixCase<TenantKey>({
    doc: 'mutation($id: ID!) { createFundingSource(input: { serviceId: $id, type: GRANT, funderName: "STEA", startsOn: "2026-01-01" }) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (await ctx.build.service(TENANTS[target], 'PUBLISHED')).id,
    }),
    expect: COORDINATORS_OR_REPORTERS,
  }),
  updateFundingSource: matrixCase<TenantKey>({
    doc: 'mutation($id: ID!) { updateFundingSource(input: { id: $id, type: DONATION, funderName: "Lahjoittaja", startsOn: "2026-01-01", isPermanent: false }) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: await fundingSource(ctx, target) }),
    expect: COORDINATORS_OR_REPORTERS,
  }),
  removeFundingSource: matrixCase<TenantKey>({
    doc: 'mutation($id: ID!) { removeFundingSource(id: $id) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: await fundingSource(ctx, target) }),
    expect: COORDINATORS_OR_REPORTERS,
  }),
  serviceFundingSources: matrixCase<TenantKey>({
    doc: 'query($id: ID!) { serviceFundingSources(serviceId: $id, first: 5) { totalCount } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (await ctx.build.service(TENANTS[target], 'PUBLISHED')).id,
    }),
    expect: READERS_OR_REPORTERS,
    readOnly: true,
  }),
  openReportingRound: matrixCase<NetworkKey>({
    doc: 'mutation($slug: String!) { openReportingRound(input: { networkSlug: $slug, period: { kind: YEAR, year: 2026 }, dueOn: "2026-12-31", indicatorIds: [] }) { id } }',
    targets: NETWORK_KEYS,
    setup: NETWORK_SLUG,
    expect: COORDINATORS,
  }),
  reportingRounds: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { reportingRounds(networkSlug: $slug, first: 5) { totalCount } }',
    targets: NETWORK_KEYS,
    setup: NETWORK_SLUG,
    expect: READERS,
    readOnly: true,
  }),
  organizationReports: matrixCase<TenantKey>({
    doc: 'query($id: ID!) { organizationReports(organizationId: $id, first: 5) { totalCount } }',
    targets: TENANT_KEYS,
    setup: (_ctx, target) => Promise.resolve({ id: ORGS[TENANTS[target].org] }),
    expect: REPORTERS,
    readOnly: true,
  }),
  reportedFigures: matrixCase<TenantKey>({
    doc: 'query($id: ID!) { reportedFigures(reportId: $id, first: 5) { totalCount } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: (await buildReport(ctx, target)).reportId }),
    expect: READERS_OR_REPORTERS,
    readOnly: true,
  }),
  saveReportedFigures: matrixCase<TenantKey>({
    doc: 'mutation($input: SaveReportedFiguresInput!) { saveReportedFigures(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const built = await buildReport(ctx, target);
      return {
        input: {
          reportId: built.reportId,
          figures: [{ indicatorId: built.indicatorId, serviceId: built.serviceId, value: 3 }],
        },
      };
    },
    expect: REPORTERS,
  }),
  submitOrganizationReport: matrixCase<TenantKey>({
    doc: 'mutation($id: ID!) { submitOrganizationReport(reportId: $id) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: (await buildReport(ctx, target)).reportId }),
    expect: REPORTERS,
  }),
  requestReportCorrection: matrixCase<TenantKey>({
    doc: 'mutation($id: ID!) { requestReportCorrection(reportId: $id, reason: "Tarkista") { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (await buildReport(ctx, target, 'OPEN', 'SUBMITTED')).reportId,
    }),
    expect: TENANT_COORDINATORS,
  }),
  lockReportingRound: matrixCase<TenantKey>({
    doc: 'mutation($id: ID!) { lockReportingRound(roundId: $id) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: (await buildReport(ctx, target)).roundId }),
    expect: TENANT_COORDINATORS,
  }),
  correctLockedFigure: matrixCase<TenantKey>({
    doc: 'mutation($input: CorrectLockedFigureInput!) { correctLockedFigure(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const built = await buildReport(ctx, target, 'LOCKED', 'SUBMITTED');
      return {
        input: {
          reportId: built.reportId,
          figure: { indicatorId: built.indicatorId, serviceId: built.serviceId, value: 4 },
          reason: 'Matriisin korjaus',
        },
      };
    },
    expect: TENANT_COORDINATORS,
  }),
};
