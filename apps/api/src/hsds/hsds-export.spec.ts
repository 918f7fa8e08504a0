import { type HsdsCatalogueService } from './hsds-catalogue.service';
import { exportLines } from './hsds-export';
import { type ServiceRecord } from './hsds-records';

jest.mock('./hsds-service.mapper', () => ({
  toHsdsService: (record: { service: { id: string } }) => ({ id: record.service.id }),
}));

/** A catalogue of `size` services whose ids sort as numbers do; records carry only their id. */
function fakeCatalogue(size: number) {
  const ids = Array.from({ length: size }, (_, index) => `id-${String(index).padStart(6, '0')}`);
  const calls: { afterId: string | undefined; take: number }[] = [];
  const catalogue: Pick<HsdsCatalogueService, 'serviceIdsAfter' | 'loadRecords'> = {
    serviceIdsAfter: (_filter, afterId, take) => {
      calls.push({ afterId, take });
      const start = afterId === undefined ? 0 : ids.indexOf(afterId) + 1;
      return Promise.resolve(ids.slice(start, start + take));
    },
    loadRecords: (batch) =>
      Promise.resolve(batch.map((id) => ({ service: { id } }) as unknown as ServiceRecord)),
  };
  return { catalogue, calls };
}

describe('exportLines', () => {
  it('walks the catalogue by keyset, one batch at a time, every service once', async () => {
    const { catalogue, calls } = fakeCatalogue(12);
    const chunks: string[] = [];
    for await (const chunk of exportLines(catalogue, {}, 'fi', 5)) chunks.push(chunk);
    const ids = chunks
      .join('')
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect(chunks).toHaveLength(3);
    expect(calls).toEqual([
      { afterId: undefined, take: 5 },
      { afterId: 'id-000004', take: 5 },
      { afterId: 'id-000009', take: 5 },
    ]);
  });

  it('reads the next batch only when the previous one has been taken (memory holds one batch)', async () => {
    const { catalogue, calls } = fakeCatalogue(1000);
    const lines = exportLines(catalogue, {}, 'fi', 10);
    await lines.next();
    await lines.next();
    expect(calls).toHaveLength(2);
    await lines.return(undefined);
    expect(calls).toHaveLength(2);
  });

  it('asks once more after a full last batch, and stops on an empty answer', async () => {
    const { catalogue, calls } = fakeCatalogue(10);
    const chunks: string[] = [];
    for await (const chunk of exportLines(catalogue, {}, 'fi', 5)) chunks.push(chunk);
    expect(chunks).toHaveLength(2);
    expect(calls).toHaveLength(3);
  });
});
