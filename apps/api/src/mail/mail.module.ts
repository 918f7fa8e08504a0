import { Module } from '@nestjs/common';

import { MailService } from './mail.service';

/** Outgoing e-mail (invitations, password resets). Import it in the feature module that sends mail. */
@Module({ providers: [MailService], exports: [MailService] })
export class MailModule {}
