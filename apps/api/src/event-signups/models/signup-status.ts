import { registerEnumType } from '@nestjs/graphql';
import { type SignupStatus as PrismaSignupStatus } from '@linja/db';

/** The GraphQL enum; `satisfies` keeps it in step with the Prisma enum at compile time. */
export const SignupStatus = {
  PENDING: 'PENDING',
  CONFIRMED: 'CONFIRMED',
  WAITLISTED: 'WAITLISTED',
  CANCELLED: 'CANCELLED',
} as const satisfies { [K in PrismaSignupStatus]: K };
export type SignupStatus = (typeof SignupStatus)[keyof typeof SignupStatus];

registerEnumType(SignupStatus, {
  name: 'SignupStatus',
  description:
    'PENDING (made without an account, waiting for the confirmation link in its mail; holds no place), ' +
    'CONFIRMED (has a place), WAITLISTED (promoted in order when a place frees up) or CANCELLED. See signup-transitions.ts.',
});
