import { type DynamicModule, Module } from '@nestjs/common';
import { type DestinationStream } from 'pino';

import { AuditModule } from './audit/audit.module';
import { AuthzModule } from './authz/authz.module';
import { type AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { CoverageModule } from './coverage/coverage.module';
import { OtherProvidersModule } from './other-providers/other-providers.module';
import { DatabaseModule } from './database/database.module';
import { DeliveryModule } from './delivery/delivery.module';
import { CalendarFeedsModule } from './calendar-feeds/calendar-feeds.module';
import { EventCalendarModule } from './event-calendar/event-calendar.module';
import { EventSignupsModule } from './event-signups/event-signups.module';
import { EventsModule } from './events/events.module';
import { FreshnessRemindersModule } from './freshness-reminders/freshness-reminders.module';
import { GraphQLModule } from './graphql/graphql.module';
import { HealthModule } from './health/health.module';
import { HsdsModule } from './hsds/hsds.module';
import { IdentityModule } from './identity/identity.module';
import { InfoSeriesModule } from './info-series/info-series.module';
import { JobsModule } from './jobs/jobs.module';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { NetworkModule } from './network/network.module';
import { OrganizationModule } from './organization/organization.module';
import { PtvModule } from './ptv/ptv.module';
import { ServiceImportModule } from './service-import/service-import.module';
import { ServiceOfferingModule } from './service-offering/service-offering.module';
import { ServiceSearchModule } from './service-search/service-search.module';
import { ReferralsModule } from './referrals/referrals.module';
import { RegionModule } from './region/region.module';
import { SupportContactsModule } from './support-contacts/support-contacts.module';
import { ReportingModule } from './reporting/reporting.module';
import { FeedbackModule } from './feedback/feedback.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logDestination?: DestinationStream): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logDestination),
        DatabaseModule,
        MetricsModule,
        JobsModule,
        AuthzModule,
        AuditModule,
        IdentityModule,
        GraphQLModule,
        HealthModule,
        NetworkModule,
        PtvModule,
        ServiceOfferingModule,
        ServiceImportModule,
        ServiceSearchModule,
        OrganizationModule,
        RegionModule,
        DeliveryModule,
        FreshnessRemindersModule,
        EventsModule,
        EventCalendarModule,
        CalendarFeedsModule,
        InfoSeriesModule,
        EventSignupsModule,
        ReferralsModule,
        SupportContactsModule,
        ReportingModule,
        FeedbackModule,
        CoverageModule,
        OtherProvidersModule,
        HsdsModule,
      ],
    };
  }
}
