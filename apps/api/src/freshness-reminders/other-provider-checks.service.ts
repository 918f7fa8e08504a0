import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';
import { freshnessOf, verifiedBefore } from '@linja/domain';

import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { OutboxService } from '../mail/outbox.service';
import { mailLanguage } from '../mail/templates/mail-templates';
import { freshnessPolicyOf } from '../network/network.mapper';
import { LINJA_ACTOR, weekOf } from './freshness-reminders.util';

export interface OtherProviderChecksResult {
  /** Providers listed (not archived, checked before the network's remind threshold). */
  readonly providerIds: readonly string[];
  /** Coordinators a reminder was written for this time (not those who had this week's already). */
  readonly recipientIds: readonly string[];
}

/**
 * The weekly reminder of a network's other providers (issue 18) that nobody has checked within the
 * network's freshness policy (past its remind months, as services): one mail per coordinator,
 * network and week (the outbox's dedupe key, so a second run in the week writes nothing), recorded on
 * each listed provider's history in the same transaction. Nothing due, or no coordinator, no mail.
 * Coordinators who turned the weekly freshness reminders off (`freshnessDigest`) get none.
 */
@Injectable()
export class OtherProviderChecksService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /** Every network's reminders; returns what each wrote (networks with something due only). */
  async sendAll(now = new Date()): Promise<Map<string, OtherProviderChecksResult>> {
    const networks = await this.prisma.otherProvider.findMany({
      where: { archivedAt: null },
      distinct: ['networkId'],
      select: { networkId: true },
      orderBy: { networkId: 'asc' },
    });
    const results = new Map<string, OtherProviderChecksResult>();
    for (const { networkId } of networks) {
      const result = await this.send(networkId, now);
      if (result.providerIds.length > 0) results.set(networkId, result);
    }
    return results;
  }

  async send(networkId: string, now = new Date()): Promise<OtherProviderChecksResult> {
    const network = await this.prisma.network.findUnique({ where: { id: networkId } });
    if (!network) return { providerIds: [], recipientIds: [] };
    const policy = freshnessPolicyOf(network);
    const due = await this.prisma.otherProvider.findMany({
      where: {
        networkId,
        archivedAt: null,
        checkedAt: { lt: verifiedBefore('DUE_FOR_CHECK', policy, now) },
      },
      select: { id: true, name: true, checkedAt: true },
      orderBy: [{ checkedAt: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    });
    if (due.length === 0) return { providerIds: [], recipientIds: [] };
    const assignments = await this.prisma.roleAssignment.findMany({
      where: {
        networkId,
        role: 'COORDINATOR',
        user: { disabledAt: null, freshnessDigest: true, passwordHash: { not: null } },
      },
      select: { user: { select: { id: true, email: true, name: true, language: true } } },
      orderBy: { userId: 'asc' },
    });
    const recipients = [...new Map(assignments.map(({ user }) => [user.id, user])).values()];
    const week = weekOf(now);
    const link = this.mail.adminLink(`/admin/n/${network.slug}/other-providers?due=1`);
    const providers = due.map((provider) => ({
      id: provider.id,
      name: provider.name,
      hidden: freshnessOf(provider.checkedAt, policy, now) === 'HIDDEN',
    }));
    const { mailIds, told } = await this.prisma.$transaction(async (tx) => {
      const written: string[] = [];
      const toldNames: string[] = [];
      const toldIds: string[] = [];
      for (const recipient of recipients) {
        const id = await this.outbox.write(tx, {
          template: 'other-provider-checks',
          to: recipient.email,
          language: mailLanguage(recipient.language),
          userId: recipient.id,
          dedupeKey: `other-provider-checks:${networkId}:${recipient.id}:${week}`,
          params: { networkName: network.name, providers, link },
        });
        if (id === null) continue; // had this week's reminder already
        written.push(id);
        toldNames.push(recipient.name);
        toldIds.push(recipient.id);
      }
      if (toldIds.length > 0) {
        for (const provider of due) {
          await this.audit.record(tx, LINJA_ACTOR, {
            action: 'otherProvider.checkReminded',
            entityType: 'OtherProvider',
            entityId: provider.id,
            networkId,
            note: `weekly check reminder mailed to ${toldNames.join(', ')}`,
          });
        }
      }
      return { mailIds: written, told: toldIds };
    });
    await this.outbox.dispatch(mailIds);
    return { providerIds: due.map((provider) => provider.id), recipientIds: told };
  }
}
