import { SearchAnswerRows } from './search-answer-rows';

interface Row {
  id: string;
  read: number;
}

/** A reader that answers the ids it is given (none for ids starting with 'gone'), counting reads. */
function reader() {
  const asked: string[][] = [];
  const read = (ids: readonly string[]) => {
    asked.push([...ids]);
    return Promise.resolve(
      ids.map((id) => (id.startsWith('gone') ? null : { id, read: asked.length })),
    );
  };
  return { asked, read };
}

describe('SearchAnswerRows', () => {
  it('reads the rows not kept at the generation once, in one call, and answers in the ids’ order', async () => {
    const rows = new SearchAnswerRows({ ttlSeconds: 60, maxEntries: 10 });
    const { asked, read } = reader();

    const first = await rows.read<Row>('service', 'g1', ['a', 'b'], read);
    const second = await rows.read<Row>('service', 'g1', ['c', 'b', 'a'], read);

    expect(first).toEqual([
      { id: 'a', read: 1 },
      { id: 'b', read: 1 },
    ]);
    expect(second).toEqual([
      { id: 'c', read: 2 },
      { id: 'b', read: 1 },
      { id: 'a', read: 1 },
    ]);
    expect(asked).toEqual([['a', 'b'], ['c']]);
    // Kept: nothing is read again.
    await rows.read<Row>('service', 'g1', ['a', 'b', 'c'], read);
    expect(asked).toHaveLength(2);
  });

  it('reads again at another generation, and keeps kinds apart', async () => {
    const rows = new SearchAnswerRows({ ttlSeconds: 60, maxEntries: 10 });
    const { asked, read } = reader();
    await rows.read<Row>('service', 'g1', ['a'], read);

    expect(await rows.read<Row>('service', 'g2', ['a'], read)).toEqual([{ id: 'a', read: 2 }]);
    expect(await rows.read<Row>('term', 'g1', ['a'], read)).toEqual([{ id: 'a', read: 3 }]);
    expect(asked).toEqual([['a'], ['a'], ['a']]);
  });

  it('answers null for a row there is none of, and keeps no absence', async () => {
    const rows = new SearchAnswerRows({ ttlSeconds: 60, maxEntries: 10 });
    const { asked, read } = reader();

    expect(await rows.read<Row>('organization', 'g1', ['gone1', 'a'], read)).toEqual([
      null,
      { id: 'a', read: 1 },
    ]);
    await rows.read<Row>('organization', 'g1', ['gone1', 'a'], read);
    expect(asked).toEqual([['gone1', 'a'], ['gone1']]);
  });

  it('fails as the read fails (a loader’s Error), keeping nothing', async () => {
    const rows = new SearchAnswerRows({ ttlSeconds: 60, maxEntries: 10 });
    const failing = (ids: readonly string[]) =>
      Promise.resolve(ids.map((id) => (id === 'b' ? new Error('down') : { id, read: 1 })));

    await expect(rows.read<Row>('revision', 'g1', ['a', 'b'], failing)).rejects.toThrow('down');
    const { asked, read } = reader();
    await rows.read<Row>('revision', 'g1', ['a'], read);
    expect(asked).toEqual([['a']]);
  });

  it('keeps nothing when turned off (TTL 0): every read goes through', async () => {
    const rows = new SearchAnswerRows({ ttlSeconds: 0, maxEntries: 10 });
    const { asked, read } = reader();
    await rows.read<Row>('service', 'g1', ['a'], read);
    await rows.read<Row>('service', 'g1', ['a'], read);

    expect(rows.enabled).toBe(false);
    expect(asked).toEqual([['a'], ['a']]);
  });
});
