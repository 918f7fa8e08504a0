import { SetMetadata } from '@nestjs/common';

export const ACCESS_METADATA = 'linja:access';

/**
 * How a query or mutation may be reached. Every operation declares one; an operation without a
 * declaration is refused at run time (AccessGuard) and stops start-up (AccessDeclarationsCheck).
 * - PUBLIC: anyone, also anonymous callers; what they see is still limited by the visibility rules.
 * - SIGNED_IN: a signed-in actor; the service then checks the permission map for the target.
 */
export type Access = 'PUBLIC' | 'SIGNED_IN';

/** Anyone may call it (the service layer still scopes what it returns). */
export const Public = () => SetMetadata(ACCESS_METADATA, 'PUBLIC' satisfies Access);

/**
 * Only signed-in actors; `permissions` names what the service checks with AuthorizationService
 * against the target's scope (documentation for reviewers and the authorization matrix).
 */
export const SignedIn =
  (...permissions: string[]) =>
  (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
    SetMetadata(ACCESS_METADATA, 'SIGNED_IN' satisfies Access)(target, key, descriptor);
    SetMetadata(`${ACCESS_METADATA}:permissions`, permissions)(target, key, descriptor);
  };
