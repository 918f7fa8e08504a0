import { parseServiceContent, type TServiceContentInput } from '@linja/domain';

import { type AreaRecord, type DeliveryRecord, type ServiceRecord } from '../hsds/hsds-records';
import { toPtvService } from './ptv-service.mapper';
import { splitStreet, toPtvPhone } from './ptv-channel.mapper';
import { toPtvCoordinates } from './ptv-coordinates';

const SERVICE_ID = '00000000-0000-4000-8000-000000000001';
const ORG = { id: '00000000-0000-4000-8000-0000000000a1', name: 'Lahden Perhetuki ry' };
const PARTNER = { id: '00000000-0000-4000-8000-0000000000a2', name: 'Kumppani ry' };

const term = (slug: string, kind: 'THEME' | 'TARGET_GROUP', fi: string, sv?: string) => ({
  id: `term-${slug}`,
  networkId: 'n',
  kind,
  slug,
  label: { fi, ...(sv ? { sv } : {}) },
  position: 0,
  archivedAt: null,
});

const LAHTI = {
  code: '398',
  nameFi: 'Lahti',
  nameSv: 'Lahtis',
  nameEn: 'Lahti',
  wellbeingAreaCode: '07',
  regionCode: '07',
};

function delivery(overrides: Partial<DeliveryRecord> = {}): DeliveryRecord {
  return {
    id: 'delivery-1',
    serviceId: SERVICE_ID,
    organizationId: ORG.id,
    status: 'ACTIVE',
    isNationwide: false,
    isRemote: false,
    contact: { phone: '040 123 4567', name: 'Toimisto' },
    openingHours: {
      periods: [{ days: ['MONDAY', 'TUESDAY'], opens: '09:00', closes: '16:00' }],
      note: { fi: 'Ajanvarauksella' },
    },
    isOpen247: false,
    startsOn: null,
    endsOn: null,
    areas: [],
    locations: [],
    ...overrides,
  } as DeliveryRecord;
}

function record(input: TServiceContentInput, deliveries: DeliveryRecord[] = [delivery()]) {
  const parsed = parseServiceContent(input);
  if (!parsed.ok) throw new Error(parsed.issue.message);
  return {
    service: { id: SERVICE_ID },
    content: parsed.content,
    network: { id: 'n' },
    organization: { ...ORG, businessId: '1234567-8' },
    deliveries,
    producers: new Map(
      [...new Set(deliveries.map((row) => row.organizationId))].map((id) => [
        id,
        id === ORG.id ? ORG : PARTNER,
      ]),
    ),
    themes: [term('vanhemmuus', 'THEME', 'Vanhemmuus', 'Föräldraskap')],
    targetGroups: [
      term('lapset', 'TARGET_GROUP', 'Lapset'),
      term('vauvaperheet', 'TARGET_GROUP', 'Vauvaperheet'),
      term('ammattilaiset', 'TARGET_GROUP', 'Ammattilaiset'),
    ],
    lastModified: new Date('2026-05-02T08:15:00Z'),
  } as unknown as ServiceRecord;
}

const CONTENT: TServiceContentInput = {
  name: { fi: 'Perheiden keskusteluapu', sv: 'Samtalsstöd för familjer', en: 'Family talk' },
  summary: { fi: 'Maksuton tuki lapsiperheille.', sv: 'Stöd.', en: 'Free support.' },
  description: { fi: 'Kuvaus.', sv: 'Beskrivning.', en: 'Description.' },
  professionalInfo: { eligibility: { fi: 'Vain ammattilaisille tarkoitettu salainen teksti.' } },
  ageMin: 0,
  ageMax: 6,
  cost: 'FREE',
  serviceLanguages: ['fi', 'sv'],
  path: [{ title: { fi: 'Soita', en: 'Call' }, description: { fi: 'Soita meille.' } }],
};

describe('toPtvService', () => {
  it('maps names, descriptions, languages, charge type, target groups and keywords', () => {
    const { service } = toPtvService(record(CONTENT), new Map());
    expect(service).toMatchObject({
      id: SERVICE_ID,
      sourceId: SERVICE_ID,
      type: 'Service',
      fundingType: null,
      serviceChargeType: 'FreeOfCharge',
      languages: ['fi', 'sv'],
      publishingStatus: 'Published',
      modified: '2026-05-02T08:15:00.000Z',
      serviceClasses: [],
      ontologyTerms: [],
    });
    expect(service.serviceNames).toEqual([
      { language: 'fi', value: 'Perheiden keskusteluapu', type: 'Name' },
      { language: 'sv', value: 'Samtalsstöd för familjer', type: 'Name' },
      { language: 'en', value: 'Family talk', type: 'Name' },
    ]);
    // UserInstruction only in Finnish: the English path lacks no title, but Swedish does.
    expect(service.serviceDescriptions.map(({ language, type }) => `${type}:${language}`)).toEqual([
      'Summary:fi',
      'Summary:sv',
      'Summary:en',
      'Description:fi',
      'Description:sv',
      'Description:en',
      'UserInstruction:fi',
      'UserInstruction:en',
    ]);
    expect(service.serviceDescriptions).toContainEqual({
      language: 'fi',
      value: '1. Soita: Soita meille.',
      type: 'UserInstruction',
    });
    // lapset and vauvaperheet both map to KR1.2 (once); ammattilaiset has no PTV group.
    expect(service.targetGroups.map((group) => group.code)).toEqual(['KR1.2']);
    expect(service.targetGroups[0]).toMatchObject({
      uri: 'http://urn.fi/URN:NBN:fi:au:ptvl:v2003',
      newUri: 'http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1.2',
      newParentUri: 'http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1',
    });
    expect(service.keywords).toEqual([
      { value: 'Vanhemmuus', language: 'fi' },
      { value: 'Föräldraskap', language: 'sv' },
      { value: 'Ammattilaiset', language: 'fi' },
    ]);
    expect(service.requirements).toEqual([
      { value: 'Ikä: 0–6 vuotta. Palveluun voi hakeutua itse.', language: 'fi' },
      { value: 'Ålder: 0–6 år. Man kan själv söka sig till tjänsten.', language: 'sv' },
      { value: 'Age: 0–6 years. You can contact the service yourself.', language: 'en' },
    ]);
    expect(service.organizations).toEqual([
      {
        organization: ORG,
        roleType: 'Responsible',
        provisionType: null,
        additionalInformation: [],
      },
      {
        organization: ORG,
        roleType: 'Producer',
        provisionType: 'SelfProducedServices',
        additionalInformation: [],
      },
    ]);
  });

  it('never carries professional-only text', () => {
    const json = JSON.stringify(toPtvService(record(CONTENT), new Map()));
    expect(json).not.toContain('salainen');
    expect(json).not.toMatch(/professionalInfo|eligibility|howToRefer|whatHappensNext/);
  });

  it('marks a nationwide delivery Nationwide, and areas otherwise as municipalities and regions', () => {
    expect(
      toPtvService(record(CONTENT, [delivery({ isNationwide: true })]), new Map()).service,
    ).toMatchObject({ areaType: 'Nationwide', areas: [] });

    const areas: AreaRecord[] = [
      {
        id: 'a1',
        municipality: { ...LAHTI, wellbeingArea: {} },
        wellbeingArea: null,
        region: null,
      },
      {
        id: 'a2',
        municipality: null,
        wellbeingAreaCode: '08',
        wellbeingArea: { code: '08', nameFi: 'Keski-Suomi' },
        region: null,
      },
      {
        id: 'a3',
        municipality: null,
        wellbeingArea: null,
        region: {
          code: '02',
          nameFi: 'Varsinais-Suomi',
          nameSv: 'Egentliga Finland',
          nameEn: 'Southwest Finland',
        },
      },
    ] as unknown as AreaRecord[];
    const jyvaskyla = {
      ...LAHTI,
      code: '179',
      nameFi: 'Jyväskylä',
      nameSv: 'Jyväskylä',
      nameEn: 'Jyväskylä',
      wellbeingAreaCode: '08',
    };
    const mapped = toPtvService(
      record(CONTENT, [delivery({ areas })]),
      new Map([['08', [jyvaskyla]]]),
    );
    expect(mapped.service.areaType).toBe('LimitedType');
    expect(mapped.service.areas).toEqual([
      {
        type: 'Municipality',
        code: null,
        name: null,
        municipalities: [
          { code: '179', name: expect.arrayContaining([{ value: 'Jyväskylä', language: 'fi' }]) },
          { code: '398', name: expect.arrayContaining([{ value: 'Lahtis', language: 'sv' }]) },
        ],
      },
      {
        type: 'Region',
        code: '02',
        name: expect.arrayContaining([{ value: 'Egentliga Finland', language: 'sv' }]),
        municipalities: [],
      },
    ]);
    expect(mapped.notes).toContainEqual(
      expect.objectContaining({ code: 'APPROXIMATED', path: 'service.areas', severity: 'warning' }),
    );
  });

  it('turns a delivery’s locations into ServiceLocation channels linked from the service', () => {
    const location = {
      id: 'loc-1',
      name: 'Perhetuen toimipiste',
      streetAddress: 'Loviisankatu 14 A 3',
      postalCode: '15100',
      postOffice: 'Lahti',
      municipality: { ...LAHTI, region: {} },
      latitude: 60.9827,
      longitude: 25.6612,
      accessibility: { fi: 'Esteetön sisäänkäynti' },
    };
    const mapped = toPtvService(
      record(CONTENT, [
        delivery({ locations: [location] as unknown as DeliveryRecord['locations'] }),
      ]),
      new Map(),
    );
    expect(mapped.service.serviceChannels).toEqual([
      { serviceChannel: { id: 'loc-1', name: 'Perhetuen toimipiste' } },
    ]);
    const [channel] = mapped.serviceChannels;
    expect(channel).toMatchObject({
      id: 'loc-1',
      serviceChannelType: 'ServiceLocation',
      organizationId: ORG.id,
      languages: ['fi'],
      phoneNumbers: [
        {
          prefixNumber: '+358',
          number: '401234567',
          additionalInformation: 'Toimisto',
          language: 'fi',
        },
      ],
      serviceHours: [
        {
          serviceHourType: 'DaysOfTheWeek',
          isAlwaysOpen: false,
          additionalInformation: [{ value: 'Ajanvarauksella', language: 'fi' }],
          openingHour: [
            { dayFrom: 'Monday', dayTo: '', from: '09:00:00', to: '16:00:00' },
            { dayFrom: 'Tuesday', dayTo: '', from: '09:00:00', to: '16:00:00' },
          ],
        },
      ],
      services: [{ service: { id: SERVICE_ID, name: 'Perheiden keskusteluapu' } }],
    });
    expect(channel?.addresses[0]?.streetAddress).toMatchObject({
      street: [{ value: 'Loviisankatu', language: 'fi' }],
      streetNumber: '14 A 3',
      postalCode: '15100',
      municipality: { code: '398' },
      coordinateState: 'Ok',
    });
    expect(mapped.notes).toContainEqual(
      expect.objectContaining({ code: 'NOT_MAPPED', source: 'deliveries.locations.accessibility' }),
    );
  });

  it('names another organisation’s delivery as a producer of provision type Other', () => {
    const mapped = toPtvService(
      record(CONTENT, [delivery({ organizationId: PARTNER.id })]),
      new Map(),
    );
    expect(
      mapped.service.organizations.map((row) => [
        row.roleType,
        row.organization.id,
        row.provisionType,
      ]),
    ).toEqual([
      ['Responsible', ORG.id, null],
      ['Producer', PARTNER.id, 'Other'],
    ]);
  });
});

describe('PTV field helpers', () => {
  it('splits Finnish phone numbers into prefix and number', () => {
    expect(toPtvPhone('+358 40 000 0201', null)).toMatchObject({
      prefixNumber: '+358',
      number: '400000201',
      isFinnishServiceNumber: false,
    });
    expect(toPtvPhone('(03) 123-4567', null)).toMatchObject({
      prefixNumber: '+358',
      number: '31234567',
    });
    expect(toPtvPhone('116 123', null)).toMatchObject({
      prefixNumber: null,
      number: '116123',
      isFinnishServiceNumber: true,
    });
    expect(toPtvPhone('0800 05058', null)).toMatchObject({
      prefixNumber: null,
      isFinnishServiceNumber: true,
    });
    expect(toPtvPhone('+46 8 123 456', null)).toMatchObject({
      prefixNumber: null,
      number: '+468123456',
    });
  });

  it('splits a street address into street and number', () => {
    expect(splitStreet('Loviisankatu 14 A 3')).toEqual({
      street: 'Loviisankatu',
      number: '14 A 3',
    });
    expect(splitStreet('Kauppakatu 5')).toEqual({ street: 'Kauppakatu', number: '5' });
    expect(splitStreet('Torikatu')).toEqual({ street: 'Torikatu', number: null });
  });

  it('converts WGS84 to ETRS-TM35FIN strings (northing as latitude)', () => {
    // On TM35FIN's central meridian (27° E) the easting is its false easting, 500 000 m.
    expect(toPtvCoordinates(62, 27)?.longitude).toBe('500000');
    // Helsinki's centre lies near N 6 672 000, E 386 000.
    const helsinki = toPtvCoordinates(60.170278, 24.952222);
    expect(Math.abs(Number(helsinki?.latitude) - 6_672_000)).toBeLessThan(1_000);
    expect(Math.abs(Number(helsinki?.longitude) - 386_000)).toBeLessThan(1_000);
    expect(toPtvCoordinates(null, 25)).toBeNull();
  });
});
