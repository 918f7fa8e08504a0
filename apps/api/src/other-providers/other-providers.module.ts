import { Module } from '@nestjs/common';

import { OtherHelpService } from './other-help.service';
import { OtherProviderAccess } from './other-provider-access.service';
import {
  NetworkOtherProvidersResolver,
  OtherProviderFieldsResolver,
} from './other-providers.resolver';
import { OtherProvidersService } from './other-providers.service';

/**
 * Other providers (issue 18, the "pie"): a network's list of help outside it, kept by its
 * coordinators (and members' staff if the network allows), and the public read the portal shows apart
 * from the network's own services.
 */
@Module({
  providers: [
    OtherProviderAccess,
    OtherProvidersService,
    OtherHelpService,
    NetworkOtherProvidersResolver,
    OtherProviderFieldsResolver,
  ],
})
export class OtherProvidersModule {}
