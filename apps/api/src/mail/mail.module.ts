import { Module } from '@nestjs/common';

import { MailDeliveryJob } from './mail-delivery.job';
import { MailService } from './mail.service';
import { OutboxService } from './outbox.service';

/**
 * Outgoing e-mail through the outbox: features write mails with `OutboxService` in their own
 * transaction; the `mail.deliver` job sends them (MailService: SMTP, or the log in development).
 */
@Module({
  providers: [MailService, OutboxService, MailDeliveryJob],
  exports: [MailService, OutboxService],
})
export class MailModule {}
