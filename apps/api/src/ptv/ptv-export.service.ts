import { Injectable } from '@nestjs/common';
import { type Municipality, PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { HsdsCatalogueService } from '../hsds/hsds-catalogue.service';
import { serviceScope } from '../service-offering/service-offering.mapper';
import { isServiceVisible } from '../service-offering/service-visibility';
import { type PtvIssue } from './ptv-report';
import { toPtvService } from './ptv-service.mapper';
import { type PtvService, type PtvServiceLocationChannel } from './ptv-types';
import { validatePtvChannel, validatePtvService } from './ptv-validate';

export const PTV_FORMAT = 'PTV Open API v11';

/** What GET /ptv/services/:id answers (ARCHITECTURE.md "PTV export"). */
export interface PtvExport {
  readonly format: typeof PTV_FORMAT;
  readonly exportedAt: string;
  /** PTV's shapes: the service (GET /api/v11/Service/{id}) and its ServiceLocation channels. */
  readonly ptv: { service: PtvService; serviceChannels: PtvServiceLocationChannel[] };
  /** The organisations named, with the business id (Y-tunnus) PTV finds an organisation by. */
  readonly organizations: { id: string; name: string; businessCode: string | null }[];
  /** Every problem, errors first (what PTV would refuse), then warnings (what the mapping lost). */
  readonly report: PtvIssue[];
  readonly counts: { errors: number; warnings: number };
}

/**
 * Exports one service to PTV: the public content only, read through the HSDS exporter's public read
 * path (HsdsCatalogueService.loadRecords: published, inside its freshness window, hidden
 * translations removed, ACTIVE deliveries, nothing of professionalInfo), mapped (ptv-*.mapper.ts)
 * and checked against PTV's limits (ptv-validate.ts). Who: `service.exportPtv` on the service's
 * scope — its organisation's staff, its network's coordinators.
 */
@Injectable()
export class PtvExportService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly catalogue: HsdsCatalogueService,
    private readonly authz: AuthorizationService,
  ) {}

  async exportService(actor: Actor, id: string): Promise<PtvExport> {
    const row = isUuid(id)
      ? await this.prisma.service.findUnique({
          where: { id },
          select: {
            status: true,
            visibleUntil: true,
            networkId: true,
            responsibleOrganizationId: true,
          },
        })
      : null;
    // Unknown and not-visible-to-you answer alike, so the answer does not tell which.
    if (!row || !isServiceVisible(actor, row, new Date())) {
      throw new DomainError('NOT_FOUND', `No service with id "${id}".`, { id });
    }
    this.authz.assert(actor, 'service.exportPtv', serviceScope(row));
    const [record] = await this.catalogue.loadRecords([id]);
    if (!record) {
      throw new DomainError(
        'CONFLICT',
        'Only a published service the public sees can be exported to PTV (this one is a draft, under review, archived or hidden as out of date).',
        { reason: 'NOT_PUBLIC', status: row.status },
      );
    }
    const mapped = toPtvService(record, await this.wellbeingMunicipalities(record));
    const report = [
      ...validatePtvService(mapped.service),
      ...mapped.serviceChannels.flatMap((channel, index) => validatePtvChannel(channel, index)),
      ...mapped.notes,
    ].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    const organizations = [record.organization, ...record.producers.values()].filter(
      (organization, index, all) =>
        all.findIndex((other) => other.id === organization.id) === index,
    );
    return {
      format: PTV_FORMAT,
      exportedAt: new Date().toISOString(),
      ptv: { service: mapped.service, serviceChannels: mapped.serviceChannels },
      organizations: organizations.map((organization) => ({
        id: organization.id,
        name: organization.name,
        businessCode: organization.businessId,
      })),
      report,
      counts: {
        errors: report.filter((entry) => entry.severity === 'error').length,
        warnings: report.filter((entry) => entry.severity === 'warning').length,
      },
    };
  }

  /** The municipalities of the wellbeing areas the deliveries name (PTV has no such area type). */
  private async wellbeingMunicipalities(
    record: Awaited<ReturnType<HsdsCatalogueService['loadRecords']>>[number],
  ): Promise<Map<string, Municipality[]>> {
    const codes = [
      ...new Set(
        record.deliveries.flatMap((delivery) =>
          delivery.areas.flatMap((area) =>
            area.wellbeingAreaCode ? [area.wellbeingAreaCode] : [],
          ),
        ),
      ),
    ];
    const byArea = new Map<string, Municipality[]>();
    if (codes.length === 0) return byArea;
    const rows = await this.prisma.municipality.findMany({
      where: { wellbeingAreaCode: { in: codes } },
      orderBy: { code: 'asc' },
    });
    for (const row of rows) {
      byArea.set(row.wellbeingAreaCode, [...(byArea.get(row.wellbeingAreaCode) ?? []), row]);
    }
    return byArea;
  }
}
