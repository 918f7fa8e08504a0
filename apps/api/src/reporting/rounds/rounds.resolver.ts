import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../auth/access.decorators';
import { type Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/current-actor.decorator';
import {
  CorrectLockedFigureInput,
  NetworkListArgs,
  OpenReportingRoundInput,
  OrganizationReportsArgs,
  ReportedFiguresArgs,
  SaveReportedFiguresInput,
} from '../dto/reporting.inputs';
import {
  OrganizationReportConnection,
  OrganizationReportModel,
  ReportedFigureConnection,
  ReportedFigureModel,
  ReportingRoundConnection,
  ReportingRoundModel,
} from '../models/reporting.model';
import { FiguresService } from './figures.service';
import { RoundsService } from './rounds.service';

/** Reporting rounds and the organisations' reported figures (issue 16). */
@Resolver()
export class RoundsResolver {
  constructor(
    private readonly roundsService: RoundsService,
    private readonly figuresService: FiguresService,
  ) {}

  @SignedIn('reporting.manage')
  @Mutation(() => ReportingRoundModel, {
    description:
      'Opens a reporting round: a report for every ACTIVE member organisation with the indicators it reports (the network’s coordinators).',
  })
  openReportingRound(
    @CurrentActor() actor: Actor,
    @Args('input') input: OpenReportingRoundInput,
  ): Promise<ReportingRoundModel> {
    return this.roundsService.open(actor, input);
  }

  @SignedIn('reporting.read')
  @Query(() => ReportingRoundConnection, { description: 'A network’s rounds, newest first.' })
  reportingRounds(
    @CurrentActor() actor: Actor,
    @Args() args: NetworkListArgs,
  ): Promise<ReportingRoundConnection> {
    return this.roundsService.rounds(actor, args);
  }

  @SignedIn('reporting.read', 'reporting.report')
  @Query(() => OrganizationReportConnection, {
    description:
      'A round’s reports (coordinators and readers: who has reported) or an organisation’s reports (its admins).',
  })
  organizationReports(
    @CurrentActor() actor: Actor,
    @Args() args: OrganizationReportsArgs,
  ): Promise<OrganizationReportConnection> {
    return this.roundsService.reports(actor, args);
  }

  @SignedIn('reporting.read', 'reporting.report')
  @Query(() => ReportedFigureConnection, { description: 'The figures of one report.' })
  reportedFigures(
    @CurrentActor() actor: Actor,
    @Args() args: ReportedFiguresArgs,
  ): Promise<ReportedFigureConnection> {
    return this.figuresService.figures(actor, args);
  }

  @SignedIn('reporting.report')
  @Mutation(() => OrganizationReportModel, {
    description:
      'Saves counts per indicator and service (a number and an optional note; never client data) in an open round (the organisation’s admins).',
  })
  saveReportedFigures(
    @CurrentActor() actor: Actor,
    @Args('input') input: SaveReportedFiguresInput,
  ): Promise<OrganizationReportModel> {
    return this.figuresService.save(actor, input);
  }

  @SignedIn('reporting.report')
  @Mutation(() => OrganizationReportModel, { description: 'Submits the organisation’s report.' })
  submitOrganizationReport(
    @CurrentActor() actor: Actor,
    @Args('reportId', { type: () => ID }) reportId: string,
  ): Promise<OrganizationReportModel> {
    return this.figuresService.submit(actor, reportId);
  }

  @SignedIn('reporting.manage')
  @Mutation(() => OrganizationReportModel, {
    description: 'Asks an organisation to correct its submitted report (the coordinators).',
  })
  requestReportCorrection(
    @CurrentActor() actor: Actor,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('reason') reason: string,
  ): Promise<OrganizationReportModel> {
    return this.roundsService.requestCorrection(actor, reportId, reason);
  }

  @SignedIn('reporting.manage')
  @Mutation(() => ReportingRoundModel, {
    description: 'Locks a round: its figures no longer change (the coordinators).',
  })
  lockReportingRound(
    @CurrentActor() actor: Actor,
    @Args('roundId', { type: () => ID }) roundId: string,
  ): Promise<ReportingRoundModel> {
    return this.roundsService.lock(actor, roundId);
  }

  @SignedIn('reporting.manage')
  @Mutation(() => ReportedFigureModel, {
    description:
      'Changes a figure of a locked round with a reason, recorded in the audit log (the coordinators).',
  })
  correctLockedFigure(
    @CurrentActor() actor: Actor,
    @Args('input') input: CorrectLockedFigureInput,
  ): Promise<ReportedFigureModel> {
    return this.figuresService.correctLocked(actor, input);
  }
}
