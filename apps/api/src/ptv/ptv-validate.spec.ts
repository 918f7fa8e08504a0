import { PTV_LIMITS } from './ptv-limits';
import { type PtvService, type PtvServiceLocationChannel } from './ptv-types';
import { validatePtvChannel, validatePtvService } from './ptv-validate';

const KR1 = {
  name: [],
  code: 'KR1',
  ontologyType: 'ptvkohderyhmat',
  uri: null,
  parentId: null,
  parentUri: null,
  newUri: 'http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1',
  newParentUri: null,
};

/** A service PTV would accept as it is (classes and terms filled in by hand). */
function validService(overrides: Partial<PtvService> = {}): PtvService {
  return {
    id: 's',
    sourceId: 's',
    generalDescriptionId: null,
    type: 'Service',
    fundingType: 'PubliclyFunded',
    serviceNames: [{ language: 'fi', value: 'Perhetyö', type: 'Name' }],
    serviceChargeType: 'FreeOfCharge',
    areaType: 'Nationwide',
    areas: [],
    serviceDescriptions: [
      { language: 'fi', value: 'Tukea perheille.', type: 'Summary' },
      { language: 'fi', value: 'Pitkä kuvaus.', type: 'Description' },
    ],
    serviceClasses: [{ ...KR1, code: 'P3.6', ontologyType: 'ptvserclass' }],
    ontologyTerms: [{ ...KR1, code: 'p12895', ontologyType: 'koko' }],
    targetGroups: [KR1],
    lifeEvents: [],
    industrialClasses: [],
    legislation: [],
    languages: ['fi'],
    keywords: [],
    requirements: [],
    serviceChannels: [],
    organizations: [
      {
        organization: { id: 'o', name: 'Org' },
        roleType: 'Responsible',
        provisionType: null,
        additionalInformation: [],
      },
      {
        organization: { id: 'o', name: 'Org' },
        roleType: 'Producer',
        provisionType: 'SelfProducedServices',
        additionalInformation: [],
      },
    ],
    serviceVouchersInUse: false,
    serviceVouchers: [],
    serviceCollections: [],
    publishingStatus: 'Published',
    modified: '2026-01-01T00:00:00.000Z',
    responsibleSoteOrganization: null,
    ...overrides,
  };
}

const codes = (issues: ReturnType<typeof validatePtvService>) =>
  issues.map((entry) => `${entry.code} ${entry.path}${entry.language ? ` ${entry.language}` : ''}`);

describe('validatePtvService', () => {
  it('finds nothing wrong in a service PTV accepts', () => {
    expect(validatePtvService(validService())).toEqual([]);
  });

  it('reports a text over its limit with the field, language, limit and actual length', () => {
    const summary = 'x'.repeat(PTV_LIMITS.summary + 1);
    const issues = validatePtvService(
      validService({
        serviceNames: [
          { language: 'fi', value: 'n'.repeat(101), type: 'Name' },
          { language: 'sv', value: 'Familjearbete', type: 'Name' },
        ],
        serviceDescriptions: [
          { language: 'fi', value: 'Tukea.', type: 'Summary' },
          { language: 'fi', value: 'Kuvaus.', type: 'Description' },
          { language: 'sv', value: summary, type: 'Summary' },
          { language: 'sv', value: 'd'.repeat(2501), type: 'Description' },
          { language: 'sv', value: 'c'.repeat(501), type: 'ChargeTypeAdditionalInfo' },
        ],
        keywords: [{ language: 'fi', value: 'k'.repeat(151) }],
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'TOO_LONG',
        path: 'service.serviceNames.Name',
        language: 'fi',
        source: 'content.name',
        limit: 100,
        actual: 101,
      }),
      expect.objectContaining({
        code: 'TOO_LONG',
        path: 'service.serviceDescriptions.Summary',
        language: 'sv',
        source: 'content.summary',
        limit: 150,
        actual: 151,
      }),
      expect.objectContaining({
        path: 'service.serviceDescriptions.Description',
        limit: 2500,
        actual: 2501,
      }),
      expect.objectContaining({
        path: 'service.serviceDescriptions.ChargeTypeAdditionalInfo',
        limit: 500,
        actual: 501,
      }),
      expect.objectContaining({ path: 'service.keywords', limit: 150, actual: 151 }),
    ]);
  });

  it('reports what PTV requires and Linja lacks, never filling it in', () => {
    const issues = validatePtvService(
      validService({
        fundingType: null,
        areaType: null,
        serviceClasses: [],
        ontologyTerms: [],
        targetGroups: [],
        serviceNames: [
          { language: 'fi', value: 'Perhetyö', type: 'Name' },
          { language: 'en', value: 'Family work', type: 'Name' },
        ],
        organizations: validService().organizations.slice(0, 1),
      }),
    );
    expect(codes(issues)).toEqual([
      'REQUIRED_MISSING service.fundingType',
      'REQUIRED_MISSING service.areaType',
      'REQUIRED_MISSING service.serviceDescriptions.Summary en',
      'REQUIRED_MISSING service.serviceDescriptions.Description en',
      'REQUIRED_MISSING service.serviceClasses',
      'REQUIRED_MISSING service.ontologyTerms',
      'REQUIRED_MISSING service.targetGroups',
      'REQUIRED_MISSING service.organizations',
    ]);
  });

  it('reports too many classes and a summary that repeats the name', () => {
    const classes = Array.from({ length: 5 }, () => ({ ...KR1, ontologyType: 'ptvserclass' }));
    const issues = validatePtvService(
      validService({
        serviceClasses: classes,
        serviceDescriptions: [
          { language: 'fi', value: 'perhetyö', type: 'Summary' },
          { language: 'fi', value: 'Kuvaus.', type: 'Description' },
        ],
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: 'SAME_AS_NAME', language: 'fi' }),
      expect.objectContaining({
        code: 'TOO_MANY',
        path: 'service.serviceClasses',
        limit: 4,
        actual: 5,
      }),
    ]);
  });
});

describe('validatePtvChannel', () => {
  it('reports a location without name, summary or description in its language', () => {
    const channel = {
      serviceChannelNames: [],
      serviceChannelDescriptions: [],
      languages: ['fi'],
      webPages: [],
    } as unknown as PtvServiceLocationChannel;
    expect(codes(validatePtvChannel(channel, 2))).toEqual([
      'REQUIRED_MISSING serviceChannels[2].serviceChannelNames.Name fi',
      'REQUIRED_MISSING serviceChannels[2].serviceChannelDescriptions.Summary fi',
      'REQUIRED_MISSING serviceChannels[2].serviceChannelDescriptions.Description fi',
    ]);
  });
});
