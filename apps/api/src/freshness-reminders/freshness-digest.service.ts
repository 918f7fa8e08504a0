import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';
import { freshnessOf } from '@linja/domain';

import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { OutboxService } from '../mail/outbox.service';
import { mailLanguage } from '../mail/templates/mail-templates';
import { freshnessPolicyOf } from '../network/network.mapper';
import { LINJA_ACTOR, serviceName, weekOf } from './freshness-reminders.util';

const FRESHNESS_POLICY_COLUMNS = {
  freshnessRemindMonths: true,
  freshnessStaleMonths: true,
  freshnessHideMonths: true,
} as const;

export interface DigestResult {
  /** Services listed (the organisation's published services past their remind threshold). */
  readonly serviceIds: readonly string[];
  /** People a digest was written for this time (not those who had this week's already). */
  readonly recipientIds: readonly string[];
}

/**
 * The weekly digest of one organisation: to each of its editors and admins who have not turned it
 * off, the organisation's published services that are due for a check (past the remind threshold of
 * their network's policy), each with a link to the one-click "still valid" page. Nothing due → no
 * mail. One per person, organisation and week (the outbox's dedupe key), recorded on each listed
 * service's history in the same transaction.
 */
@Injectable()
export class FreshnessDigestService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /** Organisations with at least one published service: the digest job's fan-out. */
  async organizationIds(): Promise<string[]> {
    const rows = await this.prisma.service.findMany({
      where: { status: 'PUBLISHED' },
      distinct: ['responsibleOrganizationId'],
      select: { responsibleOrganizationId: true },
    });
    return rows.map((row) => row.responsibleOrganizationId);
  }

  async send(organizationId: string, now = new Date()): Promise<DigestResult> {
    const organization = await this.prisma.organization.findUnique({
      where: { id: organizationId },
      select: { id: true, name: true },
    });
    if (!organization) return { serviceIds: [], recipientIds: [] };
    const published = await this.prisma.service.findMany({
      where: { responsibleOrganizationId: organizationId, status: 'PUBLISHED' },
      select: {
        id: true,
        sortName: true,
        verifiedAt: true,
        network: { select: FRESHNESS_POLICY_COLUMNS },
        publishedRevision: { select: { content: true } },
      },
      orderBy: [{ verifiedAt: 'asc' }, { id: 'asc' }],
    });
    const due = published.filter(
      (service) =>
        service.verifiedAt !== null &&
        freshnessOf(service.verifiedAt, freshnessPolicyOf(service.network), now) !== 'FRESH',
    );
    if (due.length === 0) return { serviceIds: [], recipientIds: [] };

    const assignments = await this.prisma.roleAssignment.findMany({
      where: {
        organizationId,
        role: { in: ['ORG_ADMIN', 'ORG_EDITOR'] },
        user: { disabledAt: null, freshnessDigest: true, passwordHash: { not: null } },
      },
      select: { user: { select: { id: true, email: true, name: true, language: true } } },
      orderBy: { userId: 'asc' },
    });
    const recipients = [...new Map(assignments.map(({ user }) => [user.id, user])).values()];
    const week = weekOf(now);
    const stillValidLink = this.mail.adminLink(`/admin/o/${organizationId}/still-valid`);
    const { mailIds, told } = await this.prisma.$transaction(async (tx) => {
      const written: string[] = [];
      const toldNames: string[] = [];
      const toldIds: string[] = [];
      for (const recipient of recipients) {
        const language = mailLanguage(recipient.language);
        const id = await this.outbox.write(tx, {
          template: 'freshness-digest',
          to: recipient.email,
          language,
          userId: recipient.id,
          dedupeKey: `freshness-digest:${organizationId}:${recipient.id}:${week}`,
          params: {
            organizationName: organization.name,
            services: due.map((service) => ({
              name: serviceName(service, language),
              link: `${stillValidLink}#service-${service.id}`,
            })),
            settingsLink: this.mail.adminLink('/admin/'),
          },
        });
        if (id === null) continue; // had this week's digest already
        written.push(id);
        toldNames.push(recipient.name);
        toldIds.push(recipient.id);
      }
      if (toldIds.length > 0) {
        for (const service of due) {
          await this.audit.record(tx, LINJA_ACTOR, {
            action: 'freshness.reminded',
            entityType: 'Service',
            entityId: service.id,
            serviceId: service.id,
            organizationId,
            note: `weekly check reminder mailed to ${toldNames.join(', ')}`,
          });
        }
      }
      return { mailIds: written, told: toldIds };
    });
    await this.outbox.dispatch(mailIds);
    return { serviceIds: due.map((service) => service.id), recipientIds: told };
  }
}
