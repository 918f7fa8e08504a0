import { randomBytes } from 'node:crypto';

import { ZipFile } from 'yazl';

import { type DomainError } from '../../common/errors/domain-error';
import { MAX_ZIP_ENTRIES, readZipEntries } from './zip-entries';

function zipOf(entries: Record<string, Buffer>, compress = true): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(content, name, { compress });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
    });
    zip.outputStream.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    zip.outputStream.on('error', reject);
  });
}

async function reason(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return (error as DomainError).details.reason;
  }
  return 'read';
}

describe('reading zip entries', () => {
  it('reads the entries asked for', async () => {
    const zip = await zipOf({ 'a.csv': Buffer.from('x'), 'b.txt': Buffer.from('y') });
    const entries = await readZipEntries(zip, (name) => name.endsWith('.csv'));
    expect([...entries.keys()]).toEqual(['a.csv']);
    expect(entries.get('a.csv')?.toString()).toBe('x');
  });

  it('refuses a bomb (a huge ratio), too many entries and too many bytes', async () => {
    const bomb = await zipOf({ 'services.csv': Buffer.alloc(20 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(await reason(readZipEntries(bomb, () => true))).toBe('ZIP_TOO_LARGE');
    const many = await zipOf(
      Object.fromEntries(
        Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, index) => [
          `${index}.csv`,
          Buffer.from(''),
        ]),
      ),
    );
    expect(await reason(readZipEntries(many, () => true))).toBe('ZIP_TOO_LARGE');
    const random = randomBytes(6 * 1024 * 1024);
    const big = await zipOf({ 'a.csv': random, 'b.csv': random, 'c.csv': random }, false);
    expect(await reason(readZipEntries(big, () => true))).toBe('ZIP_TOO_LARGE');
  });

  it('refuses what is not a zip', async () => {
    expect(await reason(readZipEntries(Buffer.from('PK\u0003\u0004junk'), () => true))).toBe(
      'NOT_ZIP',
    );
  });
});
