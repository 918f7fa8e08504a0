import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { KeyRotationService } from './crypto/key-rotation.service';
import { ReferralCryptoService } from './crypto/referral-crypto.service';
import { ReferralCountsService } from './referral-counts.service';
import {
  ReferralDetailsFieldResolver,
  ReferralNotesFieldResolver,
  ServiceReferralSettingsFieldResolver,
} from './referral-fields.resolver';
import { ReferralHandlingService } from './referral-handling.service';
import { ReferralInboxService } from './referral-inbox.service';
import { ReferralIntakeService } from './referral-intake.service';
import { ReferralMailService } from './referral-mail.service';
import { ReferralSettingsService } from './referral-settings.service';
import { ReferralUpkeepService } from './referral-upkeep.service';
import { ReferralJobs } from './referrals.jobs';
import { ReferralsResolver } from './referrals.resolver';

/**
 * Referrals and contact requests (issue 17): a professional's referral and a person's own contact
 * request to the organisation producing a service, with the least personal data possible. The
 * client's fields are encrypted (crypto/), every read of them is logged, they are erased after the
 * network's retention; coordinators see counts only. ARCHITECTURE.md "Referrals".
 */
@Module({
  imports: [AuditModule, MailModule],
  providers: [
    ReferralCryptoService,
    KeyRotationService,
    ReferralSettingsService,
    ReferralIntakeService,
    ReferralInboxService,
    ReferralHandlingService,
    ReferralCountsService,
    ReferralMailService,
    ReferralUpkeepService,
    ReferralJobs,
    ReferralsResolver,
    ReferralDetailsFieldResolver,
    ReferralNotesFieldResolver,
    ServiceReferralSettingsFieldResolver,
  ],
  exports: [ReferralUpkeepService, KeyRotationService, ReferralCountsService],
})
export class ReferralsModule {}
