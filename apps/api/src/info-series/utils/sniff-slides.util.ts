/** What slides may be: PDF, PowerPoint (PPTX) or OpenDocument presentation (ODP). */
export const SLIDES_TYPES = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odp: 'application/vnd.oasis.opendocument.presentation',
} as const;
export type SlidesExtension = keyof typeof SLIDES_TYPES;

/** Largest file kept: 10 MB. */
export const MAX_SLIDES_BYTES = 10 * 1024 * 1024;

const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ODP_MIMETYPE = Buffer.from(
  'mimetypeapplication/vnd.oasis.opendocument.presentation',
  'latin1',
);

/**
 * The file's type from its own bytes, never from what the client says: PDF by its `%PDF-` header;
 * ODP by the uncompressed `mimetype` entry ODF requires as the zip's first entry; PPTX by a zip
 * holding `[Content_Types].xml` and `ppt/presentation.xml` (a Word or Excel file has no `ppt/`).
 * Anything else: undefined.
 */
export function sniffSlides(bytes: Buffer): SlidesExtension | undefined {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.length < 30 || !bytes.subarray(0, 4).equals(ZIP_LOCAL_HEADER)) return undefined;
  // Local file header: name length at 26, extra length at 28, name at 30, then the stored data.
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  if (nameLength === 8) {
    const name = bytes.subarray(30, 38);
    const data = bytes.subarray(30 + nameLength + extraLength, 30 + nameLength + extraLength + 47);
    if (Buffer.concat([name, data]).equals(ODP_MIMETYPE)) return 'odp';
  }
  if (
    bytes.includes('[Content_Types].xml', 0, 'latin1') &&
    bytes.includes('ppt/presentation.xml', 0, 'latin1')
  ) {
    return 'pptx';
  }
  return undefined;
}

/**
 * A safe name to keep and send back: no directories, no control or quoting characters, at most 150
 * characters, and the extension of the sniffed type.
 */
export function cleanSlidesFileName(name: string, extension: SlidesExtension): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .normalize('NFC')
    .trim()
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .slice(0, 150);
  return `${base || 'slides'}.${extension}`;
}
