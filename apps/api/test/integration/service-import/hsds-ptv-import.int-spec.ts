import { ORG_MLL_VS, ORG_TURKU_ETK, ORG_VSLJ, PERHELINJA_ID, PrismaClient } from '@linja/db';
import { type TServiceContent, withoutHiddenTranslations, ZServiceContent } from '@linja/domain';
import { ZipFile } from 'yazl';

import { DEV_ACTOR_HEADER } from '../../../src/auth/dev-actor';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const PREVIEW = /* GraphQL */ `
  mutation Preview($input: ServiceImportInput!) {
    previewServiceImport(input: $input) {
      committed
      previewToken
      format
      contentLanguage
      ignoredColumns
      created
      updated
      unchanged
      errors
      rows {
        line
        externalId
        name
        outcome
        serviceId
        issues {
          column
          code
          message
        }
        warnings {
          column
          code
          message
        }
      }
    }
  }
`;
const COMMIT = /* GraphQL */ `
  mutation Commit($input: CommitServiceImportInput!) {
    commitServiceImport(input: $input) {
      committed
      created
      updated
      unchanged
      errors
    }
  }
`;

interface Issue {
  column: string;
  code: string;
  message: string;
}
interface Report {
  committed: boolean;
  previewToken: string;
  format: string;
  contentLanguage: string | null;
  ignoredColumns: string[];
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  rows: {
    line: number;
    externalId: string;
    name: string;
    outcome: string;
    serviceId: string | null;
    issues: Issue[];
    warnings: Issue[];
  }[];
}

const COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const LANGUAGES = ['fi', 'sv', 'en'] as const;

function zipOf(entries: Record<string, Buffer>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(content, name);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
    });
    zip.outputStream.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    zip.outputStream.on('error', reject);
  });
}

/** What of a service's content the public HSDS export carries, as the public sees it. */
function exported(content: TServiceContent) {
  const sorted = (ids: readonly string[]) => [...ids].sort();
  return {
    name: content.name,
    summary: content.summary,
    description: content.description,
    contact: content.contact,
    serviceLanguages: content.serviceLanguages,
    themeIds: sorted(content.themeIds),
    targetGroupIds: sorted(content.targetGroupIds),
    cost: content.cost,
    costNote: content.costNote,
    ageMin: content.ageMin,
    ageMax: content.ageMax,
    accessMode: content.accessMode,
    channels: content.channels,
    path: content.path,
  };
}

describe(`importing HSDS and PTV files on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  });

  afterAll(async () => {
    await api.close();
  });

  async function snapshot() {
    const [services, revisions, audits] = await Promise.all([
      prisma.service.findMany({
        select: { id: true, version: true, externalId: true, status: true },
        orderBy: { id: 'asc' },
      }),
      prisma.serviceRevision.count(),
      prisma.auditEvent.count(),
    ]);
    return { services, revisions, audits };
  }

  const input = (
    organizationId: string,
    format: string,
    file: Buffer,
    extra: Record<string, unknown> = {},
  ) => ({
    organizationId,
    networkId: PERHELINJA_ID,
    format,
    contentBase64: file.toString('base64'),
    ...extra,
  });

  async function preview(
    organizationId: string,
    format: string,
    file: Buffer,
    extra: Record<string, unknown> = {},
  ): Promise<Report> {
    const result = await api.graphql<{ previewServiceImport: Report }>(
      PREVIEW,
      { input: input(organizationId, format, file, extra) },
      `org-admin:${organizationId}`,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.previewServiceImport;
  }

  /** Previews and commits; returns the preview's report. */
  async function importFile(
    organizationId: string,
    format: string,
    file: Buffer,
    extra: Record<string, unknown> = {},
  ): Promise<Report> {
    const report = await preview(organizationId, format, file, extra);
    const result = await api.graphql<{ commitServiceImport: Report }>(
      COMMIT,
      {
        input: { ...input(organizationId, format, file, extra), previewToken: report.previewToken },
      },
      `org-admin:${organizationId}`,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    expect(result.data!.commitServiceImport).toMatchObject({
      committed: true,
      created: report.created,
      updated: report.updated,
    });
    return report;
  }

  async function previewError(organizationId: string, format: string, file: Buffer) {
    const result = await api.graphql(
      PREVIEW,
      { input: input(organizationId, format, file) },
      `org-admin:${organizationId}`,
    );
    expect(result.data ?? null).toBeNull();
    return result.errors![0]!.extensions;
  }

  async function download(url: string): Promise<Buffer> {
    const response = await fetch(`${api.baseUrl}${url}`, {
      headers: { [DEV_ACTOR_HEADER]: COORDINATOR },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  /** The published catalogue's content as the public reads it, by service id. */
  async function publishedContents(ids: readonly string[]) {
    const services = await prisma.service.findMany({
      where: { id: { in: [...ids] } },
      include: { publishedRevision: true },
    });
    return new Map(
      services.map((service) => {
        const revision = service.publishedRevision!;
        const content = withoutHiddenTranslations(
          ZServiceContent.parse(revision.content),
          revision.hiddenTranslations,
        );
        return [service.id, content];
      }),
    );
  }

  async function importedContents(organizationId: string) {
    const services = await prisma.service.findMany({
      where: { responsibleOrganizationId: organizationId, externalId: { not: null } },
      include: { workingRevision: true },
    });
    for (const service of services) {
      // Drafts for the network's review, never published directly.
      expect(service).toMatchObject({ status: 'DRAFT', publishedRevisionId: null });
      expect(service.workingRevision?.state).toBe('DRAFT');
    }
    return new Map(
      services.map((service) => [
        service.externalId!,
        ZServiceContent.parse(service.workingRevision!.content),
      ]),
    );
  }

  it('round trip: the NDJSON export in fi, sv and en imports into another organisation field by field; again changes nothing', async () => {
    const files = new Map<string, Buffer>();
    for (const lang of LANGUAGES) {
      files.set(
        lang,
        await download(`/hsds/services?format=ndjson&network=perhelinja&lang=${lang}`),
      );
    }
    const ids = files
      .get('fi')!
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids.length).toBeGreaterThanOrEqual(2);

    const finnish = await importFile(ORG_TURKU_ETK, 'HSDS_JSON', files.get('fi')!);
    expect(finnish).toMatchObject({
      format: 'HSDS_JSON',
      contentLanguage: 'fi',
      created: ids.length,
      errors: 0,
    });
    expect(finnish.rows.map((row) => row.externalId)).toEqual(ids);
    expect(finnish.rows.flatMap((row) => row.warnings)).toEqual([]);
    for (const lang of ['sv', 'en'] as const) {
      const report = await importFile(ORG_TURKU_ETK, 'HSDS_JSON', files.get(lang)!, {
        contentLanguage: lang,
      });
      expect(report).toMatchObject({ contentLanguage: lang, created: 0, errors: 0 });
    }

    const source = await publishedContents(ids);
    const imported = await importedContents(ORG_TURKU_ETK);
    expect([...imported.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const copy = imported.get(id)!;
      expect({ id, ...exported(copy) }).toEqual({ id, ...exported(source.get(id)!) });
      // Never in the export, so never in the copy.
      expect(copy.professionalInfo).toEqual({
        howToRefer: {},
        eligibility: {},
        whatHappensNext: {},
      });
    }

    const before = await snapshot();
    for (const lang of LANGUAGES) {
      const again = await importFile(ORG_TURKU_ETK, 'HSDS_JSON', files.get(lang)!, {
        contentLanguage: lang,
      });
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: ids.length, errors: 0 });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('round trip: the Data Package imports the tabular fields; again changes nothing', async () => {
    const zip = await download('/hsds/datapackage.zip?network=perhelinja&lang=fi');
    const report = await importFile(ORG_VSLJ, 'HSDS_DATAPACKAGE', zip);
    expect(report).toMatchObject({ format: 'HSDS_DATAPACKAGE', contentLanguage: 'fi', errors: 0 });
    expect(report.ignoredColumns).toContain('locations.csv');
    const ids = report.rows.map((row) => row.externalId);
    expect(report.created).toBe(ids.length);

    const source = await publishedContents(ids);
    const imported = await importedContents(ORG_VSLJ);
    for (const id of ids) {
      const copy = imported.get(id)!;
      const original = source.get(id)!;
      expect({
        id,
        name: copy.name.fi,
        description: copy.description.fi,
        website: copy.contact.website,
        email: copy.contact.email,
        languages: copy.serviceLanguages,
        themes: [...copy.themeIds].sort(),
        groups: [...copy.targetGroupIds].sort(),
        cost: copy.cost,
        costNote: copy.costNote.fi,
        ages: [copy.ageMin, copy.ageMax],
        steps: copy.path.map((step) => step.title.fi),
      }).toEqual({
        id,
        name: original.name.fi,
        // The tabular form has no summary: a service without a description exports its summary.
        description: original.description.fi ?? original.summary.fi,
        website: original.contact.website,
        email: original.contact.email,
        languages: original.serviceLanguages,
        themes: [...original.themeIds].sort(),
        groups: [...original.targetGroupIds].sort(),
        cost: original.cost,
        costNote: original.costNote.fi,
        ages: [original.ageMin, original.ageMax],
        steps: original.path.map((step) => step.title.fi),
      });
    }

    const before = await snapshot();
    const again = await importFile(ORG_VSLJ, 'HSDS_DATAPACKAGE', zip);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: ids.length });
    expect(await snapshot()).toEqual(before);
  });

  it('imports a PTV dump (a paged itemList) as drafts keyed by PTV’s id; again changes nothing', async () => {
    const ptvService = (id: string, name: string) => ({
      id,
      sourceId: null,
      type: 'Service',
      serviceNames: [
        { language: 'fi', value: name, type: 'Name' },
        { language: 'sv', value: `${name} (sv)`, type: 'Name' },
      ],
      serviceChargeType: 'Chargeable',
      serviceDescriptions: [
        { language: 'fi', value: 'Tukea perheille.', type: 'Summary' },
        { language: 'fi', value: 'Pidempi kuvaus.', type: 'Description' },
        { language: 'fi', value: '10 € kerta.', type: 'ChargeTypeAdditionalInfo' },
      ],
      languages: ['fi', 'sv'],
      targetGroups: [{ code: 'KR1.2' }],
      publishingStatus: 'Published',
    });
    const dump = Buffer.from(
      JSON.stringify({
        pageNumber: 1,
        pageSize: 100,
        pageCount: 1,
        itemList: [
          ptvService('0b1d9f32-4a4e-4a53-9d38-000000000001', 'Perheiden keskusteluapu'),
          ptvService('0b1d9f32-4a4e-4a53-9d38-000000000002', 'Vertaisryhmä'),
        ],
      }),
    );
    const report = await importFile(ORG_MLL_VS, 'PTV_JSON', dump, { language: 'en' });
    expect(report).toMatchObject({ format: 'PTV_JSON', created: 2, errors: 0 });
    expect(report.rows[0]!.warnings).toEqual([
      {
        column: 'targetGroups',
        code: 'UNMAPPED_TERM',
        message: 'The network has no class “KR1.2”; it was left out.',
      },
    ]);
    const imported = await importedContents(ORG_MLL_VS);
    expect(imported.get('0b1d9f32-4a4e-4a53-9d38-000000000001')).toMatchObject({
      name: { fi: 'Perheiden keskusteluapu', sv: 'Perheiden keskusteluapu (sv)' },
      summary: { fi: 'Tukea perheille.' },
      description: { fi: 'Pidempi kuvaus.' },
      costNote: { fi: '10 € kerta.' },
      cost: 'FEE',
      serviceLanguages: ['fi', 'sv'],
    });
    const before = await snapshot();
    expect(await importFile(ORG_MLL_VS, 'PTV_JSON', dump)).toMatchObject({ unchanged: 2 });
    expect(await snapshot()).toEqual(before);
  });

  describe('refuses bad files with a typed error and changes nothing', () => {
    let before: Awaited<ReturnType<typeof snapshot>>;
    beforeAll(async () => {
      before = await snapshot();
    });
    afterAll(async () => {
      expect(await snapshot()).toEqual(before);
    });

    const ptv = Buffer.from(JSON.stringify({ itemList: [{ id: 'x', serviceNames: [] }] }));
    const hsds = Buffer.from(JSON.stringify({ id: 'x', name: 'Kerho' }));

    it.each([
      ['junk as HSDS JSON', 'HSDS_JSON', Buffer.from('<html>not json</html>'), 'NOT_JSON'],
      ['a PTV file as HSDS', 'HSDS_JSON', ptv, 'WRONG_SHAPE'],
      ['an HSDS file as PTV', 'PTV_JSON', hsds, 'WRONG_SHAPE'],
      ['a JSON number', 'PTV_JSON', Buffer.from('42'), 'WRONG_SHAPE'],
      ['binary as JSON', 'HSDS_JSON', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'BINARY'],
      ['a CSV as a Data Package', 'HSDS_DATAPACKAGE', Buffer.from('id,name\n1,a\n'), 'NOT_ZIP'],
    ])('%s', async (_label, format, file, reason) => {
      expect(await previewError(ORG_MLL_VS, format, file)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.file',
        reason,
      });
    });

    it('a zip bomb', async () => {
      const bomb = await zipOf({
        'datapackage.json': Buffer.from('{"resources":[]}'),
        'services.csv': Buffer.alloc(30 * 1024 * 1024, 0x41),
      });
      expect(bomb.length).toBeLessThan(512 * 1024);
      expect(await previewError(ORG_MLL_VS, 'HSDS_DATAPACKAGE', bomb)).toMatchObject({
        reason: 'ZIP_TOO_LARGE',
      });
    });

    it('a zip without datapackage.json', async () => {
      const zip = await zipOf({ 'services.csv': Buffer.from('id,name\n1,a\n') });
      expect(await previewError(ORG_MLL_VS, 'HSDS_DATAPACKAGE', zip)).toMatchObject({
        reason: 'MISSING_FILE',
      });
    });
  });
});
