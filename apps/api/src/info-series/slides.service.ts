import { Injectable } from '@nestjs/common';
import { type EventAttachment, PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { type Actor, actorId } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { InfoSeriesService } from './info-series.service';
import { type SlidesRow } from './info-series.mapper';
import { readableSessionsWhere } from './utils/info-series-access.util';
import {
  cleanSlidesFileName,
  MAX_SLIDES_BYTES,
  sniffSlides,
  SLIDES_TYPES,
} from './utils/sniff-slides.util';

/** At most this many files per session. */
export const MAX_SLIDES_PER_SESSION = 10;

const SLIDES_COLUMNS = {
  id: true,
  eventId: true,
  fileName: true,
  contentType: true,
  size: true,
  createdById: true,
  createdAt: true,
} as const;

/**
 * A session's slides, kept in the database (event_attachment): the network's coordinators upload
 * and remove them; whoever sees the session downloads them. The type is sniffed from the bytes.
 */
@Injectable()
export class SlidesService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly series: InfoSeriesService,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async upload(
    actor: Actor,
    eventId: string,
    file: { originalname: string; buffer: Buffer; size: number } | undefined,
  ): Promise<SlidesRow> {
    const session = await this.series.managedSession(actor, eventId);
    if (!file || file.size === 0) throw new BadUserInputError('file', 'Choose a file to upload.');
    if (file.size > MAX_SLIDES_BYTES) {
      throw new BadUserInputError('file', 'The file is larger than 10 MB.');
    }
    const extension = sniffSlides(file.buffer);
    if (!extension) {
      throw new BadUserInputError('file', 'Slides are PDF, PowerPoint (PPTX) or ODP files.');
    }
    return this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM event WHERE id = ${session.id}::uuid FOR UPDATE`;
      const count = await tx.eventAttachment.count({ where: { eventId: session.id } });
      if (count >= MAX_SLIDES_PER_SESSION) {
        throw new BadUserInputError(
          'file',
          `A session keeps at most ${MAX_SLIDES_PER_SESSION} files; remove one first.`,
        );
      }
      const row = await tx.eventAttachment.create({
        data: {
          eventId: session.id,
          fileName: cleanSlidesFileName(file.originalname, extension),
          contentType: SLIDES_TYPES[extension],
          size: file.size,
          data: new Uint8Array(file.buffer),
          createdById: actorId(actor),
        },
        select: SLIDES_COLUMNS,
      });
      await this.audit.record(tx, actor, {
        action: 'infoSession.slidesAdded',
        entityType: 'Event',
        entityId: session.id,
        networkId: session.networkId,
        note: `${row.fileName} (${row.size} bytes)`,
      });
      return row;
    });
  }

  async remove(actor: Actor, id: string): Promise<SlidesRow> {
    const row = await this.readable(actor, id, false);
    await this.series.managedSession(actor, row.eventId);
    return this.prisma.$transaction(async (tx) => {
      await tx.eventAttachment.delete({ where: { id: row.id } });
      await this.audit.record(tx, actor, {
        action: 'infoSession.slidesRemoved',
        entityType: 'Event',
        entityId: row.eventId,
        networkId: row.event.networkId,
        note: row.fileName,
      });
      const { event: _event, ...slides } = row;
      return slides;
    });
  }

  /** The file with its bytes, for whoever sees the session; NOT_FOUND for everyone else. */
  download(actor: Actor, id: string): Promise<EventAttachment> {
    return this.readable(actor, id, true);
  }

  private async readable(actor: Actor, id: string, withData: true): Promise<EventAttachment>;
  private async readable(
    actor: Actor,
    id: string,
    withData: false,
  ): Promise<SlidesRow & { event: { networkId: string } }>;
  private async readable(actor: Actor, id: string, withData: boolean) {
    const row = isUuid(id)
      ? await this.prisma.eventAttachment.findFirst({
          where: { id, event: readableSessionsWhere(actor) },
          select: withData
            ? { ...SLIDES_COLUMNS, data: true }
            : { ...SLIDES_COLUMNS, event: { select: { networkId: true } } },
        })
      : null;
    if (!row) throw new DomainError('NOT_FOUND', `No slides ${id}.`, { id });
    return row;
  }

  /** For the admin: may this actor upload to sessions of `networkId`. */
  mayUpload(actor: Actor, networkId: string): boolean {
    return this.authz.can(actor, 'infoSeries.manage', { networkId });
  }
}
