import { FEDERATION_ID, PERHELINJA_ID, PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { errorCode, gql } from '../identity/identity-kit';

// Perhelinja's demo data without a demo survey: Turku's peer group and MLL's webinar.
const SERVICE = '5a1e0b6e-0c1f-4c3e-9d0a-400000000022';
const EVENT = '5a1e0b6e-0c1f-4c3e-9d0a-700000000006';
const COORDINATOR_P = `coordinator:${PERHELINJA_ID}`;
const COORDINATOR_F = `coordinator:${FEDERATION_ID}`;
const VIEWER_P = `report-viewer:${PERHELINJA_ID}`;
const PROFESSIONAL_P = `professional:${PERHELINJA_ID}`;

const CREATE = /* GraphQL */ `
  mutation ($input: CreateFeedbackSurveyInput!) {
    createFeedbackSurvey(input: $input) {
      id
    }
  }
`;
const SET_STATUS = /* GraphQL */ `
  mutation ($id: ID!, $status: FeedbackSurveyStatus!) {
    setFeedbackSurveyStatus(input: { id: $id, status: $status }) {
      status
    }
  }
`;
const SERVICE_LINK = /* GraphQL */ `
  query ($id: ID!) {
    service(id: $id) {
      id
      openFeedbackSurvey {
        id
        title {
          fi
          sv
          en
        }
      }
    }
  }
`;
const EVENT_LINK = /* GraphQL */ `
  query ($id: ID!) {
    event(id: $id) {
      id
      openFeedbackSurvey {
        id
        title {
          fi
        }
      }
    }
  }
`;
const SURVEY = /* GraphQL */ `
  query ($id: ID!) {
    feedbackSurvey(id: $id) {
      id
      targetName {
        fi
        en
      }
    }
  }
`;

interface ServiceLink {
  service: { openFeedbackSurvey: { id: string; title: { fi: string } } | null };
}
interface EventLink {
  event: { openFeedbackSurvey: { id: string; title: { fi: string } } | null };
}

describe(`feedback links on the portal's pages on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    as?: string,
  ) => gql<T>(api.baseUrl, query, variables, as ? { as } : {});

  async function create(target: { serviceId?: string; eventId?: string }): Promise<string> {
    const result = await call<{ createFeedbackSurvey: { id: string } }>(
      CREATE,
      {
        input: {
          networkSlug: 'perhelinja',
          ...target,
          title: { fi: 'Anna palautetta', sv: 'Ge respons', en: 'Give feedback' },
          questions: [{ kind: 'SCALE', text: { fi: 'Kuinka tyytyväinen olit?' } }],
        },
      },
      COORDINATOR_P,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createFeedbackSurvey.id;
  }

  async function setStatus(id: string, status: string): Promise<void> {
    const result = await call(SET_STATUS, { id, status }, COORDINATOR_P);
    expect(result.errors).toBeUndefined();
  }

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('links a service only to an OPEN survey, publicly with its id and title', async () => {
    const anonymousLink = async () =>
      (await call<ServiceLink>(SERVICE_LINK, { id: SERVICE })).data?.service.openFeedbackSurvey;
    expect(await anonymousLink()).toBeNull();

    const id = await create({ serviceId: SERVICE });
    expect(await anonymousLink()).toBeNull(); // a draft is not public

    await setStatus(id, 'OPEN');
    expect(await anonymousLink()).toEqual({
      id,
      title: { fi: 'Anna palautetta', sv: 'Ge respons', en: 'Give feedback' },
    });

    await setStatus(id, 'CLOSED');
    expect(await anonymousLink()).toBeNull();
  });

  it('links an event only to an OPEN survey', async () => {
    // The webinar is for professionals: one of the network's reads it.
    const anonymousLink = async () =>
      (await call<EventLink>(EVENT_LINK, { id: EVENT }, PROFESSIONAL_P)).data?.event
        .openFeedbackSurvey;
    const id = await create({ eventId: EVENT });
    expect(await anonymousLink()).toBeNull();
    await setStatus(id, 'OPEN');
    expect((await anonymousLink())?.id).toBe(id);
    await setStatus(id, 'CLOSED');
    expect(await anonymousLink()).toBeNull();
  });

  it("names the survey's service or event for its readers, and refuses another network", async () => {
    const onService = await create({ serviceId: SERVICE });
    const onEvent = await create({ eventId: EVENT });
    const service = await call<{ feedbackSurvey: { targetName: { fi: string; en: string } } }>(
      SURVEY,
      { id: onService },
      VIEWER_P,
    );
    expect(service.errors).toBeUndefined();
    expect(service.data!.feedbackSurvey.targetName).toEqual({
      fi: 'Eron jälkeen – vertaisryhmä vanhemmille',
      en: 'After separation – a peer group for parents',
    });
    const event = await call<{ feedbackSurvey: { targetName: { fi: string } } }>(
      SURVEY,
      { id: onEvent },
      COORDINATOR_P,
    );
    expect(event.data!.feedbackSurvey.targetName.fi).toBe(
      'Ammattilaisille: vauvaperheen uupumuksen tunnistaminen',
    );

    const other = await call(SURVEY, { id: onService }, COORDINATOR_F);
    expect(errorCode(other)).toBe('FORBIDDEN');
    expect(other.data?.feedbackSurvey ?? null).toBeNull();
  });

  it("refuses the read-only viewer's writes, and nothing changes", async () => {
    const id = await create({ serviceId: SERVICE });
    const before = await prisma.feedbackSurvey.findUniqueOrThrow({ where: { id } });
    const update = await call(
      /* GraphQL */ `
        mutation ($id: ID!) {
          updateFeedbackSurvey(input: { id: $id, title: { fi: "Muutettu" } }) {
            id
          }
        }
      `,
      { id },
      VIEWER_P,
    );
    expect(errorCode(update)).toBe('FORBIDDEN');
    expect(errorCode(await call(SET_STATUS, { id, status: 'OPEN' }, VIEWER_P))).toBe('FORBIDDEN');
    expect(await prisma.feedbackSurvey.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });
});
