import {
  ORG_MLL_VS,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  PrismaClient,
  type ServiceImportRun as RunRow,
} from '@linja/db';

import { type Actor } from '../../../src/auth/actor';
import { readImportFile } from '../../../src/service-import/formats/read-import-file';
import {
  SERVICE_IMPORT_BATCH_SIZE,
  SERVICE_IMPORT_JOB_THRESHOLD,
} from '../../../src/service-import/run/import-run.constants';
import { ImportRunService } from '../../../src/service-import/run/import-run.service';
import { eventually } from '../../helpers/outbox';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { FAST_QUEUE_ENV } from '../jobs/queue-kit';

const PREVIEW = /* GraphQL */ `
  mutation Preview($input: ServiceImportInput!) {
    previewServiceImport(input: $input) {
      previewToken
      created
      unchanged
      errors
    }
  }
`;
const COMMIT = /* GraphQL */ `
  mutation Commit($input: CommitServiceImportInput!) {
    commitServiceImport(input: $input) {
      committed
      created
      errors
      run {
        id
        status
        total
        done
      }
    }
  }
`;
const RUN = /* GraphQL */ `
  query Run($id: ID!, $language: SearchLocale) {
    serviceImportRun(id: $id, language: $language) {
      id
      status
      total
      done
      created
      updated
      unchanged
      errors
      errorRows {
        line
        externalId
        issues {
          column
          code
          message
        }
      }
      failureReason
      finishedAt
    }
  }
`;

interface RunView {
  id: string;
  status: string;
  total: number;
  done: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  errorRows: {
    line: number;
    externalId: string;
    issues: { column: string; code: string; message: string }[];
  }[];
  failureReason: string | null;
  finishedAt: string | null;
}

const MLL_ADMIN = `org-admin:${ORG_MLL_VS}`;
const TURKU_ADMIN = `org-admin:${ORG_TURKU_ETK}`;
const COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const ROWS = 230;
/** Lines (header is 1) whose rows have no Finnish name: error rows. */
const BAD_LINES = [7, 150];

/** A generated CSV of ROWS services (external ids `iso-<n>`), two of them without a name. */
function largeCsv(): string {
  const lines = ['external_id,name_fi,summary_fi,email'];
  for (let n = 1; n <= ROWS; n += 1) {
    const line = n + 1;
    const name = BAD_LINES.includes(line) ? '' : `Iso tuonti ${n}`;
    lines.push(`iso-${n},${name},Palvelu numero ${n},palvelu${n}@example.org`);
  }
  return lines.join('\n') + '\n';
}

describe(`a large service import runs as a job on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  const file = largeCsv();
  const input = {
    organizationId: ORG_MLL_VS,
    networkId: PERHELINJA_ID,
    contentBase64: Buffer.from(file).toString('base64'),
  };

  beforeAll(async () => {
    api = await startTestApp(FAST_QUEUE_ENV);
    prisma = api.app.get(PrismaClient);
  });

  afterAll(async () => {
    await api.close();
  });

  async function snapshot() {
    const [services, revisions, audits] = await Promise.all([
      prisma.service.findMany({
        where: { responsibleOrganizationId: ORG_MLL_VS },
        select: { id: true, version: true, externalId: true, status: true },
        orderBy: { id: 'asc' },
      }),
      prisma.serviceRevision.count(),
      prisma.auditEvent.count(),
    ]);
    return { services, revisions, audits };
  }

  async function commitLarge(): Promise<{ committed: boolean; run: RunView }> {
    const preview = await api.graphql<{ previewServiceImport: { previewToken: string } }>(
      PREVIEW,
      { input },
      MLL_ADMIN,
    );
    const { previewToken } = preview.data!.previewServiceImport;
    const result = await api.graphql<{ commitServiceImport: { committed: boolean; run: RunView } }>(
      COMMIT,
      { input: { ...input, previewToken } },
      MLL_ADMIN,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.commitServiceImport;
  }

  async function readRun(id: string, as = MLL_ADMIN, language = 'en') {
    return api.graphql<{ serviceImportRun: RunView }>(RUN, { id, language }, as);
  }

  /** Polls the run through the API until it has ended (DONE or FAILED). */
  async function finished(id: string): Promise<RunView> {
    return eventually(async () => {
      const run = (await readRun(id)).data?.serviceImportRun;
      return run && (run.status === 'DONE' || run.status === 'FAILED') ? run : undefined;
    }, `import run ${id} ended`);
  }

  let runId = '';

  it('commits a file over the threshold as a job: progress, drafts, counts, the file erased', async () => {
    expect(ROWS).toBeGreaterThan(SERVICE_IMPORT_JOB_THRESHOLD);
    const before = await prisma.service.count({ where: { responsibleOrganizationId: ORG_MLL_VS } });
    const answer = await commitLarge();
    expect(answer.committed).toBe(false);
    expect(answer.run).toMatchObject({ total: ROWS });
    expect(['QUEUED', 'RUNNING', 'DONE']).toContain(answer.run.status);
    runId = answer.run.id;

    const run = await finished(runId);
    expect(run).toMatchObject({
      status: 'DONE',
      total: ROWS,
      done: ROWS,
      created: ROWS - BAD_LINES.length,
      updated: 0,
      unchanged: 0,
      errors: BAD_LINES.length,
      failureReason: null,
    });
    expect(run.finishedAt).not.toBeNull();
    expect(run.errorRows.map((row) => [row.line, row.externalId])).toEqual([
      [7, 'iso-6'],
      [150, 'iso-149'],
    ]);
    expect(run.errorRows[0]!.issues[0]).toMatchObject({ column: 'name_fi' });
    expect(run.errorRows[0]!.issues[0]!.message).toMatch(/[a-z]/);

    const drafts = await prisma.service.findMany({
      where: { responsibleOrganizationId: ORG_MLL_VS, externalId: { startsWith: 'iso-' } },
      select: { status: true, publishedRevisionId: true, externalId: true },
    });
    expect(drafts).toHaveLength(ROWS - BAD_LINES.length);
    expect(drafts.every((draft) => draft.status === 'DRAFT' && !draft.publishedRevisionId)).toBe(
      true,
    );
    expect(await prisma.service.count({ where: { responsibleOrganizationId: ORG_MLL_VS } })).toBe(
      before + ROWS - BAD_LINES.length,
    );
    const stored = await prisma.serviceImportRun.findUniqueOrThrow({ where: { id: runId } });
    expect(stored.file).toBeNull();
  });

  it('a batch run again (a retried attempt) changes nothing', async () => {
    const before = await snapshot();
    const runs = api.app.get(ImportRunService);
    const source = await readImportFile('CSV', input.contentBase64, null);
    const actor: Actor = { kind: 'user', id: 'test-retry', label: 'retry', grants: [] };
    const scope = { organizationId: ORG_MLL_VS, networkId: PERHELINJA_ID };
    for (const start of [0, SERVICE_IMPORT_BATCH_SIZE * 2]) {
      const counts = await prisma.$transaction((tx) =>
        runs.applyBatch(tx, actor, scope, source, start),
      );
      expect(counts.created + counts.updated).toBe(0);
      expect(counts.unchanged + counts.errors).toBe(SERVICE_IMPORT_BATCH_SIZE);
    }
    // A batch whose progress another attempt already recorded rolls back as a whole.
    const run = await prisma.serviceImportRun.findUniqueOrThrow({ where: { id: runId } });
    await expect(runs.commitBatch(runId, actor, scope, source, 0)).rejects.toThrow(
      /committed by another attempt/,
    );
    expect(await snapshot()).toEqual(before);
    expect(
      await prisma.serviceImportRun.findUniqueOrThrow({ where: { id: runId } }),
    ).toEqual<RunRow>(run);
  });

  it('importing the same large file again creates nothing', async () => {
    const before = await snapshot();
    const answer = await commitLarge();
    const run = await finished(answer.run.id);
    expect(run).toMatchObject({
      status: 'DONE',
      created: 0,
      updated: 0,
      unchanged: ROWS - BAD_LINES.length,
      errors: BAD_LINES.length,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("shows the run to the network's coordinators, refuses another organisation's admin", async () => {
    const coordinator = await readRun(runId, COORDINATOR);
    expect(coordinator.data?.serviceImportRun.status).toBe('DONE');

    const other = await readRun(runId, TURKU_ADMIN);
    expect(other.data ?? null).toBeNull();
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const anonymous = await api.graphql(RUN, { id: runId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const unknown = await readRun('00000000-0000-4000-8000-000000000000');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
