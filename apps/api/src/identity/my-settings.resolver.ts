import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { MySettingsInput } from './dto/my-settings.input';
import { toCurrentUser } from './identity.mapper';
import { CurrentUserModel } from './models/identity.models';
import { MySettingsService } from './my-settings.service';

@Resolver()
export class MySettingsResolver {
  constructor(private readonly settings: MySettingsService) {}

  @SignedIn()
  @Mutation(() => CurrentUserModel, {
    description: "Changes the signed-in person's own settings: mail language, weekly digest.",
  })
  async updateMySettings(
    @CurrentActor() actor: Actor,
    @Args('input') input: MySettingsInput,
  ): Promise<CurrentUserModel> {
    const user = await this.settings.update(actor, input);
    return toCurrentUser(user, user.roles);
  }
}
