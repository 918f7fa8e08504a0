import { PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import {
  APPROVE,
  AS,
  content,
  CREATE,
  givePlannedDelivery,
  ok,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  SUBMIT,
} from './fixtures';

interface Ref {
  field: string;
  locale: string;
}

interface Shape {
  id: string;
  version: number;
  status: string;
  workingRevision: { id: string; state: string; outdatedTranslations: Ref[] } | null;
}

const FIELDS = /* GraphQL */ `id version status workingRevision { id state outdatedTranslations { field locale } }`;
const UPDATE_T = /* GraphQL */ `mutation($input: UpdateServiceInput!) { updateService(input: $input) { ${FIELDS} } }`;
const SUBMIT_T = /* GraphQL */ `mutation($input: ServiceVersionInput!) { submitServiceForReview(input: $input) { ${FIELDS} } }`;
const APPROVE_T = /* GraphQL */ `mutation($input: ApproveRevisionInput!) { approveServiceRevision(input: $input) { ${FIELDS} } }`;
const PUBLIC = /* GraphQL */ `
  query ($id: ID!) {
    service(id: $id) {
      name {
        fi
        sv
        en
      }
      published {
        summary {
          fi
          sv
          en
        }
        description {
          fi
          sv
          en
        }
      }
      publishedRevision {
        hiddenTranslations {
          field
          locale
        }
      }
    }
  }
`;

const name = { fi: 'Perheneuvola', sv: 'Familjerådgivning', en: 'Family counselling' };
const summary = (fi: string, sv: string, en: string) => ({ summary: { fi, sv, en } });
const v1 = summary('Lapsille 0–6 v.', 'För barn 0–6 år, zebrakrokodil.', 'For children aged 0–6.');
const description = { description: { fi: 'Kuvaus.', sv: 'Beskrivning.', en: 'Description.' } };

describe(`out-of-date translations on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let serviceId: string;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    const draft = await ok<{ id: string }>(
      api,
      CREATE,
      {
        input: {
          networkId: PERHELINJA_ID,
          responsibleOrganizationId: ORG_TURKU_ETK,
          content: content(name, { ...v1, ...description }),
        },
      },
      AS.turkuEditor,
    );
    serviceId = draft.id;
    await givePlannedDelivery(api, serviceId);
    const submitted = await ok<{ version: number; workingRevision: { id: string } }>(
      api,
      SUBMIT,
      { input: { id: serviceId, expectedVersion: 1 } },
      AS.turkuEditor,
    );
    await ok(
      api,
      APPROVE,
      {
        input: {
          revisionId: submitted.workingRevision.id,
          expectedVersion: submitted.version,
        },
      },
      AS.perhelinjaCoordinator,
    );
  });

  afterAll(async () => {
    await api.close();
  });

  const edit = async (version: number, extra: Record<string, unknown>) =>
    ok<Shape>(
      api,
      UPDATE_T,
      {
        input: {
          id: serviceId,
          expectedVersion: version,
          content: content(name, { ...description, ...extra }),
        },
      },
      AS.turkuEditor,
    );

  it('marks sv/en out of date after a Finnish-only change, refuses a silent approval, publishes them hidden on request, and a translation update clears the mark', async () => {
    expect(await searchSv()).toContain('zebrakrokodil');
    // A Finnish-only change (ages 0–6 → 0–7): Swedish and English of the summary are out of date.
    const current = await prisma.service.findUniqueOrThrow({ where: { id: serviceId } });
    const edited = await edit(
      current.version,
      summary('Lapsille 0–7 v.', 'För barn 0–6 år, zebrakrokodil.', 'For children aged 0–6.'),
    );
    expect(edited.workingRevision?.outdatedTranslations).toEqual([
      { field: 'summary', locale: 'sv' },
      { field: 'summary', locale: 'en' },
    ]);
    const submitted = await ok<Shape>(
      api,
      SUBMIT_T,
      { input: { id: serviceId, expectedVersion: edited.version } },
      AS.turkuEditor,
    );
    const revisionId = submitted.workingRevision?.id ?? '';
    expect(submitted.workingRevision?.outdatedTranslations).toHaveLength(2);

    // Another network's coordinator cannot approve (even choosing to hide).
    const before = await snapshot();
    const foreign = await api.graphql(
      APPROVE_T,
      { input: { revisionId, expectedVersion: submitted.version, hideOutdatedTranslations: true } },
      AS.federationCoordinator,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);

    // Approving without a choice is refused with a typed error, and nothing changes.
    const silent = await api.graphql(
      APPROVE_T,
      { input: { revisionId, expectedVersion: submitted.version } },
      AS.perhelinjaCoordinator,
    );
    expect(silent.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'hideOutdatedTranslations',
      reason: 'OUTDATED_TRANSLATIONS',
      outdatedTranslations: ['summary.sv', 'summary.en'],
    });
    expect(await snapshot()).toEqual(before);

    // Publish with them hidden: the public gets Finnish for the summary in sv/en, other texts as they are.
    const approved = await ok<Shape>(
      api,
      APPROVE_T,
      { input: { revisionId, expectedVersion: submitted.version, hideOutdatedTranslations: true } },
      AS.perhelinjaCoordinator,
    );
    expect(approved.status).toBe('PUBLISHED');
    const shown = await publicView();
    expect(shown.published.summary).toEqual({ fi: 'Lapsille 0–7 v.', sv: null, en: null });
    expect(shown.published.description).toEqual(description.description);
    expect(shown.name).toEqual(name);
    expect(await staffHidden()).toEqual([
      { field: 'summary', locale: 'sv' },
      { field: 'summary', locale: 'en' },
    ]);
    // Public search does not index the hidden Swedish summary; the Swedish name still is.
    expect(await searchSv()).not.toContain('zebrakrokodil');
    expect(await searchSv()).toContain('familjerådgivning');

    // The editor updates the Swedish text only: Swedish is current, English stays out of date (hidden).
    const translated = await edit(
      approved.version,
      summary('Lapsille 0–7 v.', 'För barn 0–7 år.', 'For children aged 0–6.'),
    );
    expect(translated.workingRevision?.outdatedTranslations).toEqual([
      { field: 'summary', locale: 'en' },
    ]);
    const again = await ok<Shape>(
      api,
      SUBMIT_T,
      { input: { id: serviceId, expectedVersion: translated.version } },
      AS.turkuEditor,
    );
    const refused = await api.graphql(
      APPROVE_T,
      { input: { revisionId: again.workingRevision?.id, expectedVersion: again.version } },
      AS.perhelinjaCoordinator,
    );
    expect(refused.errors?.[0]?.extensions?.outdatedTranslations).toEqual(['summary.en']);
    await ok(
      api,
      APPROVE_T,
      {
        input: {
          revisionId: again.workingRevision?.id,
          expectedVersion: again.version,
          hideOutdatedTranslations: true,
        },
      },
      AS.perhelinjaCoordinator,
    );
    expect((await publicView()).published.summary).toEqual({
      fi: 'Lapsille 0–7 v.',
      sv: 'För barn 0–7 år.',
      en: null,
    });

    // The English update clears the last mark: an approval needs no choice and shows every language.
    const latest = await prisma.service.findUniqueOrThrow({ where: { id: serviceId } });
    const complete = await edit(
      latest.version,
      summary('Lapsille 0–7 v.', 'För barn 0–7 år.', 'For children aged 0–7.'),
    );
    expect(complete.workingRevision?.outdatedTranslations).toEqual([]);
    const last = await ok<Shape>(
      api,
      SUBMIT_T,
      { input: { id: serviceId, expectedVersion: complete.version } },
      AS.turkuEditor,
    );
    await ok(
      api,
      APPROVE_T,
      { input: { revisionId: last.workingRevision?.id, expectedVersion: last.version } },
      AS.perhelinjaCoordinator,
    );
    expect((await publicView()).published.summary).toEqual({
      fi: 'Lapsille 0–7 v.',
      sv: 'För barn 0–7 år.',
      en: 'For children aged 0–7.',
    });
    expect(await staffHidden()).toEqual([]);
  });

  /** The public search row's Swedish document, as text. */
  async function searchSv(): Promise<string> {
    const [row] = await prisma.$queryRaw<{ sv: string }[]>`
      SELECT search_sv::text AS sv FROM service_search_row WHERE service_id = ${serviceId}::uuid`;
    return row?.sv ?? '';
  }

  async function snapshot() {
    const service = await prisma.service.findUniqueOrThrow({ where: { id: serviceId } });
    const revisions = await prisma.serviceRevision.findMany({
      where: { serviceId },
      orderBy: { number: 'asc' },
      select: { id: true, state: true, hiddenTranslations: true, reviewedAt: true },
    });
    const audits = await prisma.auditEvent.count({ where: { serviceId } });
    return { service, revisions, audits };
  }

  async function publicView() {
    const result = await api.graphql<{
      service: {
        name: Record<string, string | null>;
        published: {
          summary: Record<string, string | null>;
          description: Record<string, string | null>;
        };
      };
    }>(PUBLIC, { id: serviceId });
    if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.service;
  }

  async function staffHidden(): Promise<Ref[]> {
    const result = await api.graphql<{
      service: { publishedRevision: { hiddenTranslations: Ref[] } };
    }>(PUBLIC, { id: serviceId }, AS.perhelinjaCoordinator);
    if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.service.publishedRevision.hiddenTranslations;
  }
});
