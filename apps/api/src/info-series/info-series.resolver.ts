import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { isUuid } from '../common/ids/is-uuid';
import { type Connection } from '../common/pagination/connection.model';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { mayReadOnlineUrl } from '../events/event-visibility';
import { type GraphQLContext } from '../graphql/graphql-context';
import { OrganizationModel } from '../organization/models/organization.model';
import { toOrganizationModel } from '../organization/organization.mapper';
import { requiredRow } from '../region/utils/required-row.util';
import {
  CreateInfoSeriesInput,
  InfoSeriesListArgs,
  InvitePresenterInput,
  PastInfoSessionsArgs,
  PlanInfoSeriesTermInput,
  RespondToPresentationInput,
  SessionsArgs,
  SetSessionRecordingInput,
  UpdateInfoSeriesInput,
} from './dto/info-series.inputs';
import {
  toInfoPresentationModel,
  toInfoSeriesModel,
  toInfoSessionModel,
  toSlidesModel,
} from './info-series.mapper';
import { InfoSeriesService } from './info-series.service';
import {
  InfoPresentationConnection,
  InfoPresentationModel,
  InfoSeriesConnection,
  InfoSeriesModel,
  InfoSessionConnection,
  InfoSessionModel,
  InfoSessionSlidesModel,
} from './models/info-series.model';
import { type PresentationWithNetwork, PresentationService } from './presentation.service';
import { mayManageSeries, staffOrganizationIds } from './utils/info-series-access.util';

function mapConnection<T, U>(connection: Connection<T>, map: (row: T) => U): Connection<U> {
  return { ...connection, edges: connection.edges.map((e) => ({ ...e, node: map(e.node) })) };
}

const toPresentation = (row: PresentationWithNetwork) =>
  toInfoPresentationModel(row, row.networkId);

/** Info session series: queries, mutations and the series' own fields. */
@Resolver(() => InfoSeriesModel)
export class InfoSeriesResolver {
  constructor(
    private readonly series: InfoSeriesService,
    private readonly presentations: PresentationService,
  ) {}

  @SignedIn()
  @Query(() => InfoSeriesConnection, {
    description:
      'The network’s info session series: for its coordinators, its verified professionals and the staff of its active members (others get an empty list).',
  })
  async infoSeriesList(
    @CurrentActor() actor: Actor,
    @Args() args: InfoSeriesListArgs,
  ): Promise<InfoSeriesConnection> {
    return mapConnection(await this.series.list(actor, args.networkSlug, args), toInfoSeriesModel);
  }

  @SignedIn()
  @Query(() => InfoSeriesModel, {
    description: 'One series (NOT_FOUND unless the caller may read it: see infoSeriesList).',
  })
  async infoSeries(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InfoSeriesModel> {
    return toInfoSeriesModel(await this.series.get(actor, id));
  }

  @SignedIn()
  @Query(() => InfoSessionConnection, {
    description:
      'Past info sessions of a network, newest first, with their presenters, recording and slides — for whoever may read the network’s series (its professionals, member staff, coordinators).',
  })
  async pastInfoSessions(
    @CurrentActor() actor: Actor,
    @Args() args: PastInfoSessionsArgs,
  ): Promise<InfoSessionConnection> {
    return mapConnection(await this.series.pastSessions(actor, args), toInfoSessionModel);
  }

  @SignedIn()
  @Query(() => InfoSessionModel, {
    description: 'One session (NOT_FOUND unless the caller may read its series).',
  })
  async infoSession(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InfoSessionModel> {
    return toInfoSessionModel(await this.series.session(actor, id));
  }

  @SignedIn('presentation.respond')
  @Query(() => InfoPresentationConnection, {
    description:
      'Invitations to present of the organisations the caller administers, still INVITED or ACCEPTED, for sessions not yet over, soonest first.',
  })
  async myPresentationInvitations(
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<InfoPresentationConnection> {
    return mapConnection(await this.presentations.myInvitations(actor, args), toPresentation);
  }

  @SignedIn('infoSeries.manage')
  @Mutation(() => InfoSeriesModel, { description: 'A new series (the network’s coordinators).' })
  async createInfoSeries(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateInfoSeriesInput,
  ): Promise<InfoSeriesModel> {
    return toInfoSeriesModel(await this.series.create(actor, input));
  }

  @SignedIn('infoSeries.manage')
  @Mutation(() => InfoSeriesModel, {
    description:
      'Changes a series (omitted = unchanged); upcoming sessions get its title and link.',
  })
  async updateInfoSeries(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateInfoSeriesInput,
  ): Promise<InfoSeriesModel> {
    return toInfoSeriesModel(await this.series.update(actor, input));
  }

  @SignedIn('infoSeries.manage')
  @Mutation(() => InfoSeriesModel, {
    description:
      'Creates the term’s sessions at the series’ slot (Helsinki time, DST-correct), PUBLISHED for the audience; dates that already have a session are kept as they are.',
  })
  async planInfoSeriesTerm(
    @CurrentActor() actor: Actor,
    @Args('input') input: PlanInfoSeriesTermInput,
  ): Promise<InfoSeriesModel> {
    return toInfoSeriesModel(await this.series.planTerm(actor, input));
  }

  @SignedIn('infoSeries.manage')
  @Mutation(() => InfoPresentationModel, {
    description:
      'Invites an ACTIVE member or partner organisation to present at a session (at most presentersPerSession INVITED or ACCEPTED); mails its admins.',
  })
  async invitePresenter(
    @CurrentActor() actor: Actor,
    @Args('input') input: InvitePresenterInput,
  ): Promise<InfoPresentationModel> {
    return toPresentation(await this.presentations.invite(actor, input));
  }

  @SignedIn('presentation.respond')
  @Mutation(() => InfoPresentationModel, {
    description: 'The invited organisation’s admins accept, or decline with a reason.',
  })
  async respondToPresentation(
    @CurrentActor() actor: Actor,
    @Args('input') input: RespondToPresentationInput,
  ): Promise<InfoPresentationModel> {
    return toPresentation(await this.presentations.respond(actor, input));
  }

  @SignedIn('infoSeries.manage')
  @Mutation(() => InfoPresentationModel, {
    description: 'Takes back an invitation or an accepted presentation (the coordinators).',
  })
  async withdrawPresentation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InfoPresentationModel> {
    return toPresentation(await this.presentations.withdraw(actor, id));
  }

  @SignedIn('infoSeries.manage')
  @Mutation(() => InfoSessionModel, {
    description: 'After a session: its recording link and attendance count (the coordinators).',
  })
  async setSessionRecording(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetSessionRecordingInput,
  ): Promise<InfoSessionModel> {
    return toInfoSessionModel(await this.series.setRecording(actor, input));
  }

  @SignedIn()
  @Mutation(() => InfoSeriesModel, {
    description:
      'Follow a series: its announcements come by mail (whoever may read it: the network’s verified professionals, member staff, coordinators).',
  })
  async subscribeToInfoSeries(
    @CurrentActor() actor: Actor,
    @Args('seriesId', { type: () => ID }) seriesId: string,
  ): Promise<InfoSeriesModel> {
    return toInfoSeriesModel(await this.series.subscribe(actor, seriesId));
  }

  @SignedIn()
  @Mutation(() => InfoSeriesModel, { description: 'Stop following a series.' })
  async unsubscribeFromInfoSeries(
    @CurrentActor() actor: Actor,
    @Args('seriesId', { type: () => ID }) seriesId: string,
  ): Promise<InfoSeriesModel> {
    return toInfoSeriesModel(await this.series.unsubscribe(actor, seriesId));
  }

  // ── Fields ─────────────────────────────────────────────────────────────────────────────────────

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The meeting link: the network’s coordinators and signed-in professionals of the network only.',
  })
  onlineUrl(
    @Parent() series: InfoSeriesModel,
    @CurrentActor() actor: Actor,
  ): Promise<string | null> {
    if (
      !mayReadOnlineUrl(
        actor,
        { networkId: series.networkId, organizationId: null, audience: 'PROFESSIONALS' },
        false,
      )
    ) {
      return Promise.resolve(null);
    }
    return this.series.get(actor, series.id).then((row) => row.onlineUrl);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller follows the series.' })
  isSubscribed(
    @Parent() series: InfoSeriesModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<boolean> {
    // The development actor has no account (its id is not a UUID): it follows nothing.
    if (actor.kind !== 'user' || !isUuid(actor.id)) return Promise.resolve(false);
    return loaders.infoSeriesSubscribed.load(`${actor.id}:${series.id}`);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller plans this series.' })
  canManage(@Parent() series: InfoSeriesModel, @CurrentActor() actor: Actor): boolean {
    return mayManageSeries(actor, series.networkId);
  }

  @ResolveField(() => InfoSessionConnection, {
    description: 'Its sessions: upcoming soonest first, past newest first, or all by date.',
  })
  async sessions(
    @Parent() series: InfoSeriesModel,
    @CurrentActor() actor: Actor,
    @Args() args: SessionsArgs,
  ): Promise<InfoSessionConnection> {
    return mapConnection(await this.series.sessions(actor, series.id, args), toInfoSessionModel);
  }
}

/** A session's presenters, slides, series and meeting link. */
@Resolver(() => InfoSessionModel)
export class InfoSessionResolver {
  @ResolveField(() => InfoSeriesModel)
  async series(
    @Parent() session: InfoSessionModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<InfoSeriesModel> {
    const row = await loaders.infoSeriesById.load(session.seriesId);
    return toInfoSeriesModel(requiredRow(row, `info series ${session.seriesId}`));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The meeting link: the network’s coordinators, its signed-in professionals and the presenting organisations’ staff.',
  })
  async onlineUrl(
    @Parent() session: InfoSessionModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<string | null> {
    if (mayReadOnlineUrl(actor, session, false)) return session.onlineUrlValue;
    const staffOf = staffOrganizationIds(actor);
    if (staffOf.length === 0) return null;
    const presentations = await loaders.presentationsByEventId.load(session.id);
    const presents = presentations.some(
      (p) => p.status === 'ACCEPTED' && staffOf.includes(p.organizationId),
    );
    return presents ? session.onlineUrlValue : null;
  }

  @ResolveField(() => [InfoPresentationModel], {
    description:
      'Presenters: ACCEPTED ones for everyone who sees the session; every invitation for the network’s coordinators; its own for an invited organisation’s staff.',
  })
  async presentations(
    @Parent() session: InfoSessionModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<InfoPresentationModel[]> {
    const rows = await loaders.presentationsByEventId.load(session.id);
    const all = mayManageSeries(actor, session.networkId);
    const own = staffOrganizationIds(actor);
    return rows
      .filter((row) => all || row.status === 'ACCEPTED' || own.includes(row.organizationId))
      .map((row) => toInfoPresentationModel(row, session.networkId));
  }

  @ResolveField(() => [InfoSessionSlidesModel], { description: 'Its slides, oldest first.' })
  async slides(
    @Parent() session: InfoSessionModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<InfoSessionSlidesModel[]> {
    return (await loaders.slidesByEventId.load(session.id)).map(toSlidesModel);
  }
}

/** An invitation's organisation, session and reason. */
@Resolver(() => InfoPresentationModel)
export class InfoPresentationResolver {
  @ResolveField(() => OrganizationModel)
  async organization(
    @Parent() presentation: InfoPresentationModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<OrganizationModel> {
    const row = await loaders.organizationById.load(presentation.organizationId);
    return toOrganizationModel(requiredRow(row, `organization ${presentation.organizationId}`));
  }

  @ResolveField(() => InfoSessionModel)
  async session(
    @Parent() presentation: InfoPresentationModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<InfoSessionModel> {
    const row = await loaders.infoSessionById.load(presentation.eventId);
    return toInfoSessionModel(requiredRow(row, `info session ${presentation.eventId}`));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Why the organisation declined: the network’s coordinators and the organisation’s admins.',
  })
  declineReason(
    @Parent() presentation: InfoPresentationModel,
    @CurrentActor() actor: Actor,
  ): string | null {
    const mayRead =
      mayManageSeries(actor, presentation.networkId) ||
      (actor.kind === 'user' &&
        actor.grants.some(
          (g) => g.role === 'ORG_ADMIN' && g.organizationId === presentation.organizationId,
        ));
    return mayRead ? presentation.declineReasonValue : null;
  }
}

/** Where an organisation presented (a service page links to these sessions). */
@Resolver(() => OrganizationModel)
export class OrganizationInfoSessionsResolver {
  constructor(private readonly series: InfoSeriesService) {}

  @ResolveField(() => InfoSessionConnection, {
    description:
      'Past info sessions where the organisation presented, newest first — only those the caller may read (professionals, member staff, coordinators); empty for the public.',
  })
  async presentedSessions(
    @Parent() organization: OrganizationModel,
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<InfoSessionConnection> {
    return mapConnection(
      await this.series.presentedSessions(actor, organization.id, args),
      toInfoSessionModel,
    );
  }
}
