import {
  FEDERATION_ID,
  ORG_KESKI_SUOMI,
  ORG_LAHTI,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  PrismaClient,
} from '@linja/db';
import { type TServiceContent, withoutHiddenTranslations } from '@linja/domain';

import { DEV_ACTOR_HEADER } from '../../../src/auth/dev-actor';
import { type PtvExport } from '../../../src/ptv/ptv-export.service';
import { PTV_LIMITS } from '../../../src/ptv/ptv-limits';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const ENSIKOTI = '5a1e0b6e-0c1f-4c3e-9d0a-400000000001';
const JANNIKA = '5a1e0b6e-0c1f-4c3e-9d0a-400000000004'; // published, with a pending edit
/** Its Finnish summary is 182 characters, over PTV's 150; sv 161, en 159. */
const LONG_SUMMARY = '5a1e0b6e-0c1f-4c3e-9d0a-400000000003';
/** Its Finnish summary is exactly 150 characters (fits); sv and en do not. */
const AT_LIMIT = '5a1e0b6e-0c1f-4c3e-9d0a-400000000008';
const DRAFT = '5a1e0b6e-0c1f-4c3e-9d0a-400000000012'; // Keski-Suomi's draft
const LANGUAGES = ['fi', 'sv', 'en'] as const;

describe(`PTV export on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let publicIds: string[] = [];
  let hiddenIds: string[] = [];
  /** Every professional-only text of every revision of every demo service. */
  let professionalTexts: string[] = [];

  const get = (id: string, as?: string) =>
    fetch(`${api.baseUrl}/ptv/services/${id}`, {
      headers: as ? { [DEV_ACTOR_HEADER]: as } : {},
    });
  const exportOf = async (id: string, as = 'platform-admin') => {
    const response = await get(id, as);
    expect({ id, status: response.status }).toEqual({ id, status: 200 });
    return (await response.json()) as PtvExport;
  };
  const publishedContent = async (id: string) => {
    const row = await prisma.service.findUniqueOrThrow({
      where: { id },
      include: { publishedRevision: true },
    });
    const revision = row.publishedRevision!;
    return withoutHiddenTranslations(
      revision.content as unknown as TServiceContent,
      revision.hiddenTranslations,
    );
  };

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    const now = new Date();
    const services = await prisma.service.findMany({ orderBy: { id: 'asc' } });
    const isPublic = (row: (typeof services)[number]) =>
      row.status === 'PUBLISHED' && row.visibleUntil !== null && row.visibleUntil > now;
    publicIds = services.filter(isPublic).map((row) => row.id);
    hiddenIds = services.filter((row) => !isPublic(row)).map((row) => row.id);
    const revisions = await prisma.serviceRevision.findMany({ select: { content: true } });
    professionalTexts = revisions.flatMap(({ content }) => {
      const info = (content as { professionalInfo?: Record<string, Record<string, string>> })
        .professionalInfo;
      return Object.values(info ?? {}).flatMap((text) =>
        Object.values(text).filter((value) => value.length >= 20),
      );
    });
  });

  afterAll(async () => {
    await api.close();
  });

  it('exports every published demo service as PTV JSON with a report, as a download', async () => {
    expect(publicIds.length).toBeGreaterThan(5);
    expect(professionalTexts.length).toBeGreaterThan(10);
    for (const id of publicIds) {
      const response = await get(id, 'platform-admin');
      expect({ id, status: response.status }).toEqual({ id, status: 200 });
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="ptv-service-${id}.json"`,
      );
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      const body = await response.text();
      const leaked = professionalTexts.filter((text) => body.includes(text));
      expect({ id, leaked }).toEqual({ id, leaked: [] });
      expect(body).not.toMatch(/"(professionalInfo|howToRefer|eligibility|whatHappensNext)"/);

      const { format, ptv, report, counts } = JSON.parse(body) as PtvExport;
      expect(format).toBe('PTV Open API v11');
      const { service } = ptv;
      expect(service).toMatchObject({
        id,
        sourceId: id,
        type: 'Service',
        publishingStatus: 'Published',
        serviceChargeType: expect.stringMatching(/^(FreeOfCharge|Chargeable)$/),
      });
      expect(service.serviceNames.length).toBeGreaterThan(0);
      for (const item of [...service.serviceNames, ...service.serviceDescriptions]) {
        expect(LANGUAGES).toContain(item.language);
        expect(item.value.trim()).toBe(item.value);
        expect(item.value).not.toBe('');
      }
      expect(
        service.areaType === null || ['Nationwide', 'LimitedType'].includes(service.areaType),
      ).toBe(true);
      for (const area of service.areas) {
        expect(['Municipality', 'Region']).toContain(area.type);
        for (const municipality of area.municipalities)
          expect(municipality.code).toMatch(/^\d{3}$/);
      }
      // Every link names a channel in the export; every channel is a ServiceLocation of the service.
      expect(service.serviceChannels.map((link) => link.serviceChannel.id)).toEqual(
        ptv.serviceChannels.map((channel) => channel.id),
      );
      for (const channel of ptv.serviceChannels) {
        expect(channel).toMatchObject({
          serviceChannelType: 'ServiceLocation',
          services: [{ service: { id } }],
          addresses: [{ type: 'Location', country: 'FI' }],
        });
        const { latitude, longitude } = channel.addresses[0]!.streetAddress;
        if (latitude !== null) {
          expect(Number(latitude)).toBeGreaterThan(6_600_000); // northing in Finland
          expect(Number(longitude)).toBeGreaterThan(0);
        }
      }
      // Always reported: what PTV requires and Linja never has.
      for (const path of [
        'service.fundingType',
        'service.serviceClasses',
        'service.ontologyTerms',
      ]) {
        expect(report).toContainEqual(
          expect.objectContaining({ severity: 'error', code: 'REQUIRED_MISSING', path }),
        );
      }
      expect(counts.errors + counts.warnings).toBe(report.length);
      expect(counts.errors).toBe(report.filter((entry) => entry.severity === 'error').length);
    }
  });

  it('reports exactly the texts over PTV’s limits, with the language, the limit and the length', async () => {
    for (const id of publicIds) {
      const content = await publishedContent(id);
      const expected: string[] = [];
      const check = (path: string, text: Partial<Record<string, string>>, limit: number) => {
        for (const language of LANGUAGES) {
          const value = text[language]?.trim();
          if (value && value.length > limit) {
            expected.push(`${path} ${language} ${limit} ${value.length}`);
          }
        }
      };
      check('service.serviceNames.Name', content.name, PTV_LIMITS.name);
      check('service.serviceDescriptions.Summary', content.summary, PTV_LIMITS.summary);
      check('service.serviceDescriptions.Description', content.description, PTV_LIMITS.description);
      check(
        'service.serviceDescriptions.ChargeTypeAdditionalInfo',
        content.costNote,
        PTV_LIMITS.otherDescription,
      );
      const { report } = await exportOf(id);
      const tooLong = report
        .filter((entry) => entry.code === 'TOO_LONG' && entry.path.startsWith('service.'))
        .filter((entry) => !/UserInstruction|keywords|requirements/.test(entry.path))
        .map((entry) => `${entry.path} ${entry.language} ${entry.limit} ${entry.actual}`);
      expect({ id, tooLong: tooLong.sort() }).toEqual({ id, tooLong: expected.sort() });
    }
  });

  it('flags the known long summary in every language, and not a summary of exactly 150', async () => {
    const long = await exportOf(LONG_SUMMARY, `coordinator:${FEDERATION_ID}`);
    const summaries = long.report.filter(
      (entry) => entry.path === 'service.serviceDescriptions.Summary',
    );
    expect(summaries).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'TOO_LONG',
        language: 'fi',
        limit: 150,
        actual: 182,
        source: 'content.summary',
      }),
      expect.objectContaining({ code: 'TOO_LONG', language: 'sv', limit: 150, actual: 161 }),
      expect.objectContaining({ code: 'TOO_LONG', language: 'en', limit: 150, actual: 159 }),
    ]);
    // The text is exported whole, never cut to fit.
    const fi = long.ptv.service.serviceDescriptions.find(
      (item) => item.type === 'Summary' && item.language === 'fi',
    );
    expect(fi?.value).toHaveLength(182);

    const atLimit = await exportOf(AT_LIMIT);
    const languages = atLimit.report
      .filter((entry) => entry.path === 'service.serviceDescriptions.Summary')
      .map((entry) => entry.language);
    expect(languages).toEqual(['sv', 'en']);
  });

  it('exports the published revision, not a pending edit, and no hidden translation', async () => {
    const { ptv } = await exportOf(JANNIKA, `org-admin:${ORG_LAHTI}`);
    const content = await publishedContent(JANNIKA);
    for (const language of LANGUAGES) {
      const summary = ptv.service.serviceDescriptions.find(
        (item) => item.type === 'Summary' && item.language === language,
      );
      expect(summary?.value).toBe(content.summary[language]);
    }
  });

  it('lets the network’s coordinators and the organisation’s admins and editors export, no one else', async () => {
    for (const as of [
      `coordinator:${FEDERATION_ID}`,
      `org-admin:${ORG_LAHTI}`,
      `editor:${ORG_LAHTI}`,
    ]) {
      expect({ as, status: (await get(ENSIKOTI, as)).status }).toEqual({ as, status: 200 });
    }
    for (const as of [
      `org-admin:${ORG_TURKU_ETK}`, // another organisation's admin
      `editor:${ORG_KESKI_SUOMI}`, // another organisation's editor
      `coordinator:${PERHELINJA_ID}`, // another network's coordinator
      `professional:${FEDERATION_ID}`,
    ]) {
      const response = await get(ENSIKOTI, as);
      expect({ as, status: response.status }).toEqual({ as, status: 403 });
      expect(await response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    const anonymous = await get(ENSIKOTI);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a service that is not public with a typed error, and hides it from outsiders', async () => {
    expect(hiddenIds).toContain(DRAFT);
    const draft = await get(DRAFT, `org-admin:${ORG_KESKI_SUOMI}`);
    expect(draft.status).toBe(409);
    expect(await draft.json()).toEqual({
      error: {
        code: 'CONFLICT',
        reason: 'NOT_PUBLIC',
        status: 'DRAFT',
        message: expect.stringContaining('published'),
      },
    });
    for (const id of hiddenIds) {
      const response = await get(id, 'platform-admin');
      expect({ id, status: response.status }).toEqual({ id, status: 409 });
    }
    // Someone who cannot see the draft gets the same answer as for an unknown id.
    const outsider = await get(DRAFT, `org-admin:${ORG_TURKU_ETK}`);
    expect(outsider.status).toBe(404);
    expect((await get('5a1e0b6e-0c1f-4c3e-9d0a-4000000000ff', 'platform-admin')).status).toBe(404);
    expect((await get('not-a-uuid', 'platform-admin')).status).toBe(404);
  });
});
