import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type Connection } from '../common/pagination/connection.model';
import { pageByCreation } from '../reporting/paginate';
import {
  assertMayRead,
  checkId,
  networkBySlug,
  notFound,
  requiredText,
} from '../reporting/reporting-access';
import {
  type CreateFeedbackSurveyInput,
  type FeedbackQuestionInput,
  type FeedbackSurveysArgs,
  type SetFeedbackSurveyStatusInput,
  type UpdateFeedbackSurveyInput,
} from './dto/feedback.inputs';
import { MAX_QUESTIONS } from './dto/feedback.schema';
import { type SurveyRow, toSurveyModel } from './feedback.mapper';
import { feedbackSurveyTransition } from './feedback-transitions';
import { type FeedbackAudience, type FeedbackSurveyModel } from './models/feedback.model';

const WITH_QUESTIONS = { questions: { orderBy: { position: 'asc' } } } as const;

/**
 * Defining surveys: a network's (its coordinators, `reporting.manage`) or a member organisation's
 * own (its admins, `reporting.report`), tied to one service or event of the network. Reading them
 * follows the reporting read rule (coordinators, REPORT_VIEWERs, the owning organisation's admins).
 */
@Injectable()
export class FeedbackSurveyService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateFeedbackSurveyInput): Promise<FeedbackSurveyModel> {
    const network = await networkBySlug(this.prisma, input.networkSlug);
    const organizationId = input.organizationId ?? null;
    if (organizationId) {
      checkId(organizationId, 'input.organizationId');
      this.authz.assert(actor, 'reporting.report', { organizationId });
      const member = await this.prisma.networkMembership.findUnique({
        where: { networkId_organizationId: { networkId: network.id, organizationId } },
        select: { status: true },
      });
      if (member?.status !== 'ACTIVE') {
        throw new BadUserInputError(
          'input.organizationId',
          'input.organizationId: not an active member of the network.',
        );
      }
    } else {
      this.authz.assert(actor, 'reporting.manage', { networkId: network.id });
    }
    const target = await this.target(network.id, organizationId, input);
    const audience = input.audience ?? 'CLIENT';
    checkAudience(audience, target.eventId);
    const title = requiredText(input.title, 'input.title', 200);
    const questions = checkQuestions(input.questions, 'input.questions');
    const row = await this.prisma.$transaction(async (tx) => {
      const created = await tx.feedbackSurvey.create({
        data: {
          networkId: network.id,
          organizationId,
          ...target,
          audience,
          title,
          questions: { create: questions },
        },
        include: WITH_QUESTIONS,
      });
      await this.record(tx, actor, created, 'feedbackSurvey.create');
      return created;
    });
    return toSurveyModel(row);
  }

  async update(actor: Actor, input: UpdateFeedbackSurveyInput): Promise<FeedbackSurveyModel> {
    const survey = await this.manageable(actor, input.id);
    if (survey.status !== 'DRAFT') {
      throw new DomainError('CONFLICT', 'Only a DRAFT survey changes.', {
        reason: 'SURVEY_NOT_DRAFT',
        status: survey.status,
      });
    }
    const title = input.title ? requiredText(input.title, 'input.title', 200) : undefined;
    const audience = input.audience ?? undefined;
    if (audience) checkAudience(audience, survey.eventId);
    const questions = input.questions
      ? checkQuestions(input.questions, 'input.questions')
      : undefined;
    const row = await this.prisma.$transaction(async (tx) => {
      if (questions) await tx.feedbackQuestion.deleteMany({ where: { surveyId: survey.id } });
      const updated = await tx.feedbackSurvey.update({
        where: { id: survey.id },
        data: {
          ...(title ? { title } : {}),
          ...(audience ? { audience } : {}),
          ...(questions ? { questions: { create: questions } } : {}),
        },
        include: WITH_QUESTIONS,
      });
      await this.record(tx, actor, updated, 'feedbackSurvey.update');
      return updated;
    });
    return toSurveyModel(row);
  }

  async setStatus(actor: Actor, input: SetFeedbackSurveyStatusInput): Promise<FeedbackSurveyModel> {
    const survey = await this.manageable(actor, input.id);
    const status = feedbackSurveyTransition(survey.status, input.status);
    if (status === 'OPEN' && survey.questions.length === 0) {
      throw new DomainError('CONFLICT', 'A survey without questions cannot open.', {
        reason: 'NO_QUESTIONS',
      });
    }
    const now = new Date();
    const row = await this.prisma.$transaction(async (tx) => {
      // Only from the status read above: a concurrent change makes this update miss.
      const { count } = await tx.feedbackSurvey.updateMany({
        where: { id: survey.id, status: survey.status },
        data:
          status === 'OPEN' ? { status, openedAt: now, closedAt: null } : { status, closedAt: now },
      });
      if (count === 0) {
        throw new DomainError('CONFLICT', 'The survey changed meanwhile; read it again.', {
          reason: 'INVALID_TRANSITION',
        });
      }
      const updated = await tx.feedbackSurvey.findUniqueOrThrow({
        where: { id: survey.id },
        include: WITH_QUESTIONS,
      });
      await this.record(tx, actor, updated, `feedbackSurvey.${status.toLowerCase()}`);
      return updated;
    });
    return toSurveyModel(row);
  }

  async list(actor: Actor, args: FeedbackSurveysArgs): Promise<Connection<FeedbackSurveyModel>> {
    const network = await networkBySlug(this.prisma, args.networkSlug);
    await assertMayRead(this.prisma, this.authz, actor, network.id, args.organizationId);
    const where: Prisma.FeedbackSurveyWhereInput = {
      networkId: network.id,
      ...(args.organizationId ? { organizationId: args.organizationId } : {}),
    };
    const delegate = {
      findMany: (query: Parameters<typeof this.prisma.feedbackSurvey.findMany>[0]) =>
        this.prisma.feedbackSurvey.findMany({ ...query, include: WITH_QUESTIONS }),
      count: (query: { where: Prisma.FeedbackSurveyWhereInput }) =>
        this.prisma.feedbackSurvey.count(query),
    };
    return pageByCreation<SurveyRow, Prisma.FeedbackSurveyWhereInput, FeedbackSurveyModel>(
      delegate,
      where,
      args,
      toSurveyModel,
      true,
    );
  }

  async get(actor: Actor, id: string): Promise<FeedbackSurveyModel> {
    return toSurveyModel(await this.readable(actor, id));
  }

  /** The survey, if the actor may read its results; NOT_FOUND / FORBIDDEN otherwise. */
  async readable(actor: Actor, id: string): Promise<SurveyRow> {
    const survey = await this.find(id);
    await assertMayRead(this.prisma, this.authz, actor, survey.networkId, survey.organizationId);
    return survey;
  }

  private async manageable(actor: Actor, id: string): Promise<SurveyRow> {
    const survey = await this.find(id);
    if (survey.organizationId) {
      this.authz.assert(actor, 'reporting.report', { organizationId: survey.organizationId });
    } else {
      this.authz.assert(actor, 'reporting.manage', { networkId: survey.networkId });
    }
    return survey;
  }

  private async find(id: string): Promise<SurveyRow> {
    const row = isUuid(id)
      ? await this.prisma.feedbackSurvey.findUnique({ where: { id }, include: WITH_QUESTIONS })
      : null;
    if (!row) throw notFound('FeedbackSurvey', id);
    return row;
  }

  /**
   * Exactly one of a service and an event of the network; for an organisation's survey, one it is
   * responsible for or produces (service) or organises (event).
   */
  private async target(
    networkId: string,
    organizationId: string | null,
    input: CreateFeedbackSurveyInput,
  ): Promise<{ serviceId: string | null; eventId: string | null }> {
    if (Boolean(input.serviceId) === Boolean(input.eventId)) {
      throw new BadUserInputError(
        'input.serviceId',
        'input.serviceId: give a service or an event.',
      );
    }
    if (input.serviceId) {
      const service = isUuid(input.serviceId)
        ? await this.prisma.service.findFirst({
            where: {
              id: input.serviceId,
              networkId,
              ...(organizationId
                ? {
                    OR: [
                      { responsibleOrganizationId: organizationId },
                      { deliveries: { some: { organizationId } } },
                    ],
                  }
                : {}),
            },
            select: { id: true },
          })
        : null;
      if (!service) {
        throw new BadUserInputError(
          'input.serviceId',
          'input.serviceId: not a service of the network (and of the organisation).',
        );
      }
      return { serviceId: service.id, eventId: null };
    }
    const eventId = input.eventId ?? '';
    const event = isUuid(eventId)
      ? await this.prisma.event.findFirst({
          where: { id: eventId, networkId, ...(organizationId ? { organizationId } : {}) },
          select: { id: true },
        })
      : null;
    if (!event) {
      throw new BadUserInputError(
        'input.eventId',
        'input.eventId: not an event of the network (and of the organisation).',
      );
    }
    return { serviceId: null, eventId: event.id };
  }

  private record(
    tx: Prisma.TransactionClient,
    actor: Actor,
    survey: SurveyRow,
    action: string,
  ): Promise<void> {
    return this.audit.record(tx, actor, {
      action,
      entityType: 'FeedbackSurvey',
      entityId: survey.id,
      networkId: survey.networkId,
      ...(survey.organizationId ? { organizationId: survey.organizationId } : {}),
      ...(survey.serviceId ? { serviceId: survey.serviceId } : {}),
    });
  }
}

/** A referrer refers clients to a service: a REFERRER survey is on a service (a CHECK holds it too). */
function checkAudience(audience: FeedbackAudience, eventId: string | null): void {
  if (audience === 'REFERRER' && eventId) {
    throw new BadUserInputError(
      'input.audience',
      'input.audience: a referrer survey is on a service, not an event.',
    );
  }
}

/** 1–10 questions, each with a Finnish text of at most 200 characters; positions follow the order. */
function checkQuestions(
  questions: readonly FeedbackQuestionInput[],
  field: string,
): { position: number; kind: FeedbackQuestionInput['kind']; text: Record<string, string> }[] {
  if (questions.length === 0 || questions.length > MAX_QUESTIONS) {
    throw new BadUserInputError(field, `${field}: 1–${MAX_QUESTIONS} questions.`);
  }
  return questions.map((question, index) => ({
    position: index,
    kind: question.kind,
    text: requiredText(question.text, `${field}.${index}.text`, 200),
  }));
}
