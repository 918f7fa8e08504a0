import { FEDERATION_ID, ORG_MLL_VS, ORG_TURKU_ETK, PERHELINJA_ID, PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { termId } from '../service-offering/fixtures';

const PREVIEW = /* GraphQL */ `
  mutation Preview($input: ServiceImportInput!) {
    previewServiceImport(input: $input) {
      committed
      previewToken
      fileHash
      delimiter
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
      }
    }
  }
`;
const COMMIT = /* GraphQL */ `
  mutation Commit($input: CommitServiceImportInput!) {
    commitServiceImport(input: $input) {
      committed
      previewToken
      created
      updated
      unchanged
      errors
      rows {
        line
        externalId
        outcome
        serviceId
        issues {
          column
          code
        }
      }
    }
  }
`;

interface Report {
  committed: boolean;
  previewToken: string;
  fileHash: string;
  delimiter: string;
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
    issues: { column: string; code: string; message: string }[];
  }[];
}

interface GraphQLError {
  message: string;
  extensions?: Record<string, unknown>;
}

const MLL_ADMIN = `org-admin:${ORG_MLL_VS}`;
const HEADER =
  'external_id;name_fi;name_sv;summary_fi;email;website;themes;target_groups;languages;notes';

/** An Excel-style semicolon file (BOM, CRLF): three good rows and three bad ones. */
function semicolonFile(changes: Record<string, string> = {}): string {
  const rows = [
    HEADER,
    `mll-1;${changes['mll-1'] ?? 'Perhekahvila'};Familjekafé;Avoin kohtaamispaikka.;info@mll.example;https://mll.example/kahvila;vanhemmuus;vauvaperheet;fi;sisäinen`,
    'mll-2;"Tukihenkilö; lapselle";;"Aikuinen ystävä ""omaksi""";;;vertaistuki;lapset;fi,sv;',
    'mll-3;Vanhempainryhmä;;;;;;;;',
    'mll-4;;;;;;;;;',
    'mll-5;Väärä teema;;;ei-osoite;;ei-ole-olemassa;;xx1;',
    'mll-1;Tuplarivi;;;;;;;;',
  ];
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

const base64 = (text: string | Buffer) =>
  (typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');

describe(`service CSV import on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  });

  afterAll(async () => {
    await api.close();
  });

  /** Everything an import could change: services, revisions and audit events, with versions. */
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

  const input = (file: string | Buffer, extra: Record<string, unknown> = {}) => ({
    organizationId: ORG_MLL_VS,
    networkId: PERHELINJA_ID,
    contentBase64: base64(file),
    ...extra,
  });

  async function preview(file: string | Buffer, as = MLL_ADMIN, extra = {}): Promise<Report> {
    const result = await api.graphql<{ previewServiceImport: Report }>(
      PREVIEW,
      { input: input(file, extra) },
      as,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.previewServiceImport;
  }

  async function commit(file: string | Buffer, previewToken: string, as = MLL_ADMIN) {
    return api.graphql<{ commitServiceImport: Report }>(
      COMMIT,
      { input: { ...input(file), previewToken } },
      as,
    );
  }

  async function previewError(file: string | Buffer, as = MLL_ADMIN): Promise<GraphQLError> {
    const result = await api.graphql(PREVIEW, { input: input(file) }, as);
    expect(result.data ?? null).toBeNull();
    return result.errors![0]!;
  }

  it('serves a template with every column and an example row that previews cleanly', async () => {
    const result = await api.graphql<{ serviceImportTemplate: string }>(
      '{ serviceImportTemplate }',
    );
    const template = result.data!.serviceImportTemplate;
    expect(template.startsWith('\uFEFFexternal_id,name_fi,name_sv,name_en,summary_fi')).toBe(true);
    expect(template.split('\r\n').filter(Boolean)).toHaveLength(2);
    const before = await snapshot();
    const report = await preview(template);
    expect(report.rows).toEqual([
      expect.objectContaining({
        line: 2,
        externalId: 'perhekahvila-1',
        outcome: 'CREATED',
        issues: [],
      }),
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('dry-runs a semicolon file: a report per row in the person’s language, nothing written', async () => {
    const before = await snapshot();
    const report = await preview(semicolonFile(), MLL_ADMIN, { language: 'en' });
    expect(report).toMatchObject({
      committed: false,
      delimiter: ';',
      ignoredColumns: ['notes'],
      created: 3,
      updated: 0,
      unchanged: 0,
      errors: 3,
    });
    expect(report.rows.map((row) => [row.line, row.externalId, row.outcome])).toEqual([
      [2, 'mll-1', 'CREATED'],
      [3, 'mll-2', 'CREATED'],
      [4, 'mll-3', 'CREATED'],
      [5, 'mll-4', 'ERROR'],
      [6, 'mll-5', 'ERROR'],
      [7, 'mll-1', 'ERROR'],
    ]);
    expect(report.rows[1]!.name).toBe('Tukihenkilö; lapselle');
    expect(report.rows[3]!.issues).toEqual([
      { column: 'name_fi', code: 'REQUIRED', message: 'A required value is missing.' },
    ]);
    expect(report.rows[4]!.issues.map((issue) => [issue.column, issue.code])).toEqual([
      ['themes', 'UNKNOWN_TERM'],
      ['languages', 'INVALID_LANGUAGE'],
      ['email', 'INVALID_EMAIL'],
    ]);
    expect(report.rows[4]!.issues[0]!.message).toBe('The network has no code “ei-ole-olemassa”.');
    expect(report.rows[5]!.issues).toEqual([
      expect.objectContaining({ column: 'external_id', code: 'DUPLICATE_EXTERNAL_ID' }),
    ]);

    const finnish = await preview(semicolonFile(), MLL_ADMIN, { language: 'fi' });
    expect(finnish.rows[3]!.issues[0]!.message).toBe('Pakollinen tieto puuttuu.');
    const swedish = await preview(semicolonFile(), MLL_ADMIN, { language: 'sv' });
    expect(swedish.rows[3]!.issues[0]!.message).toBe('Obligatorisk uppgift saknas.');
    expect(finnish.previewToken).toBe(report.previewToken);
    expect(await snapshot()).toEqual(before);
  });

  it('reads the same rows from a comma file', async () => {
    const comma = semicolonFile()
      .replace('"Tukihenkilö; lapselle"', 'Tukihenkilö lapselle')
      .replace('fi,sv', 'fi;sv')
      .replaceAll(';', ',')
      .replace('fi,sv', '"fi;sv"');
    const report = await preview(comma);
    expect(report.delimiter).toBe(',');
    expect(report.rows.map((row) => row.outcome)).toEqual([
      'CREATED',
      'CREATED',
      'CREATED',
      'ERROR',
      'ERROR',
      'ERROR',
    ]);
  });

  it('refuses everyone but the organisation’s admins and its network’s coordinators; nothing changes', async () => {
    const file = semicolonFile();
    const { previewToken } = await preview(file);
    const before = await snapshot();
    for (const as of [
      `org-admin:${ORG_TURKU_ETK}`,
      `coordinator:${FEDERATION_ID}`,
      `editor:${ORG_MLL_VS}`,
      `professional:${PERHELINJA_ID}`,
    ]) {
      const refused = await commit(file, previewToken, as);
      expect([as, refused.errors?.[0]?.extensions?.code]).toEqual([as, 'FORBIDDEN']);
      const error = await previewError(file, as);
      expect([as, error.extensions?.code]).toEqual([as, 'FORBIDDEN']);
    }
    const anonymous = await api.graphql(COMMIT, { input: { ...input(file), previewToken } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toEqual(before);

    const coordinator = await preview(file, `coordinator:${PERHELINJA_ID}`);
    expect(coordinator.previewToken).toBe(previewToken);
  });

  it('commits the previewed rows as drafts (never published), skipping the rows with errors', async () => {
    const file = semicolonFile();
    const { previewToken } = await preview(file);
    const result = await commit(file, previewToken);
    expect(result.errors).toBeUndefined();
    const report = result.data!.commitServiceImport;
    expect(report).toMatchObject({ committed: true, created: 3, errors: 3 });

    const services = await prisma.service.findMany({
      where: { responsibleOrganizationId: ORG_MLL_VS, externalId: { not: null } },
      include: { workingRevision: true },
      orderBy: { externalId: 'asc' },
    });
    expect(services.map((service) => service.externalId)).toEqual(['mll-1', 'mll-2', 'mll-3']);
    expect(
      report.rows.filter((row) => row.outcome === 'CREATED').map((row) => row.serviceId),
    ).toEqual(services.map((service) => service.id));
    for (const service of services) {
      expect(service).toMatchObject({
        status: 'DRAFT',
        networkId: PERHELINJA_ID,
        publishedRevisionId: null,
      });
      expect(service.workingRevision?.state).toBe('DRAFT');
    }
    const first = services[0]!.workingRevision!.content as Record<string, unknown>;
    expect(first).toMatchObject({
      name: { fi: 'Perhekahvila', sv: 'Familjekafé' },
      summary: { fi: 'Avoin kohtaamispaikka.' },
      contact: { email: 'info@mll.example', website: 'https://mll.example/kahvila' },
      themeIds: [termId('perhelinja', 'themes', 0)],
      serviceLanguages: ['fi'],
      cost: 'FREE',
    });
    expect(services[1]!.workingRevision!.content).toMatchObject({
      name: { fi: 'Tukihenkilö; lapselle' },
      summary: { fi: 'Aikuinen ystävä "omaksi"' },
      serviceLanguages: ['fi', 'sv'],
    });
    // Like a hand-made draft: an audit record and a search row for each.
    const audits = await prisma.auditEvent.findMany({
      where: {
        action: 'service.created',
        serviceId: { in: services.map((service) => service.id) },
      },
    });
    expect(audits).toHaveLength(3);
    const [search] = await prisma.$queryRaw<{ names: string }[]>`
      SELECT search_names AS names FROM service_revision WHERE id = ${services[0]!.workingRevisionId}::uuid`;
    expect(search?.names.toLowerCase()).toContain('perhekahvila');

    // The portal does not see drafts.
    const publicView = await api.graphql<{ service: unknown }>(
      'query ($id: ID!) { service(id: $id) { id } }',
      { id: services[0]!.id },
    );
    expect(publicView.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('re-importing the same file changes nothing', async () => {
    const before = await snapshot();
    const report = await preview(semicolonFile());
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 3, errors: 3 });
    const result = await commit(semicolonFile(), report.previewToken);
    expect(result.data!.commitServiceImport).toMatchObject({ committed: true, unchanged: 3 });
    expect(await snapshot()).toEqual(before);
  });

  it('updates an edited row and keeps the others; a stale preview is CONFLICT and changes nothing', async () => {
    const edited = semicolonFile({ 'mll-1': 'Perhekahvila Aurinko' });
    const report = await preview(edited);
    expect(report.rows.map((row) => row.outcome).slice(0, 3)).toEqual([
      'UPDATED',
      'UNCHANGED',
      'UNCHANGED',
    ]);

    const before = await snapshot();
    const stale = await commit(edited, (await preview(semicolonFile())).previewToken);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.previewToken',
    });
    expect(await snapshot()).toEqual(before);

    const result = await commit(edited, report.previewToken);
    expect(result.data!.commitServiceImport).toMatchObject({ updated: 1, unchanged: 2 });
    const service = await prisma.service.findFirstOrThrow({
      where: { responsibleOrganizationId: ORG_MLL_VS, externalId: 'mll-1' },
      include: { workingRevision: true },
    });
    expect(service).toMatchObject({
      status: 'DRAFT',
      version: 2,
      sortName: 'Perhekahvila Aurinko',
    });
    expect(service.workingRevision?.content).toMatchObject({
      name: { fi: 'Perhekahvila Aurinko', sv: 'Familjekafé' },
    });
    expect(
      await prisma.auditEvent.count({
        where: { action: 'service.updated', serviceId: service.id },
      }),
    ).toBe(1);
    // Once more: now unchanged.
    expect((await preview(edited)).unchanged).toBe(3);
  });

  describe('refuses bad files with a typed error and changes nothing', () => {
    let before: Awaited<ReturnType<typeof snapshot>>;
    beforeAll(async () => {
      before = await snapshot();
    });
    afterAll(async () => {
      expect(await snapshot()).toEqual(before);
    });

    it.each([
      ['Latin-1', Buffer.from('external_id;name_fi\nx;Päiväkerho\n', 'latin1'), 'NOT_UTF8'],
      [
        'UTF-16 with a BOM',
        Buffer.from('\uFEFFexternal_id,name_fi\nx,Kerho\n', 'utf16le'),
        'UTF16',
      ],
      ['UTF-16 without a BOM', Buffer.from('external_id,name_fi\nx,Kerho\n', 'utf16le'), 'UTF16'],
      ['an .xlsx (zip)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), 'SPREADSHEET'],
      [
        'binary',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        'BINARY',
      ],
      ['an empty file', Buffer.alloc(0), 'EMPTY'],
      ['missing columns', 'id;nimi\n1;Kerho\n', 'MISSING_COLUMNS'],
      ['a repeated column', 'external_id;name_fi;name_fi\n1;a;b\n', 'DUPLICATE_COLUMNS'],
      ['an unclosed quote', 'external_id,name_fi\n1,"Kerho\n', 'MALFORMED_CSV'],
      ['over 1000 rows', `external_id;name_fi\n${'x;y\n'.repeat(1001)}`, 'TOO_MANY_ROWS'],
      ['over 512 KiB', `external_id;name_fi\n${'a'.repeat(600 * 1024)}\n`, 'FILE_TOO_LARGE'],
    ])('%s', async (_label, file, reason) => {
      const error = await previewError(file);
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.file',
        reason,
      });
    });

    it('names the missing columns', async () => {
      const error = await previewError('external_id;nimi\n1;Kerho\n');
      expect(error.extensions).toMatchObject({ reason: 'MISSING_COLUMNS', columns: ['name_fi'] });
    });

    it('refuses 50 MB of junk at the door (413) without reading it', async () => {
      const junk = 'A'.repeat(50 * 1024 * 1024);
      const response = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-linja-dev-actor': MLL_ADMIN },
        body: JSON.stringify({
          query: PREVIEW,
          variables: {
            input: { organizationId: ORG_MLL_VS, networkId: PERHELINJA_ID, contentBase64: junk },
          },
        }),
      });
      expect(response.status).toBe(413);
      const body = (await response.json()) as { errors: GraphQLError[] };
      expect(body.errors[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('refuses an organisation that is not an active member of the network', async () => {
      const result = await api.graphql(
        PREVIEW,
        { input: { ...input(semicolonFile()), networkId: FEDERATION_ID } },
        `coordinator:${FEDERATION_ID}`,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.networkId',
      });
    });
  });
});
