import {
  type Event,
  type EventAttachment,
  type InfoPresentation,
  type InfoSeries,
} from '@linja/db';

import { toLocalizedText } from '../common/localization/localized-text.util';
import {
  type InfoPresentationModel,
  type InfoSeriesModel,
  type InfoSessionModel,
  type InfoSessionSlidesModel,
} from './models/info-series.model';

/** Where the slides are downloaded (slides.controller.ts). */
export const SLIDES_PATH = '/files/info-session-slides';

export function toInfoSeriesModel(row: InfoSeries): InfoSeriesModel {
  return {
    id: row.id,
    networkId: row.networkId,
    title: toLocalizedText(row.title),
    description: toLocalizedText(row.description),
    audienceNote: toLocalizedText(row.audienceNote),
    wellbeingAreaCode: row.wellbeingAreaCode,
    weekday: row.weekday,
    startTime: row.startTime,
    durationMinutes: row.durationMinutes,
    presentersPerSession: row.presentersPerSession,
    facilitatorName: row.facilitatorName,
    backupName: row.backupName,
  };
}

export function toInfoSessionModel(row: Event): InfoSessionModel {
  if (!row.seriesId) throw new Error(`event ${row.id} is not an info session`);
  return {
    id: row.id,
    seriesId: row.seriesId,
    networkId: row.networkId,
    title: toLocalizedText(row.title),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status,
    recordingUrl: row.recordingUrl,
    attendanceCount: row.attendanceCount,
    onlineUrlValue: row.onlineUrl,
    organizationId: row.organizationId,
    audience: row.audience,
  };
}

export function toInfoPresentationModel(
  row: InfoPresentation,
  networkId: string,
): InfoPresentationModel {
  return {
    id: row.id,
    eventId: row.eventId,
    organizationId: row.organizationId,
    status: row.status,
    respondBy: row.respondBy,
    respondedAt: row.respondedAt,
    declineReasonValue: row.declineReason,
    networkId,
  };
}

export type SlidesRow = Omit<EventAttachment, 'data'>;

export function toSlidesModel(row: SlidesRow): InfoSessionSlidesModel {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    downloadUrl: `${SLIDES_PATH}/${row.id}`,
    createdAt: row.createdAt,
  };
}
