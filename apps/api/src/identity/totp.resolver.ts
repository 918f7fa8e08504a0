import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { type GraphQLContext } from '../graphql/graphql-context';
import { toCurrentUser } from './identity.mapper';
import { CurrentUserModel } from './models/identity.models';
import { TotpSetup } from './models/totp-setup.model';
import { TotpService } from './totp.service';

/** The signed-in user's optional second factor (an authenticator app). */
@Resolver()
export class TotpResolver {
  constructor(private readonly totp: TotpService) {}

  @SignedIn()
  @Mutation(() => TotpSetup, {
    description:
      'Starts (or restarts) second-factor setup: returns a new secret, which counts only after ' +
      'confirmTotpSetup. Recommended for coordinators, org admins and platform admins.',
  })
  startTotpSetup(@CurrentActor() actor: Actor): Promise<TotpSetup> {
    return this.totp.startSetup(actor);
  }

  @SignedIn()
  @Mutation(() => CurrentUserModel, {
    description: 'Turns the second factor on with a code from the authenticator app.',
  })
  async confirmTotpSetup(
    @CurrentActor() actor: Actor,
    @Args('code') code: string,
  ): Promise<CurrentUserModel> {
    const { user, roles } = await this.totp.confirmSetup(actor, code);
    return toCurrentUser(user, roles);
  }

  @SignedIn()
  @Mutation(() => CurrentUserModel, {
    description: 'Turns the second factor off; needs the password and a current code.',
  })
  async disableTotp(
    @CurrentActor() actor: Actor,
    @Args('password') password: string,
    @Args('code') code: string,
    @Context() { req }: GraphQLContext,
  ): Promise<CurrentUserModel> {
    const { user, roles } = await this.totp.disable(actor, password, code, req.ip);
    return toCurrentUser(user, roles);
  }
}
