import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { isUuid } from '../common/ids/is-uuid';
import { toLocalizedText } from '../common/localization/localized-text.util';
import { type Connection } from '../common/pagination/connection.model';
import { pageByCreation } from '../reporting/paginate';
import { checkId } from '../reporting/reporting-access';
import { type PartnerFeedbackSurveysArgs, type SubmitFeedbackInput } from './dto/feedback.inputs';
import { parseInput, ZSubmitFeedback } from './dto/feedback.schema';
import { checkAnswers } from './feedback-answers';
import { answeredSurveys, answerOnce, respondentId } from './feedback-respondent';
import { surveyNotFound } from './feedback-response.service';
import { toQuestionModel } from './feedback.mapper';
import {
  type FeedbackReceiptModel,
  type PartnerFeedbackSurveyModel,
} from './models/feedback.model';

const PERMISSION = 'feedback.answerAsPartner';

const PARTNER_SURVEY = {
  questions: { orderBy: { position: 'asc' } },
  network: { select: { name: true } },
  organization: { select: { name: true } },
} as const satisfies Prisma.FeedbackSurveyInclude;

type PartnerSurveyRow = Prisma.FeedbackSurveyGetPayload<{ include: typeof PARTNER_SURVEY }>;

/**
 * The partner side (issue 16): a PARTNER survey of a network (or of one of its member
 * organisations) is answered, signed in in the admin app, by the staff (ORG_ADMIN, ORG_EDITOR) of
 * an organisation whose membership in that network is PARTNER and ACTIVE — not by member
 * organisations' staff, coordinators or platform admins (ARCHITECTURE.md "Feedback"). Once per
 * person per survey (`feedback_respondent`, as for referrers); the answers are not linked to them.
 * The permission `feedback.answerAsPartner` is checked against the partner organisation, which is
 * loaded from the database (the memberships), never taken from the client.
 */
@Injectable()
export class PartnerFeedbackService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
  ) {}

  /** OPEN PARTNER surveys of the networks the actor's organisations are ACTIVE PARTNERs of. */
  async list(
    actor: Actor,
    args: PartnerFeedbackSurveysArgs,
  ): Promise<Connection<PartnerFeedbackSurveyModel>> {
    let organizations = this.authz.organizationsWith(actor, PERMISSION);
    if (args.organizationId) {
      const organizationId = checkId(args.organizationId, 'organizationId');
      this.authz.assert(actor, PERMISSION, { organizationId });
      organizations = [organizationId];
    } else if (organizations.length === 0) {
      // Nobody's staff: the same refusal as any other missing permission.
      this.authz.assert(actor, PERMISSION, {});
    }
    const memberships = await this.prisma.networkMembership.findMany({
      where: { organizationId: { in: organizations }, role: 'PARTNER', status: 'ACTIVE' },
      select: { networkId: true },
    });
    const where: Prisma.FeedbackSurveyWhereInput = {
      status: 'OPEN',
      audience: 'PARTNER',
      networkId: { in: [...new Set(memberships.map((row) => row.networkId))] },
    };
    const delegate = {
      findMany: async (query: Parameters<typeof this.prisma.feedbackSurvey.findMany>[0]) => {
        const rows = await this.prisma.feedbackSurvey.findMany({
          ...query,
          include: PARTNER_SURVEY,
        });
        const answered = await answeredSurveys(
          this.prisma,
          actor,
          rows.map((row) => row.id),
        );
        return rows.map((row) => toPartnerSurvey(row, answered.has(row.id)));
      },
      count: (query: { where: Prisma.FeedbackSurveyWhereInput }) =>
        this.prisma.feedbackSurvey.count(query),
    };
    return pageByCreation<
      PartnerFeedbackSurveyModel & { createdAt: Date },
      Prisma.FeedbackSurveyWhereInput,
      PartnerFeedbackSurveyModel
    >(delegate, where, args, ({ createdAt: _createdAt, ...model }) => model, true);
  }

  /** One OPEN PARTNER survey for its partners' staff, with `answered` (NOT_FOUND otherwise). */
  async survey(actor: Actor, id: string): Promise<PartnerFeedbackSurveyModel> {
    const survey = isUuid(id)
      ? await this.prisma.feedbackSurvey.findFirst({
          where: { id, status: 'OPEN', audience: 'PARTNER' },
          include: PARTNER_SURVEY,
        })
      : null;
    if (!survey) throw surveyNotFound(id);
    await this.assertPartner(actor, survey.networkId);
    const answered = await answeredSurveys(this.prisma, actor, [survey.id]);
    const { createdAt: _createdAt, ...model } = toPartnerSurvey(survey, answered.has(survey.id));
    return model;
  }

  async submit(
    actor: Actor,
    input: SubmitFeedbackInput,
    now = new Date(),
  ): Promise<FeedbackReceiptModel> {
    const valid = parseInput(ZSubmitFeedback, input);
    const survey = await this.prisma.feedbackSurvey.findFirst({
      where: { id: valid.surveyId, status: 'OPEN', audience: 'PARTNER' },
      include: { questions: true },
    });
    if (!survey) throw surveyNotFound(valid.surveyId);
    await this.assertPartner(actor, survey.networkId);
    const userId = respondentId(actor, 'partner');
    const answers = checkAnswers(valid.answers, survey.questions);
    await answerOnce(this.prisma, survey.id, userId, answers, now);
    return { received: true };
  }

  /**
   * FORBIDDEN unless the actor is staff of an organisation that is an ACTIVE PARTNER of the network
   * (a MEMBER's staff, a SUSPENDED or ENDED partner's, a coordinator, a platform admin: refused).
   */
  private async assertPartner(actor: Actor, networkId: string): Promise<void> {
    const candidates = this.authz.organizationsWith(actor, PERMISSION);
    const partner =
      candidates.length > 0
        ? await this.prisma.networkMembership.findFirst({
            where: {
              networkId,
              organizationId: { in: candidates },
              role: 'PARTNER',
              status: 'ACTIVE',
            },
            select: { organizationId: true },
          })
        : null;
    this.authz.assert(actor, PERMISSION, {
      networkId,
      ...(partner ? { organizationId: partner.organizationId } : {}),
    });
  }
}

function toPartnerSurvey(
  row: PartnerSurveyRow,
  answered: boolean,
): PartnerFeedbackSurveyModel & { createdAt: Date } {
  return {
    id: row.id,
    networkId: row.networkId,
    networkName: row.network.name,
    organizationName: row.organization?.name ?? null,
    title: toLocalizedText(row.title),
    questions: row.questions.map(toQuestionModel),
    answered,
    openedAt: row.openedAt,
    createdAt: row.createdAt,
  };
}
