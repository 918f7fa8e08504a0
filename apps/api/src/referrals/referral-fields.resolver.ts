import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { type GraphQLContext } from '../graphql/graphql-context';
import { MunicipalityModel } from '../region/models/municipality.model';
import { toMunicipalityModel } from '../region/region.mapper';
import { ServiceModel } from '../service-offering/models/service.model';
import {
  ReferralDetailsModel,
  ReferralModel,
  ReferralNoteModel,
  ServiceReferralSettingsModel,
} from './models/referral.model';
import { Paginated } from '../common/pagination/connection.model';
import { type ReferralDetailsParent, ReferralInboxService } from './referral-inbox.service';
import { toSettingsModel } from './referral-settings.service';
import { ObjectType } from '@nestjs/graphql';

@ObjectType('ReferralNoteConnection')
export class ReferralNoteConnection extends Paginated(ReferralNoteModel) {}

/** Referral.details (logged read of the personal data) and ReferralDetails.notes. */
@Resolver(() => ReferralModel)
export class ReferralDetailsFieldResolver {
  constructor(private readonly inbox: ReferralInboxService) {}

  @ResolveField(() => ReferralDetailsModel, {
    description:
      'The personal data, decrypted: only for the handling organisation staff (FORBIDDEN otherwise); every read is logged.',
  })
  details(
    @Parent() referral: ReferralModel,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralDetailsParent> {
    return this.inbox.details(actor, referral);
  }

  @ResolveField(() => MunicipalityModel, {
    nullable: true,
    description: 'The client’s home municipality (a referral; null for a contact request).',
  })
  async municipality(
    @Parent() referral: ReferralModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<MunicipalityModel | null> {
    if (!referral.municipalityCode) return null;
    const row = await loaders.municipalityByCode.load(referral.municipalityCode);
    return row ? toMunicipalityModel(row) : null;
  }
}

@Resolver(() => ReferralDetailsModel)
export class ReferralNotesFieldResolver {
  constructor(private readonly inbox: ReferralInboxService) {}

  @ResolveField(() => ReferralNoteConnection, {
    description: 'The handling organisation notes, newest first (read with the logged details).',
  })
  notes(
    @Parent() details: ReferralDetailsParent,
    @Args() args: PaginationArgs,
  ): Promise<ReferralNoteConnection> {
    return this.inbox.notes(details.referralId, args);
  }
}

@Resolver(() => ServiceModel)
export class ServiceReferralSettingsFieldResolver {
  @ResolveField(() => ServiceReferralSettingsModel, {
    description: 'Whether the service takes referrals and contact requests through Linja (public).',
  })
  async referralSettings(
    @Parent() service: ServiceModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ServiceReferralSettingsModel> {
    return toSettingsModel(service.id, await loaders.referralSettingsByServiceId.load(service.id));
  }
}
