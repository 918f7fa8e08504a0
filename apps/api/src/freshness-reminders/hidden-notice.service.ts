import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { OutboxService } from '../mail/outbox.service';
import { mailLanguage } from '../mail/templates/mail-templates';
import { LINJA_ACTOR, serviceName } from './freshness-reminders.util';

/** Services hidden longer ago than this are not looked at again (their notice went out then). */
const LOOK_BACK_DAYS = 30;

/**
 * When a published service passes its hide threshold (it leaves public search), its organisation's
 * admins get one notice: once per service and verification (the outbox's dedupe key holds
 * `verifiedAt`, so a service confirmed and hidden again later is told about again), recorded on the
 * service's history in the same transaction.
 */
@Injectable()
export class HiddenNoticeService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /** Notices for every service hidden since the look-back; returns the services told about now. */
  async sendDue(now = new Date()): Promise<string[]> {
    const hidden = await this.prisma.service.findMany({
      where: {
        status: 'PUBLISHED',
        visibleUntil: { lte: now, gt: new Date(now.getTime() - LOOK_BACK_DAYS * 86_400_000) },
      },
      select: {
        id: true,
        sortName: true,
        verifiedAt: true,
        responsibleOrganization: { select: { id: true, name: true } },
        publishedRevision: { select: { content: true } },
      },
    });
    const told: string[] = [];
    for (const service of hidden) {
      if (await this.notify(service)) told.push(service.id);
    }
    return told;
  }

  private async notify(service: {
    id: string;
    sortName: string;
    verifiedAt: Date | null;
    responsibleOrganization: { id: string; name: string };
    publishedRevision: { content: unknown } | null;
  }): Promise<boolean> {
    const organization = service.responsibleOrganization;
    const admins = await this.prisma.roleAssignment.findMany({
      where: {
        organizationId: organization.id,
        role: 'ORG_ADMIN',
        user: { disabledAt: null, passwordHash: { not: null } },
      },
      select: { user: { select: { id: true, email: true, name: true, language: true } } },
      orderBy: { userId: 'asc' },
    });
    if (admins.length === 0) return false;
    const verified = service.verifiedAt?.toISOString() ?? 'never';
    const link = this.mail.adminLink(`/admin/o/${organization.id}/still-valid`);
    const mailIds = await this.prisma.$transaction(async (tx) => {
      const written: string[] = [];
      const names: string[] = [];
      for (const { user } of admins) {
        const language = mailLanguage(user.language);
        const id = await this.outbox.write(tx, {
          template: 'hidden-notice',
          to: user.email,
          language,
          userId: user.id,
          dedupeKey: `hidden-notice:${service.id}:${verified}:${user.id}`,
          params: {
            organizationName: organization.name,
            serviceName: serviceName(service, language),
            link: `${link}#service-${service.id}`,
          },
        });
        if (id === null) continue;
        written.push(id);
        names.push(user.name);
      }
      if (written.length > 0) {
        await this.audit.record(tx, LINJA_ACTOR, {
          action: 'freshness.hiddenNotice',
          entityType: 'Service',
          entityId: service.id,
          serviceId: service.id,
          organizationId: organization.id,
          note: `hidden from public search; notice mailed to ${names.join(', ')}`,
        });
      }
      return written;
    });
    await this.outbox.dispatch(mailIds);
    return mailIds.length > 0;
  }
}
