import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError } from '../common/errors/domain-error';
import { namesToLocalizedText } from '../common/localization/localized-text.util';
import { toTaxonomyTermModel } from '../network/taxonomy-term.mapper';
import { toOrganizationModel } from '../organization/organization.mapper';
import { CoverageCache } from './coverage-cache';
import { otherProviderCells, type OtherProviderCellRow } from './coverage-other-providers.query';
import { type CoverageFilter, parseCoverageFilter } from './dto/coverage-filter.schema';
import { type CoverageColumnModel, type CoverageMatrixModel } from './models/coverage.model';

/** The coverage matrix ("where is nothing, for whom?") of one network, for its coordinators. */
@Injectable()
export class CoverageService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly cache: CoverageCache,
  ) {}

  /** Checks the caller first (`coverage.read` over the network), then the filter. */
  async matrix(
    actor: Actor,
    networkId: string,
    input: unknown,
    field = 'filter',
  ): Promise<CoverageMatrixModel> {
    this.authz.assert(actor, 'coverage.read', { networkId });
    const filter = parseCoverageFilter(input, field);
    const [rows, { area, columns }, cells, others] = await Promise.all([
      this.prisma.taxonomyTerm.findMany({
        where: { networkId, kind: filter.dimension, archivedAt: null },
        orderBy: [{ position: 'asc' }, { slug: 'asc' }],
      }),
      this.columns(filter, field),
      this.cache.cells(networkId, filter),
      filter.includeOtherProviders
        ? otherProviderCells(this.prisma, networkId, filter)
        : Promise.resolve<OtherProviderCellRow[]>([]),
    ]);
    const termIds = new Set(rows.map((row) => row.id));
    const columnCodes = new Set(columns.map((column) => column.code));
    const inGrid = (termId: string, col: string) => termIds.has(termId) && columnCodes.has(col);
    const otherCounts = new Map(
      others
        .filter((cell) => inGrid(cell.term_id, cell.col) && cell.other_providers > 0)
        .map((cell) => [`${cell.term_id}|${cell.col}`, cell.other_providers]),
    );
    const own = cells.filter(
      (cell) =>
        inGrid(cell.term_id, cell.col) && (cell.active_services > 0 || cell.planned_deliveries > 0),
    );
    const ownKeys = new Set(own.map((cell) => `${cell.term_id}|${cell.col}`));
    const shown = [
      ...own.map((cell) => ({
        termId: cell.term_id,
        columnCode: cell.col,
        activeServices: cell.active_services,
        plannedDeliveries: cell.planned_deliveries,
        organizationIds: [...cell.organization_ids].sort(),
        otherProviders: otherCounts.get(`${cell.term_id}|${cell.col}`) ?? 0,
      })),
      // Cells reached only by other providers.
      ...[...otherCounts]
        .filter(([key]) => !ownKeys.has(key))
        .map(([key, count]) => {
          const [termId = '', columnCode = ''] = key.split('|');
          return {
            termId,
            columnCode,
            activeServices: 0,
            plannedDeliveries: 0,
            organizationIds: [],
            otherProviders: count,
          };
        }),
    ].sort((a, b) => a.termId.localeCompare(b.termId) || a.columnCode.localeCompare(b.columnCode));
    const organizationIds = [...new Set(shown.flatMap((cell) => cell.organizationIds))];
    const organizations =
      organizationIds.length === 0
        ? []
        : await this.prisma.organization.findMany({
            where: { id: { in: organizationIds } },
            orderBy: [{ name: 'asc' }, { id: 'asc' }],
          });
    const covered = shown.filter((cell) => cell.activeServices > 0).length;
    const helped = shown.filter(
      (cell) => cell.activeServices > 0 || cell.otherProviders > 0,
    ).length;
    return {
      dimension: filter.dimension,
      wellbeingAreaCode: filter.wellbeingAreaCode,
      area,
      inPersonOnly: filter.inPersonOnly,
      acceptingOnly: filter.acceptingOnly,
      includeOtherProviders: filter.includeOtherProviders,
      rows: rows.map(toTaxonomyTermModel),
      columns,
      cells: shown,
      gapCount: rows.length * columns.length - covered,
      gapsWithoutOtherHelp: filter.includeOtherProviders
        ? rows.length * columns.length - helped
        : null,
      organizations: organizations.map(toOrganizationModel),
    };
  }

  private async columns(
    filter: CoverageFilter,
    field: string,
  ): Promise<{ area: CoverageColumnModel | null; columns: CoverageColumnModel[] }> {
    if (filter.wellbeingAreaCode) {
      const area = await this.prisma.wellbeingArea.findUnique({
        where: { code: filter.wellbeingAreaCode },
      });
      if (!area) {
        throw new BadUserInputError(`${field}.wellbeingAreaCode`, 'No such wellbeing area.');
      }
      const municipalities = await this.prisma.municipality.findMany({
        where: { wellbeingAreaCode: area.code },
        orderBy: [{ nameFi: 'asc' }, { code: 'asc' }],
      });
      return {
        area: { code: area.code, name: namesToLocalizedText(area), kind: 'WELLBEING_AREA' },
        columns: municipalities.map((row) => ({
          code: row.code,
          name: namesToLocalizedText(row),
          kind: 'MUNICIPALITY' as const,
        })),
      };
    }
    const areas = await this.prisma.wellbeingArea.findMany({
      orderBy: [{ nameFi: 'asc' }, { code: 'asc' }],
    });
    return {
      area: null,
      columns: areas.map((row) => ({
        code: row.code,
        name: namesToLocalizedText(row),
        kind: 'WELLBEING_AREA' as const,
      })),
    };
  }
}
