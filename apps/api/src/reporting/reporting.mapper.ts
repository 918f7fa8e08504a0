import {
  type FundingSource,
  type Indicator,
  type IndicatorTarget,
  type NetworkGoal,
  type ReportedFigure,
  type ReportingRound,
} from '@linja/db';

import { toLocalizedText } from '../common/localization/localized-text.util';
import {
  type FundingSourceModel,
  type IndicatorModel,
  type IndicatorTargetModel,
  type NetworkGoalModel,
  type ReportedFigureModel,
  type ReportingRoundModel,
} from './models/reporting.model';
import { isoDate } from './period';

export function toGoalModel(row: NetworkGoal): NetworkGoalModel {
  return {
    id: row.id,
    position: row.position,
    title: toLocalizedText(row.title),
    description: toLocalizedText(row.description),
  };
}

export function toIndicatorModel(row: Indicator): IndicatorModel {
  return {
    id: row.id,
    organizationId: row.organizationId,
    goalId: row.goalId,
    name: toLocalizedText(row.name),
    description: toLocalizedText(row.description),
    unit: toLocalizedText(row.unit),
    aggregation: row.aggregation,
    source: row.source,
    computedKind: row.computedKind,
  };
}

export function toTargetModel(row: IndicatorTarget): IndicatorTargetModel {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    periodKind: row.periodKind,
    periodStart: isoDate(row.periodStart),
    periodEnd: isoDate(row.periodEnd),
    value: row.value,
    serviceId: row.serviceId,
    municipalityCode: row.municipalityCode,
    wellbeingAreaCode: row.wellbeingAreaCode,
    ageBand: row.ageBand,
  };
}

export function toFundingModel(row: FundingSource): FundingSourceModel {
  return {
    id: row.id,
    serviceId: row.serviceId,
    type: row.type,
    funderName: row.funderName,
    amount: row.amount === null ? null : Number(row.amount),
    startsOn: isoDate(row.startsOn),
    endsOn: row.endsOn ? isoDate(row.endsOn) : null,
    isPermanent: row.isPermanent,
  };
}

export function toRoundModel(row: ReportingRound): ReportingRoundModel {
  return {
    id: row.id,
    networkId: row.networkId,
    periodKind: row.periodKind,
    periodStart: isoDate(row.periodStart),
    periodEnd: isoDate(row.periodEnd),
    dueOn: isoDate(row.dueOn),
    status: row.status,
    lockedAt: row.lockedAt,
  };
}

export function toFigureModel(row: ReportedFigure): ReportedFigureModel {
  return {
    id: row.id,
    reportId: row.reportId,
    indicatorId: row.indicatorId,
    serviceId: row.serviceId,
    value: row.value,
    note: row.note,
  };
}
