import { type MapContext } from '../import-record';
import { mapHsdsService, mergeText, parseSteps } from './hsds-service-mapping';

const THEME = '11111111-1111-4111-8111-111111111111';
const GROUP = '22222222-2222-4222-8222-222222222222';
const context: MapContext = {
  terms: new Map([
    [
      'THEME:vertaistuki',
      { id: THEME, kind: 'THEME', slug: 'vertaistuki', label: 'Vertaistuki', archived: false },
    ],
    [
      'TARGET_GROUP:lapset',
      { id: GROUP, kind: 'TARGET_GROUP', slug: 'lapset', label: 'Lapset', archived: false },
    ],
  ]),
  carriedTermIds: new Set(),
};

const service = {
  id: 'a',
  name: 'Kerho',
  description: 'Pitkä kuvaus',
  url: 'https://example.fi',
  email: 'info@example.fi',
  phones: [{ number: '+358 40 1', description: 'Arkisin' }],
  languages: [{ code: 'fi' }, { code: 'sv' }, { code: 'smn' }],
  cost_options: [{ option: 'Maksuton', amount: 0 }],
  minimum_age: 3,
  application_process: '1. Soita: Kerro kuka olet\n2. Tule paikalle',
  attributes: [
    { taxonomy_term: { code: 'vertaistuki' } },
    { taxonomy_term: { code: 'LAPSET' } },
    { taxonomy_term: { code: 'open-eligibility-1' } },
  ],
};

describe('mapping an HSDS service', () => {
  it('maps the fields and warns about what the network lacks', () => {
    const mapped = mapHsdsService(service, 'fi', null, context);
    expect(mapped.issues).toEqual([]);
    expect(mapped.content).toMatchObject({
      name: { fi: 'Kerho' },
      description: { fi: 'Pitkä kuvaus' },
      contact: {
        phone: '+358 40 1',
        email: 'info@example.fi',
        website: 'https://example.fi',
        note: { fi: 'Arkisin' },
      },
      serviceLanguages: ['fi', 'sv'],
      cost: 'FREE',
      ageMin: 3,
      themeIds: [THEME],
      targetGroupIds: [GROUP],
      path: [
        { title: { fi: 'Soita' }, description: { fi: 'Kerro kuka olet' } },
        { title: { fi: 'Tule paikalle' }, description: {} },
      ],
    });
    expect(mapped.warnings.map((warning) => [warning.code, warning.params.value])).toEqual([
      ['UNSUPPORTED_LANGUAGE', 'smn'],
      ['UNMAPPED_TERM', 'open-eligibility-1'],
    ]);
  });

  it('merges a translation over the Finnish, skipping the export’s Finnish fallbacks', () => {
    const finnish = mapHsdsService(service, 'fi', null, context).content!;
    const swedish = mapHsdsService(
      { ...service, name: 'Klubb', description: 'Pitkä kuvaus' },
      'sv',
      finnish,
      context,
    );
    expect(swedish.content).toMatchObject({
      name: { fi: 'Kerho', sv: 'Klubb' },
      description: { fi: 'Pitkä kuvaus' },
    });
    expect(swedish.content!.description.sv).toBeUndefined();
    expect(mergeText({ fi: 'a', sv: 'b' }, 'sv', undefined)).toEqual({ fi: 'a' });
  });

  it('a new service needs its Finnish name', () => {
    const mapped = mapHsdsService(service, 'sv', null, context);
    expect(mapped.issues).toEqual([{ column: 'name', code: 'REQUIRED', params: {} }]);
  });

  it('reads free-text application processes as one step', () => {
    expect(parseSteps('Call us.', 'en')).toEqual([
      { title: 'How to apply', description: 'Call us.' },
    ]);
    expect(parseSteps('1. A: x\ny\n2. B', 'fi')).toEqual([
      { title: 'A', description: 'x\ny' },
      { title: 'B' },
    ]);
  });
});
