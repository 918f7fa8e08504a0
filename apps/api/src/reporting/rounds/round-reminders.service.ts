import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { MailService } from '../../mail/mail.service';
import { OutboxService } from '../../mail/outbox.service';
import { mailLanguage } from '../../mail/templates/mail-templates';
import { isoDate } from '../period';
import { EDITABLE_REPORT_STATUSES } from './round-transitions';

/** Days before the due date when the admins of an organisation that has not reported are reminded. */
export const REMINDER_DAYS_BEFORE = 7;
const DAY_MS = 86_400_000;

/** Today in Helsinki as a UTC-midnight date (the `date` columns' form). */
function helsinkiToday(now: Date): Date {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now);
  return new Date(`${day}T00:00:00.000Z`);
}

/**
 * The reminders of an open round: one mail to each admin of an organisation whose report is not
 * submitted, `REMINDER_DAYS_BEFORE` days or less before the due date, and one notice once the due date
 * has passed. The outbox's dedupe key (template, report, admin) makes a second run write nothing.
 */
@Injectable()
export class RoundRemindersService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
  ) {}

  async run(now = new Date()): Promise<number> {
    const today = helsinkiToday(now);
    const horizon = new Date(today.getTime() + REMINDER_DAYS_BEFORE * DAY_MS);
    const reports = await this.prisma.organizationReport.findMany({
      where: {
        status: { in: [...EDITABLE_REPORT_STATUSES] },
        round: { status: 'OPEN', dueOn: { lte: horizon } },
      },
      include: {
        round: { include: { network: { select: { name: true } } } },
        organization: { select: { name: true } },
      },
      orderBy: { id: 'asc' },
    });
    const ids: string[] = [];
    await this.prisma.$transaction(async (tx) => {
      for (const report of reports) {
        const template = report.round.dueOn < today ? 'reporting-overdue' : 'reporting-reminder';
        const admins = await tx.roleAssignment.findMany({
          where: {
            organizationId: report.organizationId,
            role: 'ORG_ADMIN',
            user: { disabledAt: null, passwordHash: { not: null } },
          },
          select: { user: { select: { id: true, email: true, language: true } } },
          orderBy: { userId: 'asc' },
        });
        const last = new Date(report.round.periodEnd.getTime() - DAY_MS);
        for (const { user } of admins) {
          const id = await this.outbox.write(tx, {
            template,
            to: user.email,
            language: mailLanguage(user.language),
            userId: user.id,
            dedupeKey: `${template}:${report.id}:${user.id}`,
            params: {
              organizationName: report.organization.name,
              networkName: report.round.network.name,
              period: `${isoDate(report.round.periodStart)} – ${isoDate(last)}`,
              dueOn: isoDate(report.round.dueOn),
              link: this.mail.adminLink(`/admin/o/${report.organizationId}/reporting`),
            },
          });
          if (id) ids.push(id);
        }
      }
    });
    await this.outbox.dispatch(ids);
    return ids.length;
  }
}
