import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';

import { Public } from '../auth/access.decorators';
import { type GraphQLContext } from '../graphql/graphql-context';
import { PasswordResetService } from './password-reset.service';

/** Forgotten passwords: a mailed, single-use link. */
@Resolver()
export class PasswordResetResolver {
  constructor(private readonly passwordResets: PasswordResetService) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Mails a password reset link (valid PASSWORD_RESET_TTL_MINUTES) when the address has an ' +
      'account. Always true, so it does not tell whether an account exists. Rate-limited per IP and ' +
      'per address.',
  })
  requestPasswordReset(
    @Context() { req }: GraphQLContext,
    @Args('email') email: string,
  ): Promise<boolean> {
    return this.passwordResets.request(email, { ipAddress: req.ip });
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Sets a new password with the token of a reset link (single use). Clears the lock-out and ends ' +
      'every session of the account: sign in again afterwards.',
  })
  resetPassword(
    @Context() { req }: GraphQLContext,
    @Args('token') token: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    return this.passwordResets.reset(token, newPassword, { ipAddress: req.ip });
  }
}
