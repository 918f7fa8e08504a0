import { type PrismaClient } from '../../generated/prisma/client.js';
import { FEDERATION_ID, PERHELINJA_ID } from './networks.js';
import { ORG_LAHTI } from './organizations.js';

/**
 * Feedback surveys (issue 16): Perhelinja's client survey on "Keskusteluapu vanhemmille" and the
 * Lahti association's own survey on its Ensikoti, both OPEN, with anonymous responses spread over the
 * last six months. Free-text answers are short, invented and name no one.
 */
const id = (block: string, n: number) =>
  `5a1e0b6e-0c1f-4c3e-9d0a-${block}${String(n).padStart(12 - block.length, '0')}`;

export const DEMO_FEEDBACK_SURVEY_PERHELINJA = id('e1', 1);
export const DEMO_FEEDBACK_SURVEY_LAHTI = id('e1', 2);

const QUESTIONS = [
  {
    kind: 'SCALE',
    text: {
      fi: 'Kuinka tyytyväinen olit saamaasi apuun?',
      sv: 'Hur nöjd var du med hjälpen du fick?',
      en: 'How satisfied were you with the help you got?',
    },
  },
  {
    kind: 'YES_NO',
    text: {
      fi: 'Suosittelisitko palvelua muille?',
      sv: 'Skulle du rekommendera tjänsten till andra?',
      en: 'Would you recommend the service to others?',
    },
  },
  {
    kind: 'TEXT',
    text: {
      fi: 'Mitä haluaisit kertoa meille? (Älä kirjoita nimiä tai yhteystietoja.)',
      sv: 'Vad vill du berätta för oss? (Skriv inga namn eller kontaktuppgifter.)',
      en: 'What would you like to tell us? (Please do not write names or contact details.)',
    },
  },
] as const;

const TEXTS = [
  'Sain puhua rauhassa, kiitos.',
  'Olisin toivonut nopeampaa yhteydenottoa.',
  'Hyvä, että apua sai myös illalla.',
  'Työntekijä kuunteli ja ymmärsi.',
];

const SURVEYS = [
  {
    id: DEMO_FEEDBACK_SURVEY_PERHELINJA,
    networkId: PERHELINJA_ID,
    organizationId: null,
    serviceId: '5a1e0b6e-0c1f-4c3e-9d0a-400000000021',
    title: {
      fi: 'Palaute: Keskusteluapu vanhemmille',
      sv: 'Respons: Samtalsstöd för föräldrar',
      en: 'Feedback: Talking support for parents',
    },
    responses: 30,
    offset: 0,
  },
  {
    id: DEMO_FEEDBACK_SURVEY_LAHTI,
    networkId: FEDERATION_ID,
    organizationId: ORG_LAHTI,
    serviceId: '5a1e0b6e-0c1f-4c3e-9d0a-400000000001',
    title: {
      fi: 'Palaute: Ensikoti (Lahti)',
      sv: 'Respons: Mödra- och barnhem (Lahtis)',
      en: 'Feedback: Mother and baby home (Lahti)',
    },
    responses: 24,
    offset: 1,
  },
] as const;

const DAY = 86_400_000;

/** Inserts the surveys, questions and responses (fixed ids, skipping existing). Returns responses added. */
export async function seedFeedback(prisma: PrismaClient, now: Date): Promise<number> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  let added = 0;
  for (const [s, survey] of SURVEYS.entries()) {
    const exists = await prisma.feedbackSurvey.findUnique({ where: { id: survey.id } });
    if (exists) continue;
    const questionIds = QUESTIONS.map((_, q) => id('e2', s * 10 + q + 1));
    await prisma.feedbackSurvey.create({
      data: {
        id: survey.id,
        networkId: survey.networkId,
        organizationId: survey.organizationId,
        serviceId: survey.serviceId,
        title: survey.title,
        status: 'OPEN',
        openedAt: new Date(today - 190 * DAY),
        questions: {
          create: QUESTIONS.map((question, q) => ({
            id: questionIds[q],
            position: q,
            kind: question.kind,
            text: question.text,
          })),
        },
      },
    });
    for (let n = 0; n < survey.responses; n += 1) {
      // Scores mostly 4–5, some 3 and an occasional 2; every third response writes a few words.
      const score = [5, 4, 5, 3, 4, 5, 4, 2, 5, 4][(n + survey.offset) % 10] ?? 4;
      const answers = [
        { questionId: questionIds[0] ?? '', score },
        { questionId: questionIds[1] ?? '', yes: score >= 3 },
        ...(n % 3 === 0
          ? [{ questionId: questionIds[2] ?? '', text: TEXTS[(n / 3) % TEXTS.length] ?? '' }]
          : []),
      ];
      await prisma.feedbackResponse.create({
        data: {
          id: id('e3', s * 1000 + n + 1),
          surveyId: survey.id,
          respondedOn: new Date(today - (1 + ((n * 37) % 180)) * DAY),
          answers: { create: answers },
        },
      });
      added += 1;
    }
  }
  return added;
}
