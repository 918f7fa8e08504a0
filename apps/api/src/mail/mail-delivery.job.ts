import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { AppConfig } from '../config/app-config';
import { type JobContext } from '../jobs/job-definition';
import { JobRegistry } from '../jobs/job-registry';
import { QueueService } from '../jobs/queue.service';
import { MailService } from './mail.service';
import { MAIL_DELIVER_JOB } from './outbox.service';
import { assertOutboxTransition } from './outbox-transitions';
import { renderMail } from './templates/mail-templates';

/** Most a sending attempt may take (the SMTP timeouts in mail.service.ts add up to 50 s). */
const DELIVER_TIMEOUT_SECONDS = 120;
/** A mail claimed longer ago than this belongs to an attempt that died: it may be claimed again. */
const CLAIM_LEASE_SECONDS = 2 * DELIVER_TIMEOUT_SECONDS;
/** Mails the sweep queues at most per run (the next run takes the rest). */
const SWEEP_BATCH = 500;

interface ClaimedMail {
  id: string;
  template: string;
  language: string;
  /** Null once erased (`prune`). */
  to_address: string | null;
  params: unknown;
}

/** Why a mail was not sent, without the recipient's address (SMTP replies often quote it). */
function describeFailure(error: unknown): string {
  if (error && typeof error === 'object') {
    const { code, responseCode, command } = error as Record<string, unknown>;
    const parts = [code, responseCode, command].filter(
      (part) => typeof part === 'string' || typeof part === 'number',
    );
    if (parts.length > 0) return `SMTP ${parts.join(' ')}`;
  }
  return error instanceof Error ? error.name : 'unknown error';
}

/**
 * Sends outbox mails: `mail.deliver` sends one (claim → send → mark), `mail.sweep` (every minute)
 * queues mails whose dispatch was lost and mails whose sending attempt died.
 *
 * Delivery is at least once: SMTP has no way to take a message back, so if the process dies after the
 * server accepted a mail and before SENT is written, the mail is claimed again once its lease ends
 * and sent a second time — with the same Message-ID (`<outbox id@outbox.linja>`), which lets mail
 * systems drop the copy. Every other failure (refused, unreachable, timed out) sends nothing and is
 * retried with backoff, and two workers never send the same mail at once (the claim is one UPDATE).
 */
@Injectable()
export class MailDeliveryJob implements OnModuleInit {
  private readonly logger = new Logger('MailDelivery');

  constructor(
    private readonly prisma: PrismaClient,
    private readonly mail: MailService,
    private readonly registry: JobRegistry,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register<{ outboxId: string }>({
      name: MAIL_DELIVER_JOB,
      policy: 'stately',
      retryLimit: this.config.env.MAIL_RETRY_LIMIT,
      retryDelaySeconds: this.config.env.MAIL_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      timeoutSeconds: DELIVER_TIMEOUT_SECONDS,
      handle: (data, context) => this.deliver(data.outboxId, context),
    });
    this.registry.register({
      name: 'mail.prune',
      policy: 'stately',
      retryLimit: 3,
      retryDelaySeconds: 600,
      retryBackoff: true,
      timeoutSeconds: 600,
      schedule: '45 3 * * *',
      handle: async () => {
        await this.prune();
      },
    });
    this.registry.register({
      name: 'mail.sweep',
      policy: 'stately',
      retryLimit: 2,
      retryDelaySeconds: 30,
      retryBackoff: false,
      timeoutSeconds: 120,
      schedule: '* * * * *',
      handle: () => this.sweep(),
    });
  }

  async deliver(outboxId: string, context: JobContext): Promise<void> {
    // PENDING or FAILED → SENDING, or SENDING → SENDING once the earlier attempt's lease has ended.
    const [claimed] = await this.prisma.$queryRaw<ClaimedMail[]>`
      UPDATE outbox
      SET status = 'SENDING', claimed_at = now(), attempts = attempts + 1
      WHERE id = ${outboxId}::uuid
        AND (status IN ('PENDING', 'FAILED')
             OR (status = 'SENDING' AND claimed_at < now() - make_interval(secs => ${CLAIM_LEASE_SECONDS})))
      RETURNING id::text AS id, template, language, to_address, params`;
    if (!claimed) {
      const current = await this.prisma.outboxMail.findUnique({
        where: { id: outboxId },
        select: { status: true },
      });
      // Another attempt holds it: try again later (if that attempt died, its lease runs out).
      if (current?.status === 'SENDING') {
        throw new Error(`mail ${outboxId} is being sent by another attempt`);
      }
      return; // SENT already, or gone
    }
    if (claimed.to_address === null) {
      // An erased failed mail that someone retried: there is nobody to send it to any more.
      assertOutboxTransition('SENDING', 'FAILED');
      await this.prisma.outboxMail.updateMany({
        where: { id: claimed.id, status: 'SENDING' },
        data: { status: 'FAILED', lastError: 'recipient erased', claimedAt: null },
      });
      return;
    }
    try {
      const rendered = renderMail(claimed.template, claimed.language, claimed.params);
      await this.mail.send({
        to: claimed.to_address,
        ...rendered,
        messageId: `<${claimed.id}@outbox.linja>`,
      });
    } catch (error) {
      const last = context.retryCount >= context.retryLimit;
      const reason = describeFailure(error);
      assertOutboxTransition('SENDING', last ? 'FAILED' : 'PENDING');
      await this.prisma.outboxMail.updateMany({
        where: { id: claimed.id, status: 'SENDING' },
        data: { status: last ? 'FAILED' : 'PENDING', lastError: reason, claimedAt: null },
      });
      throw new Error(`mail ${claimed.id} not sent: ${reason}`, { cause: error });
    }
    assertOutboxTransition('SENDING', 'SENT');
    // The parameters may hold a single-use link: not kept once the mail is out.
    await this.prisma.outboxMail.updateMany({
      where: { id: claimed.id, status: 'SENDING' },
      data: { status: 'SENT', sentAt: new Date(), params: {}, lastError: null, claimedAt: null },
    });
  }

  /**
   * Erases the recipient's address (and any parameters and error left) of mails sent or failed more
   * than OUTBOX_RETENTION_DAYS ago, and ends as FAILED, erased, a mail still waiting or being sent
   * that long after it was written (its job was lost: no retry runs for days). The rows stay: their
   * dedupe keys keep a mail from being queued twice, and their statuses keep the queue's history.
   * Returns how many were erased.
   */
  async prune(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.env.OUTBOX_RETENTION_DAYS * 86_400_000);
    assertOutboxTransition('PENDING', 'FAILED');
    assertOutboxTransition('SENDING', 'FAILED');
    const expired = await this.prisma.outboxMail.updateMany({
      where: { status: { in: ['PENDING', 'SENDING'] }, createdAt: { lt: cutoff } },
      data: {
        status: 'FAILED',
        toAddress: null,
        params: {},
        claimedAt: null,
        lastError: 'not sent within the retention period',
      },
    });
    const { count } = await this.prisma.outboxMail.updateMany({
      where: {
        status: { in: ['SENT', 'FAILED'] },
        toAddress: { not: null },
        OR: [{ sentAt: { lt: cutoff } }, { sentAt: null, createdAt: { lt: cutoff } }],
      },
      data: { toAddress: null, params: {}, lastError: null },
    });
    const erased = count + expired.count;
    if (erased > 0) {
      this.logger.log({ mails: erased, expired: expired.count, msg: 'outbox addresses erased' });
    }
    return erased;
  }

  /** Queues mails that wait without a job: dispatch lost before it ran, or an attempt that died. */
  async sweep(): Promise<void> {
    const waiting = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM outbox
      WHERE (status = 'PENDING' AND attempts = 0 AND created_at < now() - interval '1 minute')
         OR (status = 'SENDING' AND claimed_at < now() - make_interval(secs => ${CLAIM_LEASE_SECONDS}))
      ORDER BY created_at
      LIMIT ${SWEEP_BATCH}`;
    for (const { id } of waiting) {
      await this.queue.send(MAIL_DELIVER_JOB, { outboxId: id }, { singletonKey: id });
    }
    if (waiting.length > 0)
      this.logger.log({ mails: waiting.length, msg: 'mails queued by the sweep' });
  }
}
