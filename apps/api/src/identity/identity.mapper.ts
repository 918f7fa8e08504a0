import { type RoleAssignment, type User } from '@linja/db';

import { type CurrentUserModel } from './models/identity.models';

export function toCurrentUser(user: User, roles: readonly RoleAssignment[]): CurrentUserModel {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    isTotpEnabled: user.totpEnabledAt !== null,
    language: user.language,
    freshnessDigest: user.freshnessDigest,
    roles: roles.map((role) => ({
      id: role.id,
      role: role.role,
      networkId: role.networkId,
      organizationId: role.organizationId,
      wellbeingAreaCodes: role.wellbeingAreaCodes,
      isVerified: role.role !== 'PROFESSIONAL' || role.verifiedAt !== null,
    })),
  };
}
