import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { AppConfig } from '../config/app-config';
import { type GraphQLContext } from '../graphql/graphql-context';
import { InviteUserInput } from './dto/invite-user.input';
import { toCurrentUser } from './identity.mapper';
import { SignInResult } from './models/identity.models';
import { InvitationConnection, InvitationModel } from './models/invitation.model';
import { InvitationService } from './invitation.service';
import { toInvitationModel } from './utils/invitation.mapper';
import { setSessionCookie } from './utils/session-cookie.util';

/** Inviting people into roles, and accepting an invitation from its mailed link. */
@Resolver()
export class InvitationResolver {
  constructor(
    private readonly invitationService: InvitationService,
    private readonly config: AppConfig,
  ) {}

  @SignedIn(
    'user.inviteCoordinator',
    'user.inviteOrgAdmin',
    'user.inviteOrgEditor',
    'user.inviteProfessional',
  )
  @Mutation(() => InvitationModel, {
    description:
      'Mails a single-use invitation link (valid INVITATION_TTL_HOURS). Platform admins invite anyone; ' +
      "a network's coordinators invite ORG_ADMINs of its active member organisations and PROFESSIONALs " +
      'of the network; org admins invite ORG_ADMINs and ORG_EDITORs of their organisation.',
  })
  async inviteUser(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteUserInput,
  ): Promise<InvitationModel> {
    return toInvitationModel(await this.invitationService.invite(actor, input));
  }

  @SignedIn(
    'user.inviteCoordinator',
    'user.inviteOrgAdmin',
    'user.inviteOrgEditor',
    'user.inviteProfessional',
  )
  @Query(() => InvitationConnection, {
    description: 'Pending invitations the caller could have issued, newest first.',
  })
  async invitations(
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<InvitationConnection> {
    const connection = await this.invitationService.listPending(actor, args);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ ...edge, node: toInvitationModel(edge.node) })),
    };
  }

  @SignedIn(
    'user.inviteCoordinator',
    'user.inviteOrgAdmin',
    'user.inviteOrgEditor',
    'user.inviteProfessional',
  )
  @Mutation(() => InvitationModel, { description: 'Withdraws a pending invitation.' })
  async revokeInvitation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InvitationModel> {
    return toInvitationModel(await this.invitationService.revoke(actor, id));
  }

  @Public()
  @Mutation(() => SignInResult, {
    description:
      'Accepts an invitation and signs in (sets the session cookie). A new address: `name` and ' +
      '`password` create the account. An address that already has an account: `password` (and ' +
      '`totpCode` when its second factor is on) must be that account’s current ones; its name and ' +
      'password stay unchanged. TOTP_REQUIRED changes nothing: send again with the code.',
  })
  async acceptInvitation(
    @Context() { req, res }: GraphQLContext,
    @Args('token') token: string,
    @Args('password') password: string,
    @Args('name', { type: () => String, nullable: true }) name: string | null,
    @Args('totpCode', { type: () => String, nullable: true }) totpCode: string | null,
  ): Promise<SignInResult> {
    const outcome = await this.invitationService.accept(
      { token, name, password, totpCode },
      { userAgent: req.header('user-agent'), ipAddress: req.ip },
    );
    if (outcome.status === 'TOTP_REQUIRED') {
      return { status: 'TOTP_REQUIRED', user: null, expiresAt: null };
    }
    setSessionCookie(res, outcome.token, outcome.expiresAt, this.config.isProduction);
    return {
      status: 'SIGNED_IN',
      user: toCurrentUser(outcome.user, outcome.roles),
      expiresAt: outcome.expiresAt,
    };
  }
}
