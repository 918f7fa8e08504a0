import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';

import { AccessDeclarationsCheck } from '../auth/access-declarations.check';
import { AccessGuard } from '../auth/access.guard';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { RateLimitStore } from '../common/rate-limit/rate-limit-store';
import { RequestRateLimiter } from '../common/rate-limit/request-rate-limiter';
import { RequestRateLimitMiddleware } from '../common/rate-limit/request-rate-limit.middleware';
import { MailModule } from '../mail/mail.module';
import { ActorMiddleware } from './actor.middleware';
import { CredentialsService } from './credentials.service';
import { IdentityResolver } from './identity.resolver';
import { InvitationResolver } from './invitation.resolver';
import { InvitationService } from './invitation.service';
import { MySettingsResolver } from './my-settings.resolver';
import { MySettingsService } from './my-settings.service';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { PlatformAdminResolver } from './platform-admin.resolver';
import { RoleAssignmentResolver } from './role-assignment.resolver';
import { PlatformAdminService } from './platform-admin.service';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';
import { SignInThrottle } from './sign-in-throttle.service';
import { TotpResolver } from './totp.resolver';
import { TotpService } from './totp.service';

@Global()
@Module({
  imports: [DiscoveryModule, MailModule],
  providers: [
    SessionService,
    SignInThrottle,
    CredentialsService,
    SignInService,
    RateLimitStore,
    RateLimitService,
    RequestRateLimiter,
    IdentityResolver,
    InvitationService,
    InvitationResolver,
    PasswordResetService,
    PasswordResetResolver,
    TotpService,
    TotpResolver,
    PlatformAdminService,
    PlatformAdminResolver,
    RoleAssignmentResolver,
    MySettingsService,
    MySettingsResolver,
    AccessDeclarationsCheck,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionService, RateLimitService],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // The same per-address budget covers the calendar feeds (event-calendar/), HSDS and the PTV export.
    consumer
      .apply(RequestRateLimitMiddleware)
      .forRoutes('graphql', 'ical/*path', 'hsds', 'hsds/*path', 'ptv/*path');
    consumer.apply(ActorMiddleware).forRoutes('*path');
  }
}
