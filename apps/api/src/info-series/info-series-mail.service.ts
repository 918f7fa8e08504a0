import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { AppConfig } from '../config/app-config';
import { buildEventIcs } from '../event-calendar/ical-calendar';
import { MailService } from '../mail/mail.service';
import { OutboxService } from '../mail/outbox.service';
import { mailLanguage } from '../mail/templates/mail-templates';
import { localized, PresentationService } from './presentation.service';

const HOUR_MS = 3_600_000;
/** Invitations still unanswered this long before their time limit get a reminder. */
export const RESPOND_REMINDER_HOURS = 24;
/** Accepted presenters are reminded of the session this long before it. */
export const SESSION_REMINDER_HOURS = 48;
/** Subscribers are told of a session this long before it. */
export const ANNOUNCEMENT_HOURS = 7 * 24;

/**
 * The series' mails that time sends: reminders of an invitation's time limit and of the session to
 * the organisations' admins, and the announcement of the upcoming session to the series' subscribers
 * (presenters named, the meeting link, an `.ics`). Each mail's outbox dedupe key names what it is
 * about (presentation or session, and its time), so a second run writes nothing and a moved session
 * is announced again.
 */
@Injectable()
export class InfoSeriesMailService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
    private readonly presentations: PresentationService,
    private readonly config: AppConfig,
  ) {}

  /** Runs every kind of reminder once; returns how many mails were written. */
  async sendDue(now = new Date()): Promise<number> {
    return (
      (await this.respondReminders(now)) +
      (await this.sessionReminders(now)) +
      (await this.announcements(now))
    );
  }

  /** INVITED presentations whose time to answer ends within a day. */
  async respondReminders(now = new Date()): Promise<number> {
    const due = await this.prisma.infoPresentation.findMany({
      where: {
        status: 'INVITED',
        respondBy: { gt: now, lte: new Date(now.getTime() + RESPOND_REMINDER_HOURS * HOUR_MS) },
        event: { startsAt: { gt: now }, status: 'PUBLISHED' },
      },
      include: { organization: true, event: { include: { series: true } } },
    });
    let written = 0;
    for (const p of due) {
      const ids = await this.prisma.$transaction((tx) =>
        this.presentations.mailAdmins(tx, p.organization, (language) => ({
          template: 'presentation-reminder',
          dedupeKey: `presentation-respond-reminder:${p.id}:${p.respondBy?.toISOString()}`,
          params: {
            organizationName: p.organization.name,
            seriesTitle: localized(p.event.series?.title ?? p.event.title, language),
            startsAt: p.event.startsAt.toISOString(),
            kind: 'RESPOND',
            respondBy: p.respondBy?.toISOString() ?? null,
            onlineUrl: null,
            link: this.presentations.invitationsLink(p.organization.id),
          },
        })),
      );
      await this.outbox.dispatch(ids);
      written += ids.length;
    }
    return written;
  }

  /** ACCEPTED presentations whose session begins within two days. */
  async sessionReminders(now = new Date()): Promise<number> {
    const due = await this.prisma.infoPresentation.findMany({
      where: {
        status: 'ACCEPTED',
        event: {
          status: 'PUBLISHED',
          startsAt: { gt: now, lte: new Date(now.getTime() + SESSION_REMINDER_HOURS * HOUR_MS) },
        },
      },
      include: { organization: true, event: { include: { series: true } } },
    });
    let written = 0;
    for (const p of due) {
      const ids = await this.prisma.$transaction((tx) =>
        this.presentations.mailAdmins(tx, p.organization, (language) => ({
          template: 'presentation-reminder',
          dedupeKey: `presentation-session-reminder:${p.id}:${p.event.startsAt.toISOString()}`,
          params: {
            organizationName: p.organization.name,
            seriesTitle: localized(p.event.series?.title ?? p.event.title, language),
            startsAt: p.event.startsAt.toISOString(),
            kind: 'SESSION',
            respondBy: null,
            onlineUrl: p.event.onlineUrl,
            link: this.presentations.invitationsLink(p.organization.id),
          },
        })),
      );
      await this.outbox.dispatch(ids);
      written += ids.length;
    }
    return written;
  }

  /**
   * Sessions beginning within a week, to every subscriber who may still read the series (a verified
   * professional of the network, its coordinator, staff of an active member, a platform admin).
   */
  async announcements(now = new Date()): Promise<number> {
    const sessions = await this.prisma.event.findMany({
      where: {
        kind: 'INFO_SESSION',
        status: 'PUBLISHED',
        seriesId: { not: null },
        startsAt: { gt: now, lte: new Date(now.getTime() + ANNOUNCEMENT_HOURS * HOUR_MS) },
      },
      include: {
        series: true,
        network: { select: { slug: true } },
        exceptions: true,
        presentations: {
          where: { status: 'ACCEPTED' },
          include: { organization: { select: { id: true, name: true } } },
          orderBy: { respondedAt: 'asc' },
        },
      },
    });
    let written = 0;
    for (const session of sessions) {
      const series = session.series;
      if (!series) continue;
      const subscribers = await this.prisma.infoSeriesSubscription.findMany({
        where: {
          seriesId: series.id,
          user: {
            disabledAt: null,
            OR: [
              { isPlatformAdmin: true },
              {
                roles: {
                  some: {
                    OR: [
                      {
                        role: 'PROFESSIONAL',
                        networkId: series.networkId,
                        verifiedAt: { not: null },
                      },
                      { role: 'COORDINATOR', networkId: series.networkId },
                    ],
                  },
                },
              },
            ],
          },
        },
        include: { user: { select: { id: true, email: true, language: true } } },
      });
      const staff = await this.prisma.infoSeriesSubscription.findMany({
        where: {
          seriesId: series.id,
          userId: { notIn: subscribers.map((s) => s.userId) },
          user: { disabledAt: null },
        },
        include: {
          user: { select: { id: true, email: true, language: true, roles: true } },
        },
      });
      const memberOrgIds = new Set(
        (
          await this.prisma.networkMembership.findMany({
            where: { networkId: series.networkId, status: 'ACTIVE' },
            select: { organizationId: true },
          })
        ).map((m) => m.organizationId),
      );
      const staffReaders = staff.filter((s) =>
        s.user.roles.some(
          (r) =>
            (r.role === 'ORG_ADMIN' || r.role === 'ORG_EDITOR') &&
            r.organizationId !== null &&
            memberOrgIds.has(r.organizationId),
        ),
      );
      // The meeting link as the API gives it: the network's professionals and coordinators, and the
      // presenting organisations' staff; other member staff read the session but not its link.
      const presenterOrgIds = new Set(session.presentations.map((p) => p.organizationId));
      const presenterStaffIds = new Set(
        staffReaders
          .filter((s) =>
            s.user.roles.some(
              (r) =>
                (r.role === 'ORG_ADMIN' || r.role === 'ORG_EDITOR') &&
                r.organizationId !== null &&
                presenterOrgIds.has(r.organizationId),
            ),
          )
          .map((s) => s.user.id),
      );
      const readsLink = (userId: string) =>
        subscribers.some((s) => s.userId === userId) || presenterStaffIds.has(userId);
      const recipients = [...subscribers, ...staffReaders];
      if (recipients.length === 0) continue;
      const link = this.mail.adminLink(`/admin/n/${session.network.slug}/info-series/${series.id}`);
      const ids = await this.prisma.$transaction(async (tx) => {
        const written: string[] = [];
        for (const { user } of recipients) {
          const language = mailLanguage(user.language);
          const withLink = readsLink(user.id);
          const id = await this.outbox.write(tx, {
            template: 'info-session-announcement',
            to: user.email,
            language,
            userId: user.id,
            dedupeKey: `info-session-announcement:${session.id}:${session.startsAt.toISOString()}:${user.id}`,
            params: {
              seriesTitle: localized(series.title, language),
              startsAt: session.startsAt.toISOString(),
              presenters: session.presentations.map((p) => p.organization.name),
              facilitatorName: series.facilitatorName,
              onlineUrl: withLink ? session.onlineUrl : null,
              link,
              ics: buildEventIcs(session, {
                language,
                includeOnlineUrl: () => withLink,
                portalUrl: this.config.env.PUBLIC_BASE_URL,
              }),
            },
          });
          if (id) written.push(id);
        }
        return written;
      });
      await this.outbox.dispatch(ids);
      written += ids.length;
    }
    return written;
  }
}
