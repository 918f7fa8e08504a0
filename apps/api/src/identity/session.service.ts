import { Injectable } from '@nestjs/common';
import { Prisma, PrismaClient, type RoleAssignment, type Session, type User } from '@linja/db';
import { addHours } from 'date-fns/addHours';

import { type Actor, type Grant } from '../auth/actor';
import { hashSecretToken, newSecretToken } from '../auth/secret-token';
import { AppConfig } from '../config/app-config';
import { TOUCH_INTERVAL_MS } from './identity.constants';

export interface SessionContext {
  userAgent?: string | undefined;
  ipAddress?: string | undefined;
}

/** What of a role assignment makes a grant. */
type GrantSource = Pick<RoleAssignment, 'role' | 'networkId' | 'organizationId' | 'verifiedAt'>;

/** A session with its account and the account's roles, as `sessionOfToken` reads them. */
interface SessionActorRow {
  id: string;
  revoked_at: Date | null;
  expires_at: Date;
  last_seen_at: Date;
  user_id: string;
  name: string;
  email: string;
  is_platform_admin: boolean;
  disabled_at: Date | null;
  roles: {
    role: RoleAssignment['role'];
    networkId: string | null;
    organizationId: string | null;
    verifiedAt: string | null;
  }[];
}

/**
 * The actor an account stands for: its roles as grants (a professional's role only once verified).
 * Also used where a secret other than a session names the account (the personal calendar feed).
 */
export function actorOfUser(
  user: Pick<User, 'id' | 'name' | 'email' | 'isPlatformAdmin'> & {
    roles: readonly GrantSource[];
  },
): Actor & { kind: 'user' } {
  const grants: Grant[] = user.isPlatformAdmin ? [{ role: 'PLATFORM_ADMIN' }] : [];
  for (const role of user.roles) {
    if (
      (role.role === 'COORDINATOR' ||
        role.role === 'PROFESSIONAL' ||
        role.role === 'REPORT_VIEWER') &&
      role.networkId
    ) {
      if (role.role === 'PROFESSIONAL' && !role.verifiedAt) continue;
      grants.push({ role: role.role, networkId: role.networkId });
    } else if ((role.role === 'ORG_ADMIN' || role.role === 'ORG_EDITOR') && role.organizationId) {
      grants.push({ role: role.role, organizationId: role.organizationId });
    }
  }
  return { kind: 'user', id: user.id, label: `${user.name} <${user.email}>`, grants };
}

/**
 * Sessions: a random token for the client, its SHA-256 in the database. A session ends when it expires
 * (absolute lifetime SESSION_TTL_HOURS), when the user signs out, or when it is revoked (from the
 * session list, or all at once after a password reset).
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly config: AppConfig,
  ) {}

  get ttlHours(): number {
    return this.config.env.SESSION_TTL_HOURS;
  }

  async create(
    userId: string,
    kind: 'BROWSER' | 'API',
    context: SessionContext,
  ): Promise<{ token: string; session: Session }> {
    const token = newSecretToken();
    const session = await this.prisma.session.create({
      data: {
        userId,
        kind,
        tokenHash: hashSecretToken(token),
        userAgent: context.userAgent?.slice(0, 300) ?? null,
        ipAddress: context.ipAddress ?? null,
        expiresAt: addHours(new Date(), kind === 'API' ? 24 * 90 : this.ttlHours),
      },
    });
    return { token, session };
  }

  /** The actor a token stands for, or undefined when the token is unknown, expired, revoked or disabled. */
  async actorForToken(token: string): Promise<(Actor & { kind: 'user' }) | undefined> {
    const now = new Date();
    const row = await this.sessionOfToken(hashSecretToken(token));
    if (!row || row.revoked_at || row.expires_at <= now || row.disabled_at) return undefined;
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.prisma.session.update({ where: { id: row.id }, data: { lastSeenAt: now } });
    }
    const user = {
      id: row.user_id,
      name: row.name,
      email: row.email,
      isPlatformAdmin: row.is_platform_admin,
      roles: row.roles.map((role) => ({
        ...role,
        verifiedAt: role.verifiedAt ? new Date(role.verifiedAt) : null,
      })),
    };
    return { ...actorOfUser(user), sessionId: row.id };
  }

  /**
   * The session of a token hash, its account and the account's roles in one statement: every
   * signed-in request reads it (Prisma's include would send three).
   */
  private async sessionOfToken(tokenHash: string): Promise<SessionActorRow | undefined> {
    const [row] = await this.prisma.$queryRaw<SessionActorRow[]>(Prisma.sql`
      SELECT s.id, s.revoked_at, s.expires_at, s.last_seen_at,
             u.id AS user_id, u.name, u.email, u.is_platform_admin, u.disabled_at,
             coalesce((SELECT json_agg(json_build_object('role', r.role, 'networkId', r.network_id,
                                         'organizationId', r.organization_id, 'verifiedAt', r.verified_at))
                       FROM role_assignment r WHERE r.user_id = u.id), '[]'::json) AS roles
      FROM session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = ${tokenHash}`);
    return row;
  }

  async revoke(userId: string, sessionId: string): Promise<boolean> {
    const { count } = await this.prisma.session.updateMany({
      where: { id: sessionId, userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return count > 0;
  }

  async revokeAll(userId: string): Promise<void> {
    await this.prisma.session.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  }

  /** The user's sessions that still work, newest first. */
  listActive(userId: string): Promise<Session[]> {
    return this.prisma.session.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
  }
}
