import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { type Prisma } from '@linja/db';

import { QueueService } from '../jobs/queue.service';
import { type MailLanguage } from './templates/mail-layout';
import { type MailTemplateName, type MailTemplates } from './templates/mail-templates';

/** The job that sends one outbox mail (mail-delivery.job.ts). */
export const MAIL_DELIVER_JOB = 'mail.deliver';

export interface OutboxMailInput<Name extends MailTemplateName> {
  readonly template: Name;
  readonly params: MailTemplates[Name];
  readonly to: string;
  readonly language: MailLanguage;
  /** The recipient's account, when they have one. */
  readonly userId?: string;
  /** Written once: a second mail with the same key is not written (e.g. `digest:<user>:<week>`). */
  readonly dedupeKey?: string;
}

/**
 * Every mail goes through the outbox: `write` puts it in the caller's transaction, next to the change
 * that causes it (so a rolled-back change sends nothing and a committed one is never lost), and
 * `dispatch`, after the commit, queues the job that sends it. A mail whose dispatch was lost (the
 * process stopped between commit and dispatch) is queued by the `mail.sweep` schedule a minute later.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');

  constructor(private readonly queue: QueueService) {}

  /** Writes the mail in `tx`; its id, or null when a mail with the same `dedupeKey` exists. */
  async write<Name extends MailTemplateName>(
    tx: Prisma.TransactionClient,
    mail: OutboxMailInput<Name>,
  ): Promise<string | null> {
    const id = randomUUID();
    const { count } = await tx.outboxMail.createMany({
      data: [
        {
          id,
          template: mail.template,
          language: mail.language,
          toAddress: mail.to,
          userId: mail.userId ?? null,
          params: mail.params as unknown as Prisma.InputJsonValue,
          dedupeKey: mail.dedupeKey ?? null,
        },
      ],
      skipDuplicates: true,
    });
    return count === 1 ? id : null;
  }

  /** Queues the sending of written mails (after their transaction committed). Never throws. */
  async dispatch(ids: readonly (string | null)[]): Promise<void> {
    for (const id of ids) {
      if (id === null) continue;
      try {
        await this.queue.send(MAIL_DELIVER_JOB, { outboxId: id }, { singletonKey: id });
      } catch (error) {
        // The sweep queues it later; the mail itself is safe in the outbox.
        this.logger.warn({ outboxId: id, err: error, msg: 'mail not queued; the sweep will' });
      }
    }
  }
}
