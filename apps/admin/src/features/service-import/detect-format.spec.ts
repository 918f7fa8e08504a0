import { detectImportFormat } from './detect-format';

const b64 = (text: string | Buffer) =>
  (typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');

describe('detecting the import format', () => {
  it('tells CSV, HSDS JSON, PTV JSON and a Data Package apart', () => {
    expect(detectImportFormat('palvelut.csv', b64('\uFEFFexternal_id;name_fi\n'))).toBe('CSV');
    expect(detectImportFormat('x.json', b64(' {"contents":[{"id":"a","name":"b"}]}'))).toBe(
      'HSDS_JSON',
    );
    expect(detectImportFormat('x.ndjson', b64('{"id":"a","name":"b"}\n{"id":"c"}\n'))).toBe(
      'HSDS_JSON',
    );
    expect(detectImportFormat('ptv.json', b64('{"pageNumber":1,"itemList":[]}'))).toBe('PTV_JSON');
    expect(detectImportFormat('dump', b64('[{"id":"a","serviceNames":[]}]'))).toBe('PTV_JSON');
    expect(
      detectImportFormat('export', b64(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))),
    ).toBe('HSDS_DATAPACKAGE');
  });
});
