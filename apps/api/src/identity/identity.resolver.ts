import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PrismaClient } from '@linja/db';

import { isUuid } from '../common/ids/is-uuid';
import { Public, SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { paginateLoaded } from '../common/pagination/in-memory';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { type GraphQLContext } from '../graphql/graphql-context';
import { SESSION_COOKIE } from './identity.constants';
import { toCurrentUser } from './identity.mapper';
import {
  ApiTokenResult,
  CurrentUserModel,
  SessionConnection,
  SignInResult,
} from './models/identity.models';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';

/** Signing in and out, the current user, and their sessions. */
@Resolver()
export class IdentityResolver {
  constructor(
    private readonly signInService: SignInService,
    private readonly sessions: SessionService,
    private readonly prisma: PrismaClient,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => SignInResult, {
    description:
      'Signs in with email and password (and a TOTP code when enabled); sets the httpOnly session cookie.',
  })
  async signIn(
    @Context() { req, res }: GraphQLContext,
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('totpCode', { type: () => String, nullable: true }) totpCode: string | null,
  ): Promise<SignInResult> {
    const outcome = await this.signInService.signIn(email, password, totpCode, {
      userAgent: req.header('user-agent'),
      ipAddress: req.ip,
    });
    if (outcome.status === 'TOTP_REQUIRED')
      return { status: 'TOTP_REQUIRED', user: null, expiresAt: null };
    res.cookie(SESSION_COOKIE, outcome.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.isProduction,
      path: '/',
      expires: outcome.expiresAt,
    });
    const roles = await this.prisma.roleAssignment.findMany({ where: { userId: outcome.user.id } });
    return {
      status: 'SIGNED_IN',
      user: toCurrentUser(outcome.user, roles),
      expiresAt: outcome.expiresAt,
    };
  }

  @Public()
  @Mutation(() => ApiTokenResult, {
    description:
      'For integrations: signs in and returns a bearer token (90 days) instead of setting a cookie.',
  })
  async createApiToken(
    @Context() { req }: GraphQLContext,
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('totpCode', { type: () => String, nullable: true }) totpCode: string | null,
  ): Promise<ApiTokenResult> {
    const outcome = await this.signInService.signIn(email, password, totpCode, {
      userAgent: req.header('user-agent'),
      ipAddress: req.ip,
      kind: 'API',
    });
    if (outcome.status === 'TOTP_REQUIRED') {
      throw new DomainError('UNAUTHENTICATED', 'A TOTP code is required.', { totpRequired: true });
    }
    return { token: outcome.token, expiresAt: outcome.expiresAt };
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Ends the current session (the cookie stops working at once).',
  })
  async signOut(
    @CurrentActor() actor: Actor,
    @Context() { res }: GraphQLContext,
  ): Promise<boolean> {
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    if (actor.kind !== 'user' || !actor.sessionId) return false;
    return this.sessions.revoke(actor.id, actor.sessionId);
  }

  @Public()
  @Query(() => CurrentUserModel, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@CurrentActor() actor: Actor): Promise<CurrentUserModel | null> {
    if (actor.kind !== 'user' || !actor.sessionId) return null;
    const user = await this.prisma.user.findUnique({
      where: { id: actor.id },
      include: { roles: true },
    });
    return user ? toCurrentUser(user, user.roles) : null;
  }

  @SignedIn()
  @Query(() => SessionConnection, {
    description: "The signed-in user's active sessions, newest first.",
  })
  async mySessions(
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<SessionConnection> {
    if (actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
    // The development actor has no account and so no sessions.
    const sessions = actor.sessionId ? await this.sessions.listActive(actor.id) : [];
    return paginateLoaded(sessions, args, (session) => ({
      id: session.id,
      kind: session.kind,
      userAgent: session.userAgent,
      ipAddress: session.ipAddress,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
      isCurrent: session.id === actor.sessionId,
    }));
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Ends one of your own sessions (e.g. a forgotten browser).',
  })
  async revokeSession(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    if (actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
    // The development actor has no account, hence no sessions to revoke.
    const isOwnSession =
      actor.sessionId !== undefined && isUuid(id) && (await this.sessions.revoke(actor.id, id));
    if (!isOwnSession) throw new DomainError('NOT_FOUND', 'No such session of yours.');
    return true;
  }
}
