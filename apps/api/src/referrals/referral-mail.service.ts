import { Injectable } from '@nestjs/common';
import { type Prisma } from '@linja/db';

import { openReferrerSurveyId } from '../feedback/referrer-survey-link';
import { serviceName } from '../freshness-reminders/freshness-reminders.util';
import { MailService } from '../mail/mail.service';
import { OutboxService } from '../mail/outbox.service';
import { mailLanguage } from '../mail/templates/mail-templates';

/** What the referral mails need of a referral: never its personal data. */
export interface ReferralMailSubject {
  readonly id: string;
  readonly kind: 'REFERRAL' | 'CONTACT_REQUEST';
  readonly serviceId: string;
  readonly organizationId: string;
  readonly organization: { readonly name: string };
  readonly service: {
    readonly sortName: string;
    readonly publishedRevision: { content: unknown } | null;
  };
  readonly network: { readonly slug: string };
}

export const REFERRAL_MAIL_INCLUDE = {
  organization: { select: { name: true } },
  service: { select: { sortName: true, publishedRevision: { select: { content: true } } } },
  network: { select: { slug: true } },
} as const satisfies Prisma.ReferralInclude;

/**
 * The referral mails, written into the outbox in the caller's transaction. None holds client data
 * (ARCHITECTURE.md "Referrals"): the organisation's staff get the service and a link to the admin,
 * the referring professional the new status and a link. The person who asked to be contacted never
 * gets a mail (it could be read by someone who harms them).
 */
@Injectable()
export class ReferralMailService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
  ) {}

  adminLink(referral: { id: string; organizationId: string }): string {
    return this.mail.adminLink(`/admin/o/${referral.organizationId}/referrals/${referral.id}`);
  }

  /** The organisation's staff with a usable account: admins (and editors unless `adminsOnly`). */
  private async staff(tx: Prisma.TransactionClient, organizationId: string, adminsOnly: boolean) {
    const rows = await tx.roleAssignment.findMany({
      where: {
        organizationId,
        role: adminsOnly ? 'ORG_ADMIN' : { in: ['ORG_ADMIN', 'ORG_EDITOR'] },
        user: { disabledAt: null, passwordHash: { not: null } },
      },
      select: { user: { select: { id: true, email: true, language: true } } },
      orderBy: { userId: 'asc' },
    });
    const seen = new Set<string>();
    return rows.flatMap(({ user }) => (seen.has(user.id) ? [] : (seen.add(user.id), [user])));
  }

  /** The notice of a new referral or contact request to the organisation's admins and editors. */
  async writeNew(tx: Prisma.TransactionClient, referral: ReferralMailSubject): Promise<string[]> {
    return this.writeNotice(tx, referral, 'referral-new', false);
  }

  /** The one reminder of a referral not opened in time, to the organisation's admins. */
  async writeReminder(
    tx: Prisma.TransactionClient,
    referral: ReferralMailSubject,
  ): Promise<string[]> {
    return this.writeNotice(tx, referral, 'referral-reminder', true);
  }

  private async writeNotice(
    tx: Prisma.TransactionClient,
    referral: ReferralMailSubject,
    template: 'referral-new' | 'referral-reminder',
    adminsOnly: boolean,
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const user of await this.staff(tx, referral.organizationId, adminsOnly)) {
      const language = mailLanguage(user.language);
      const id = await this.outbox.write(tx, {
        template,
        to: user.email,
        language,
        userId: user.id,
        dedupeKey: `${template}:${referral.id}:${user.id}`,
        params: {
          organizationName: referral.organization.name,
          serviceName: serviceName(referral.service, language),
          kind: referral.kind,
          link: this.adminLink(referral),
        },
      });
      if (id) ids.push(id);
    }
    return ids;
  }

  /**
   * The referring professional's notice of the decision (status only), with the link to the
   * service's OPEN referrer survey when it has one (the survey page checks who answers).
   */
  async writeDecided(
    tx: Prisma.TransactionClient,
    referral: ReferralMailSubject,
    status: 'ACCEPTED' | 'DECLINED',
    referrer: { id: string; email: string; language: string; disabledAt: Date | null },
  ): Promise<string | null> {
    if (referrer.disabledAt) return null;
    const language = mailLanguage(referrer.language);
    const slug = encodeURIComponent(referral.network.slug);
    const surveyId = await openReferrerSurveyId(tx, referral.serviceId);
    return this.outbox.write(tx, {
      template: 'referral-decided',
      to: referrer.email,
      language,
      userId: referrer.id,
      dedupeKey: `referral-decided:${referral.id}`,
      params: {
        serviceName: serviceName(referral.service, language),
        organizationName: referral.organization.name,
        status,
        link: this.mail.portalLink(`/${slug}/referrals`),
        surveyLink: surveyId
          ? this.mail.portalLink(`/${slug}/feedback/${surveyId}/referrer`)
          : null,
      },
    });
  }

  dispatch(ids: readonly (string | null)[]): Promise<void> {
    return this.outbox.dispatch(ids);
  }
}
