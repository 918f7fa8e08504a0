import { Injectable, Logger } from '@nestjs/common';
import {
  type AssignedRole,
  type Invitation,
  Prisma,
  PrismaClient,
  type RoleAssignment,
  type User,
} from '@linja/db';
import { addHours } from 'date-fns/addHours';

import { isUuid } from '../common/ids/is-uuid';
import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { hashPassword } from '../auth/password';
import { hashSecretToken, newSecretToken } from '../auth/secret-token';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { OutboxService } from '../mail/outbox.service';
import { mailLanguage } from '../mail/templates/mail-templates';
import { CredentialsService } from './credentials.service';
import { type InviteUserInput } from './dto/invite-user.input';
import { invitationNotFound, invitationNotPending, unusableToken } from './identity.errors';
import { type SessionContext, SessionService } from './session.service';
import { assertPasswordPolicy, validEmail, validName } from './utils/account-input.util';
import { actorForUser, recordIdentityEvent } from './utils/identity-audit.util';
import { invitationStatus } from './utils/invitation.mapper';
import {
  ASSIGNED_ROLES,
  firstAdminNetworkId,
  invitationVisibility,
  invitingNetworkIds,
  isNetworkRole,
  mayInvite,
  NO_ORGANIZATION,
  type OrganizationFacts,
  type RoleTarget,
} from './utils/invitation-scope.util';

export interface AcceptInvitationInput {
  token: string;
  name: string | null;
  password: string;
  totpCode: string | null;
}

export type AcceptInvitationOutcome =
  | { status: 'SIGNED_IN'; user: User; roles: RoleAssignment[]; token: string; expiresAt: Date }
  | { status: 'TOTP_REQUIRED' };

function pendingWhere(now: Date): Prisma.InvitationWhereInput {
  return { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * Invitations: who may invite whom is the permission map's `user.invite*` over the target's scope,
 * loaded from the database (see utils/invitation-scope.util.ts). The link's token is mailed, never
 * returned; only its SHA-256 is stored. Accepting creates the account (or, for an address that
 * already has an account, adds the role after checking that account's current password, which stays
 * unchanged) and signs the person in.
 */
@Injectable()
export class InvitationService {
  private readonly logger = new Logger('Invitation');

  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
    private readonly mail: MailService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly credentials: CredentialsService,
  ) {}

  async invite(actor: Actor, input: InviteUserInput): Promise<Invitation> {
    if (actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
    const email = validEmail(input.email);
    const target = this.validTarget(input);
    const facts = await this.organizationFacts(target, { exceptPendingTo: email });
    if (!mayInvite(actor, target, facts)) {
      throw new DomainError('FORBIDDEN', `You may not invite a ${target.role} here.`, {
        role: target.role,
      });
    }
    const scopeName = await this.scopeName(target);
    const areaCodes = await this.validAreaCodes(target.role, input.wellbeingAreaCodes);
    await this.assertNotAlreadyHeld(email, target);

    const token = newSecretToken();
    // Mailed in the language of the account the address already has, if any (else Finnish).
    const account = await this.prisma.user.findUnique({
      where: { email },
      select: { id: true, language: true },
    });
    const now = new Date();
    const { created: invitation, mailId } = await this.prisma.$transaction(async (tx) => {
      // A new invitation to the same role replaces any earlier pending one (e.g. a lost e-mail).
      const replaced = await tx.invitation.findMany({
        where: { email, ...target, ...pendingWhere(now) },
        select: { id: true },
      });
      for (const { id } of replaced) {
        await tx.invitation.update({ where: { id }, data: { revokedAt: now } });
        await recordIdentityEvent(this.audit, tx, actor, {
          action: 'invitation.revoked',
          entityType: 'Invitation',
          entityId: id,
          ...this.auditScope(target),
          note: 'replaced by a new invitation',
        });
      }
      const created = await tx.invitation.create({
        data: {
          tokenHash: hashSecretToken(token),
          email,
          ...target,
          wellbeingAreaCodes: areaCodes,
          invitedById: actor.sessionId ? actor.id : null,
          expiresAt: addHours(now, this.config.env.INVITATION_TTL_HOURS),
        },
      });
      await recordIdentityEvent(this.audit, tx, actor, {
        action: 'invitation.created',
        entityType: 'Invitation',
        entityId: created.id,
        ...this.auditScope(target),
        changes:
          areaCodes.length > 0
            ? [
                {
                  field: 'wellbeingAreaCodes',
                  locale: null,
                  before: null,
                  after: areaCodes.join(', '),
                },
              ]
            : [],
        note: `invited as ${target.role}`,
      });
      // The mail is written with the invitation: both are kept, or neither.
      const mailId = await this.outbox.write(tx, {
        template: 'invitation',
        to: email,
        language: mailLanguage(account?.language),
        ...(account ? { userId: account.id } : {}),
        params: {
          link: this.mail.link('/admin/accept-invitation', token),
          role: target.role,
          scopeName,
          validHours: this.config.env.INVITATION_TTL_HOURS,
        },
      });
      return { created, mailId };
    });
    await this.outbox.dispatch([mailId]);

    return invitation;
  }

  /** Pending invitations the actor could have issued, newest first. */
  async listPending(actor: Actor, args: PaginationArgs): Promise<Connection<Invitation>> {
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const visibility = await this.visibilityWhere(actor);
    const base: Prisma.InvitationWhereInput = {
      AND: [visibility, pendingWhere(new Date())],
    };
    const [afterAt, afterId] = page.after ?? [];
    if (page.after !== undefined && Number.isNaN(new Date(String(afterAt)).getTime())) {
      throw new BadUserInputError('after', 'The cursor is not valid for this list.');
    }
    const where: Prisma.InvitationWhereInput =
      page.after === undefined
        ? base
        : {
            AND: [
              base,
              {
                OR: [
                  { createdAt: { lt: new Date(String(afterAt)) } },
                  { createdAt: new Date(String(afterAt)), id: { lt: String(afterId) } },
                ],
              },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.invitation.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: page.take + 1,
      }),
      this.prisma.invitation.count({ where: base }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.createdAt.toISOString(), row.id],
      (row) => row,
    );
  }

  /** Withdraws a pending invitation; outsiders get NOT_FOUND, as if it did not exist. */
  async revoke(actor: Actor, id: string): Promise<Invitation> {
    const invitation = isUuid(id)
      ? await this.prisma.invitation.findUnique({ where: { id } })
      : null;
    if (!invitation) throw invitationNotFound(id);
    const target: RoleTarget = invitation;
    if (!mayInvite(actor, target, await this.organizationFacts(target), true)) {
      throw invitationNotFound(id);
    }
    const status = invitationStatus(invitation);
    if (status !== 'PENDING') throw invitationNotPending(status);
    return this.prisma.$transaction(async (tx) => {
      const now = new Date();
      const { count } = await tx.invitation.updateMany({
        where: { id, ...pendingWhere(now) },
        data: { revokedAt: now },
      });
      if (count !== 1) {
        // Accepted, revoked or expired since it was read.
        throw invitationNotPending(
          invitationStatus(await tx.invitation.findUniqueOrThrow({ where: { id } })),
        );
      }
      await recordIdentityEvent(this.audit, tx, actor, {
        action: 'invitation.revoked',
        entityType: 'Invitation',
        entityId: id,
        ...this.auditScope(target),
      });
      return tx.invitation.findUniqueOrThrow({ where: { id } });
    });
  }

  /**
   * Accepts an invitation and signs the person in. A new address gets an account with `name` and
   * `password`. An address that already has an account must give that account's current password
   * (and its TOTP code when the second factor is on); its name and password stay as they are.
   * An unknown, expired, used or revoked token changes nothing.
   */
  async accept(
    input: AcceptInvitationInput,
    context: SessionContext,
  ): Promise<AcceptInvitationOutcome> {
    await this.rateLimits.consume('invitationAccept', context.ipAddress ?? '?');
    const invitation = await this.usableInvitation(input.token);
    const existing = await this.prisma.user.findUnique({ where: { email: invitation.email } });

    let newAccount: { name: string; passwordHash: string } | undefined;
    if (existing?.passwordHash) {
      const outcome = await this.checkExistingAccount(existing, input, context);
      if (outcome === 'TOTP_REQUIRED') return { status: 'TOTP_REQUIRED' };
    } else {
      if (existing?.disabledAt) throw new DomainError('FORBIDDEN', 'This account is disabled.');
      const name = existing?.name ?? validName(input.name);
      assertPasswordPolicy(input.password, 'password');
      newAccount = { name, passwordHash: await hashPassword(input.password) };
    }

    const { user, roles } = await this.prisma
      .$transaction(async (tx) => {
        const now = new Date();
        const { count } = await tx.invitation.updateMany({
          where: { id: invitation.id, ...pendingWhere(now) },
          data: { acceptedAt: now },
        });
        if (count !== 1) throw unusableToken('USED');

        const user = existing
          ? await tx.user.update({
              where: { id: existing.id },
              data: newAccount ? { passwordHash: newAccount.passwordHash } : {},
            })
          : await tx.user.create({
              data: {
                email: invitation.email,
                name: newAccount?.name ?? '',
                passwordHash: newAccount?.passwordHash ?? null,
              },
            });
        const actor = actorForUser(user);
        if (!existing) {
          await recordIdentityEvent(this.audit, tx, actor, {
            action: 'user.created',
            entityType: 'User',
            entityId: user.id,
            note: 'account created by accepting an invitation',
          });
        }
        await this.grantInvitedRole(tx, user.id, invitation, now);
        await recordIdentityEvent(this.audit, tx, actor, {
          action: 'invitation.accepted',
          entityType: 'Invitation',
          entityId: invitation.id,
          ...this.auditScope(invitation),
          note: `became ${invitation.role}`,
        });
        const roles = await tx.roleAssignment.findMany({ where: { userId: user.id } });
        return { user, roles };
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw new DomainError('CONFLICT', 'An account for this address was created meanwhile.');
        }
        throw error;
      });

    const { token, session } = await this.sessions.create(user.id, 'BROWSER', context);
    return { status: 'SIGNED_IN', user, roles, token, expiresAt: session.expiresAt };
  }

  /** The invitation of a token if it can still be accepted; otherwise a typed error. */
  private async usableInvitation(token: string): Promise<Invitation> {
    const invitation = token
      ? await this.prisma.invitation.findUnique({ where: { tokenHash: hashSecretToken(token) } })
      : null;
    if (!invitation) throw unusableToken('INVALID');
    if (invitation.acceptedAt) throw unusableToken('USED');
    if (invitation.revokedAt) throw unusableToken('REVOKED');
    if (invitation.expiresAt <= new Date()) throw unusableToken('EXPIRED');
    return invitation;
  }

  /**
   * An existing account accepts with its own credentials, checked exactly like sign-in (the same
   * CredentialsService under the same sign-in throttle), so an invitation link is not a way round it.
   */
  private async checkExistingAccount(
    user: User,
    input: AcceptInvitationInput,
    context: SessionContext,
  ): Promise<'OK' | 'TOTP_REQUIRED'> {
    if (user.disabledAt) throw new DomainError('FORBIDDEN', 'This account is disabled.');
    const checked = await this.credentials.check(
      user.email,
      input.password,
      input.totpCode,
      context.ipAddress,
    );
    return checked.status === 'TOTP_REQUIRED' ? 'TOTP_REQUIRED' : 'OK';
  }

  /**
   * Adds the invited role. A professional invited by a coordinator (or a platform admin) counts as
   * verified; an existing unverified professional role in the network becomes verified with the
   * invited areas.
   */
  private async grantInvitedRole(
    tx: Prisma.TransactionClient,
    userId: string,
    invitation: Invitation,
    now: Date,
  ): Promise<void> {
    const isProfessional = invitation.role === 'PROFESSIONAL';
    const wellbeingAreaCodes = isProfessional ? invitation.wellbeingAreaCodes : [];
    const held = await tx.roleAssignment.findFirst({
      where: {
        userId,
        role: invitation.role,
        networkId: invitation.networkId,
        organizationId: invitation.organizationId,
      },
    });
    if (!held) {
      await tx.roleAssignment.create({
        data: {
          userId,
          role: invitation.role,
          networkId: invitation.networkId,
          organizationId: invitation.organizationId,
          wellbeingAreaCodes,
          verifiedAt: isProfessional ? now : null,
        },
      });
    } else if (isProfessional) {
      await tx.roleAssignment.update({
        where: { id: held.id },
        data: { wellbeingAreaCodes, verifiedAt: held.verifiedAt ?? now },
      });
    }
  }

  /** Role and scope from the input: exactly the id its role needs, nothing else. */
  private validTarget(input: InviteUserInput): RoleTarget & { role: AssignedRole } {
    const role = input.role as AssignedRole;
    if (!ASSIGNED_ROLES.includes(role)) throw new BadUserInputError('role', 'Unknown role.');
    const networkId = input.networkId ?? null;
    const organizationId = input.organizationId ?? null;
    if (isNetworkRole(role)) {
      if (!networkId || !isUuid(networkId)) {
        throw new BadUserInputError('networkId', `A ${role} invitation needs a networkId.`);
      }
      if (organizationId) {
        throw new BadUserInputError('organizationId', `A ${role} belongs to a network only.`);
      }
      return { role, networkId, organizationId: null };
    }
    if (!organizationId || !isUuid(organizationId)) {
      throw new BadUserInputError(
        'organizationId',
        `A ${role} invitation needs an organizationId.`,
      );
    }
    if (networkId) {
      throw new BadUserInputError('networkId', `A ${role} belongs to an organisation only.`);
    }
    return { role, networkId: null, organizationId };
  }

  /**
   * The facts the organisation-admin rule needs (invitation-scope.util.ts `firstAdminNetworkId`), for
   * an organisation-role target; a pending admin invitation to `exceptPendingTo` does not count (a new
   * invitation to the same address replaces it).
   */
  private async organizationFacts(
    target: RoleTarget,
    options: { exceptPendingTo?: string } = {},
  ): Promise<OrganizationFacts> {
    const organizationId = target.organizationId;
    if (!organizationId) return NO_ORGANIZATION;
    const [memberships, admins, pendingAdmins] = await Promise.all([
      this.prisma.networkMembership.findMany({
        where: { organizationId, status: { not: 'ENDED' } },
        select: { networkId: true, status: true },
      }),
      this.prisma.roleAssignment.count({
        where: { organizationId, role: 'ORG_ADMIN', user: { disabledAt: null } },
      }),
      this.prisma.invitation.count({
        where: {
          organizationId,
          role: 'ORG_ADMIN',
          ...pendingWhere(new Date()),
          ...(options.exceptPendingTo ? { email: { not: options.exceptPendingTo } } : {}),
        },
      }),
    ]);
    return {
      memberNetworkIds: memberships.map((membership) => membership.networkId),
      activeNetworkIds: memberships
        .filter((membership) => membership.status === 'ACTIVE')
        .map((membership) => membership.networkId),
      hasAdmin: admins > 0,
      hasPendingAdminInvitation: pendingAdmins > 0,
    };
  }

  private async scopeName(target: RoleTarget): Promise<string> {
    if (target.networkId) {
      const network = await this.prisma.network.findUnique({
        where: { id: target.networkId },
        select: { name: true },
      });
      if (!network) throw new DomainError('NOT_FOUND', `No network ${target.networkId}.`);
      return network.name;
    }
    const organization = target.organizationId
      ? await this.prisma.organization.findUnique({
          where: { id: target.organizationId },
          select: { name: true },
        })
      : null;
    if (!organization)
      throw new DomainError('NOT_FOUND', `No organisation ${String(target.organizationId)}.`);
    return organization.name;
  }

  private async validAreaCodes(
    role: AssignedRole,
    codes: readonly string[] | null | undefined,
  ): Promise<string[]> {
    const unique = [...new Set((codes ?? []).map((code) => code.trim()))].sort();
    if (role !== 'PROFESSIONAL') {
      if (unique.length > 0) {
        throw new BadUserInputError(
          'wellbeingAreaCodes',
          'Only professionals have wellbeing areas.',
        );
      }
      return [];
    }
    if (unique.length === 0) {
      throw new BadUserInputError(
        'wellbeingAreaCodes',
        'Name the wellbeing areas the professional works in.',
      );
    }
    const found = await this.prisma.wellbeingArea.count({ where: { code: { in: unique } } });
    if (found !== unique.length) {
      throw new BadUserInputError('wellbeingAreaCodes', 'Unknown wellbeing area code.');
    }
    return unique;
  }

  /** The address already holds this role (a verified professional counts; an unverified one may be re-invited). */
  private async assertNotAlreadyHeld(email: string, target: RoleTarget): Promise<void> {
    const held = await this.prisma.roleAssignment.findFirst({
      where: {
        user: { email },
        role: target.role,
        networkId: target.networkId,
        organizationId: target.organizationId,
        ...(target.role === 'PROFESSIONAL' ? { verifiedAt: { not: null } } : {}),
      },
      select: { id: true },
    });
    if (held) {
      throw new DomainError('CONFLICT', 'This person already has this role.', { field: 'email' });
    }
  }

  private async visibilityWhere(actor: Actor): Promise<Prisma.InvitationWhereInput> {
    const visibility = invitationVisibility(
      actor,
      await this.firstAdminOrganizationsByNetwork(invitingNetworkIds(actor)),
    );
    if (visibility === 'ALL') return {};
    // No clause: explicitly match nothing.
    return visibility.length > 0 ? { OR: visibility } : { id: { in: [] } };
  }

  /**
   * For each network, its member organisations whose first admin its coordinators may invite (the
   * same rule as `organizationFacts` + `firstAdminNetworkId`, for many organisations in three queries).
   */
  private async firstAdminOrganizationsByNetwork(
    networkIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const byNetwork = new Map<string, string[]>();
    if (networkIds.length === 0) return byNetwork;
    const candidates = await this.prisma.networkMembership.findMany({
      where: { networkId: { in: [...networkIds] }, status: 'ACTIVE' },
      select: { organizationId: true },
    });
    const organizationIds = [...new Set(candidates.map((row) => row.organizationId))];
    const [memberships, admins] = await Promise.all([
      this.prisma.networkMembership.findMany({
        where: { organizationId: { in: organizationIds }, status: { not: 'ENDED' } },
        select: { organizationId: true, networkId: true, status: true },
      }),
      this.prisma.roleAssignment.findMany({
        where: {
          organizationId: { in: organizationIds },
          role: 'ORG_ADMIN',
          user: { disabledAt: null },
        },
        select: { organizationId: true },
        distinct: ['organizationId'],
      }),
    ]);
    const withAdmin = new Set(admins.map((row) => row.organizationId));
    for (const organizationId of organizationIds) {
      const own = memberships.filter((row) => row.organizationId === organizationId);
      const networkId = firstAdminNetworkId(
        {
          memberNetworkIds: own.map((row) => row.networkId),
          activeNetworkIds: own
            .filter((row) => row.status === 'ACTIVE')
            .map((row) => row.networkId),
          hasAdmin: withAdmin.has(organizationId),
          hasPendingAdminInvitation: false,
        },
        true,
      );
      if (networkId)
        byNetwork.set(networkId, [...(byNetwork.get(networkId) ?? []), organizationId]);
    }
    return byNetwork;
  }

  private auditScope(target: RoleTarget): { networkId?: string; organizationId?: string } {
    return {
      ...(target.networkId ? { networkId: target.networkId } : {}),
      ...(target.organizationId ? { organizationId: target.organizationId } : {}),
    };
  }
}
