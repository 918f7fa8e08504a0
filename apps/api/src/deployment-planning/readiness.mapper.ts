import { type ReadinessItem, type ReadinessTemplateItem } from '@linja/db';

import { toLocalizedText } from '../common/localization/localized-text.util';
import {
  type ReadinessChecklistModel,
  type ReadinessItemModel,
  type ReadinessTemplateItemModel,
} from './models/readiness.model';

export function toReadinessTemplateItemModel(
  row: ReadinessTemplateItem,
): ReadinessTemplateItemModel {
  return {
    id: row.id,
    position: row.position,
    title: toLocalizedText(row.title),
    description: toLocalizedText(row.description),
  };
}

export function toReadinessItemModel(row: ReadinessItem): ReadinessItemModel {
  return {
    id: row.id,
    position: row.position,
    title: toLocalizedText(row.title),
    description: toLocalizedText(row.description),
    status: row.status,
    ownerName: row.ownerName,
    notes: row.notes,
    updatedAt: row.updatedAt,
    updatedByLabel: row.updatedByLabel,
  };
}

/** A step is settled when it is DONE or judged NOT_NEEDED. */
export function isSettled(item: Pick<ReadinessItem, 'status'>): boolean {
  return item.status === 'DONE' || item.status === 'NOT_NEEDED';
}

/** The checklist of one delivery (rows in position order), or null when it never had one. */
export function toChecklistModel(rows: readonly ReadinessItem[]): ReadinessChecklistModel | null {
  if (rows.length === 0) return null;
  const count = (status: ReadinessItem['status']) =>
    rows.filter((row) => row.status === status).length;
  return {
    items: rows.map(toReadinessItemModel),
    total: rows.length,
    done: count('DONE'),
    notNeeded: count('NOT_NEEDED'),
    inProgress: count('IN_PROGRESS'),
    notStarted: count('NOT_STARTED'),
    isComplete: rows.every(isSettled),
  };
}
