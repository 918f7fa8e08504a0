import { Injectable } from '@nestjs/common';
import { PrismaClient, type RoleAssignment, type User } from '@linja/db';

import { type Actor } from '../auth/actor';
import { DomainError } from '../common/errors/domain-error';
import { MAIL_LANGUAGES } from '../mail/templates/mail-layout';
import { type MySettingsInput } from './dto/my-settings.input';

/** The signed-in person's own settings (mail language, weekly digest). Nobody else's. */
@Injectable()
export class MySettingsService {
  constructor(private readonly prisma: PrismaClient) {}

  async update(actor: Actor, input: MySettingsInput): Promise<User & { roles: RoleAssignment[] }> {
    // The development actor has no account, so no settings.
    if (actor.kind !== 'user' || !actor.sessionId) {
      throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
    }
    const language = input.language ?? undefined;
    if (language !== undefined && !MAIL_LANGUAGES.some((known) => known === language)) {
      throw new DomainError('BAD_USER_INPUT', 'The language must be fi, sv or en.', {
        field: 'input.language',
      });
    }
    return this.prisma.user.update({
      where: { id: actor.id },
      data: {
        ...(language === undefined ? {} : { language }),
        ...(input.freshnessDigest == null ? {} : { freshnessDigest: input.freshnessDigest }),
      },
      include: { roles: true },
    });
  }
}
