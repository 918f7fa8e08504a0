import { DomainError } from '../../../common/errors/domain-error';
import { decodeText, detectDelimiter, readCsvFile } from './csv-file';
import { sameContent } from '../import-record';
import { mapRow, RowReader, splitList } from './csv-row-mapping';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('reading an import CSV', () => {
  it('detects the delimiter of the header, ignoring quoted separators', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('"a;b";c,d,e\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('name_fi\n')).toBe(',');
  });

  it('strips the BOM, lower-cases the header and numbers rows by the line they start on', () => {
    const table = readCsvFile(
      b64('\uFEFFExternal_ID;Name_FI\r\na;"two\r\nlines"\r\n;;\r\n\r\nb;B\r\n'),
    );
    expect(table.header).toEqual(['external_id', 'name_fi']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['a', 'two\r\nlines'] },
      { line: 6, cells: ['b', 'B'] },
    ]);
    expect(table.fileHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('counts only rows with content against the row limit (spreadsheets add empty ones)', () => {
    const full = `external_id;name_fi\n${'x;y\n'.repeat(1000)}${';\n'.repeat(50)}`;
    expect(readCsvFile(b64(full)).rows).toHaveLength(1000);
    expect(() => readCsvFile(b64(`${full}x;y\n`))).toThrow('more than 1000 rows');
  });

  it('refuses text with control characters as binary', () => {
    let refusal: unknown;
    try {
      decodeText(Buffer.from('a,b\n\u0001,2\n'));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).details).toMatchObject({ reason: 'BINARY' });
  });
});

describe('mapping a row', () => {
  const header = ['external_id', 'name_fi', 'phone', 'languages'];
  const row = (cells: string[]) => new RowReader(header, { line: 2, cells });

  it('keeps what the file does not say and clears what it leaves empty', () => {
    const base = mapRow(row(['x', 'Kerho', '+358 40 1', 'fi']), null, new Map(), new Set());
    expect(base.issues).toEqual([]);
    const withNote = {
      ...base.content!,
      summary: { fi: 'Ei sarakkeessa' },
      contact: { ...base.content!.contact, email: 'a@b.fi' },
    };
    const next = mapRow(row(['x', 'Kerho', '', 'sv, fi']), withNote, new Map(), new Set());
    expect(next.content).toMatchObject({
      summary: { fi: 'Ei sarakkeessa' },
      contact: { email: 'a@b.fi' },
      serviceLanguages: ['sv', 'fi'],
    });
    expect(next.content?.contact.phone).toBeUndefined();
  });

  it('treats the order of codes as no change', () => {
    const one = mapRow(row(['x', 'Kerho', '', 'fi;sv']), null, new Map(), new Set()).content!;
    const two = mapRow(row(['x', 'Kerho', '', 'sv;fi']), null, new Map(), new Set()).content!;
    expect(sameContent(one, two)).toBe(true);
    expect(splitList(' a ; b,,c ')).toEqual(['a', 'b', 'c']);
  });

  it('reports a row with missing cells and accepts empty extra ones', () => {
    expect(mapRow(row(['x', 'Kerho']), null, new Map(), new Set()).issues).toEqual([
      { column: '', code: 'WRONG_CELL_COUNT', params: { cells: 2, columns: 4 } },
    ]);
    expect(mapRow(row(['x', 'Kerho', '', '', '', '']), null, new Map(), new Set()).issues).toEqual(
      [],
    );
  });
});
