import { DomainError } from '../../../common/errors/domain-error';
import { type MapContext } from '../import-record';
import { readPtvSource } from './ptv-source';

const GROUP = '22222222-2222-4222-8222-222222222222';
const context: MapContext = {
  terms: new Map([
    [
      'TARGET_GROUP:vauvaperheet',
      {
        id: GROUP,
        kind: 'TARGET_GROUP',
        slug: 'vauvaperheet',
        label: 'Lapset ja lapsiperheet',
        archived: false,
      },
    ],
  ]),
  carriedTermIds: new Set(),
};
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

const service = {
  id: '6f0c2b3e-1d7a-4b7e-9a55-000000000001',
  serviceNames: [
    { language: 'fi', value: 'Perheiden keskusteluapu', type: 'Name' },
    { language: 'sv', value: 'Samtalsstöd för familjer', type: 'Name' },
    { language: 'se', value: 'Bearašiid', type: 'Name' },
  ],
  serviceChargeType: 'FreeOfCharge',
  serviceDescriptions: [
    { language: 'fi', value: 'Maksuton tuki.', type: 'Summary' },
    { language: 'fi', value: 'Pitkä kuvaus.', type: 'Description' },
  ],
  languages: ['fi', 'sv', 'smn'],
  targetGroups: [
    { code: 'KR1.2', name: [{ language: 'fi', value: 'Lapset ja lapsiperheet' }] },
    { code: 'KR2' },
  ],
};

function refusal(value: unknown): DomainError {
  try {
    readPtvSource(b64(value));
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('not refused');
}

describe('reading a PTV file', () => {
  it('reads a single service, an array and a paged itemList alike', () => {
    for (const file of [service, [service], { pageNumber: 1, pageCount: 1, itemList: [service] }]) {
      const source = readPtvSource(b64(file));
      expect(
        source.records.map((record) => [record.position, record.externalId, record.name]),
      ).toEqual([[1, service.id, 'Perheiden keskusteluapu']]);
    }
    expect(readPtvSource(b64({ pageNumber: 2, itemList: null })).records).toEqual([]);
  });

  it('maps texts, charge, languages and target groups (by Finnish name), warning about the rest', () => {
    const mapped = readPtvSource(b64(service)).records[0]!.map(null, context);
    expect(mapped.issues).toEqual([]);
    expect(mapped.content).toMatchObject({
      name: { fi: 'Perheiden keskusteluapu', sv: 'Samtalsstöd för familjer' },
      summary: { fi: 'Maksuton tuki.' },
      description: { fi: 'Pitkä kuvaus.' },
      cost: 'FREE',
      serviceLanguages: ['fi', 'sv'],
      targetGroupIds: [GROUP],
    });
    expect(mapped.warnings.map((warning) => warning.code)).toEqual([
      'UNSUPPORTED_LANGUAGE',
      'UNMAPPED_TERM',
    ]);
  });

  it('refuses an HSDS file and other shapes with WRONG_SHAPE', () => {
    expect(refusal({ id: 'x', name: 'Kerho' }).details).toMatchObject({ reason: 'WRONG_SHAPE' });
    expect(refusal({ hello: 'world' }).details).toMatchObject({ reason: 'WRONG_SHAPE' });
    expect(refusal([{ id: 'x' }]).details).toMatchObject({ reason: 'WRONG_SHAPE' });
  });
});
