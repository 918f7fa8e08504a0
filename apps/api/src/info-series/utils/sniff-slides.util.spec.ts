import { cleanSlidesFileName, sniffSlides } from './sniff-slides.util';

function zipWithFirstEntry(name: string, data: string, rest = ''): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, Buffer.from(name), Buffer.from(data), Buffer.from(rest)]);
}

describe('sniffSlides', () => {
  it('knows a PDF by its header, whatever the name says', () => {
    expect(sniffSlides(Buffer.from('%PDF-1.7\n…'))).toBe('pdf');
  });

  it('knows an ODP by its mimetype entry and a PPTX by its parts', () => {
    expect(
      sniffSlides(zipWithFirstEntry('mimetype', 'application/vnd.oasis.opendocument.presentation')),
    ).toBe('odp');
    expect(
      sniffSlides(zipWithFirstEntry('[Content_Types].xml', '<Types/>', 'PK..ppt/presentation.xml')),
    ).toBe('pptx');
  });

  it('refuses other zips (a text document, a Word file) and anything else', () => {
    expect(
      sniffSlides(zipWithFirstEntry('mimetype', 'application/vnd.oasis.opendocument.text')),
    ).toBeUndefined();
    expect(
      sniffSlides(zipWithFirstEntry('[Content_Types].xml', '<Types/>', 'word/document.xml')),
    ).toBeUndefined();
    expect(sniffSlides(Buffer.from('<html><script>alert(1)</script>'))).toBeUndefined();
    expect(sniffSlides(Buffer.from('PK'))).toBeUndefined();
  });
});

describe('cleanSlidesFileName', () => {
  it('drops directories and control characters and sets the real extension', () => {
    expect(cleanSlidesFileName('..\\..\\evil"\u0007name.exe', 'pdf')).toBe('evilname.pdf');
    expect(cleanSlidesFileName('Esitys kevät 2026.pptx', 'pptx')).toBe('Esitys kevät 2026.pptx');
    expect(cleanSlidesFileName('', 'odp')).toBe('slides.odp');
  });
});
