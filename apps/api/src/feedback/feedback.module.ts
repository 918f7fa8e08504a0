import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { FeedbackResolver } from './feedback.resolver';
import {
  EventFeedbackLinkResolver,
  FeedbackSurveyFieldsResolver,
  ServiceFeedbackLinkResolver,
} from './feedback-links.resolver';
import { FeedbackCountsService } from './feedback-counts.service';
import { FeedbackResponseService } from './feedback-response.service';
import { FeedbackResultsService } from './feedback-results.service';
import { FeedbackSurveyService } from './feedback-survey.service';
import { PartnerFeedbackService } from './partner-feedback.service';
import { MyReferralFeedbackLinkResolver } from './referral-feedback-link.resolver';
import { ReferrerFeedbackService } from './referrer-feedback.service';

/**
 * Feedback (issue 16): short anonymous surveys on services and events, the portal's answers, and
 * the results. Exports the counts for the indicators. ARCHITECTURE.md "Feedback".
 */
@Module({
  imports: [AuditModule],
  providers: [
    FeedbackSurveyService,
    FeedbackResponseService,
    FeedbackResultsService,
    FeedbackCountsService,
    ReferrerFeedbackService,
    PartnerFeedbackService,
    FeedbackResolver,
    ServiceFeedbackLinkResolver,
    EventFeedbackLinkResolver,
    FeedbackSurveyFieldsResolver,
    MyReferralFeedbackLinkResolver,
  ],
  exports: [FeedbackCountsService],
})
export class FeedbackModule {}
