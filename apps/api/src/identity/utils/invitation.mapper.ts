import { type Invitation } from '@linja/db';

import { type InvitationModel, type InvitationStatus } from '../models/invitation.model';

export function invitationStatus(row: Invitation, now = new Date()): InvitationStatus {
  if (row.acceptedAt) return 'ACCEPTED';
  if (row.revokedAt) return 'REVOKED';
  if (row.expiresAt <= now) return 'EXPIRED';
  return 'PENDING';
}

/** Prisma row → GraphQL model; the token hash and the inviter stay internal. */
export function toInvitationModel(row: Invitation): InvitationModel {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    networkId: row.networkId,
    organizationId: row.organizationId,
    status: invitationStatus(row),
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
  };
}
