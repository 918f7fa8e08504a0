import { MunicipalityScopes } from '../../region/region-scope';
import { type FilterDb, lookUpFilters, NetworkIds, searchFilters } from './search-filters';

/** A client whose networks are `slugs` (id = 'id-' + slug), counting its reads. */
function fakeDb(slugs: Record<string, string>) {
  const reads: string[] = [];
  const db = {
    network: {
      findUnique: ({ where }: { where: { slug: string } }) => {
        reads.push(where.slug);
        const id = slugs[where.slug];
        return Promise.resolve(id ? { id } : null);
      },
    },
    municipality: {
      findUnique: ({ where }: { where: { code: string } }) =>
        Promise.resolve(
          where.code === '398' ? { code: '398', wellbeingAreaCode: '07', regionCode: '07' } : null,
        ),
    },
  } as unknown as FilterDb;
  return { db, reads };
}

const sqlOf = (filter: Parameters<typeof searchFilters>[0], lookups = {}) =>
  searchFilters(filter, lookups)
    .scope.map((part) => part.text)
    .join(' AND ');

describe('NetworkIds', () => {
  it('reads a slug once per generation, and again at the next one', async () => {
    const { db, reads } = fakeDb({ perhelinja: 'n1' });
    const ids = new NetworkIds();
    expect(await ids.resolve(db, 'perhelinja', 'g1')).toBe('n1');
    expect(await ids.resolve(db, 'perhelinja', 'g1')).toBe('n1');
    expect(reads).toEqual(['perhelinja']);
    expect(await ids.resolve(db, 'perhelinja', 'g2')).toBe('n1');
    expect(reads).toEqual(['perhelinja', 'perhelinja']);
  });

  it('keeps an unknown slug as none, and keeps nothing without a generation', async () => {
    const { db, reads } = fakeDb({});
    const ids = new NetworkIds();
    expect(await ids.resolve(db, 'nobody', 'g1')).toBeNull();
    expect(await ids.resolve(db, 'nobody', 'g1')).toBeNull();
    expect(reads).toEqual(['nobody']);
    await ids.resolve(db, 'nobody', '');
    await ids.resolve(db, 'nobody', '');
    expect(reads).toEqual(['nobody', 'nobody', 'nobody']);
  });
});

describe('lookUpFilters and searchFilters', () => {
  it('scopes a search to the network its slug names, and to none for an unknown slug', async () => {
    const { db } = fakeDb({ perhelinja: '6f3e1a52-0000-4000-8000-000000000001' });
    const kept = { municipalities: new MunicipalityScopes(), networks: new NetworkIds() };
    const known = await lookUpFilters(
      db,
      { networkSlug: 'perhelinja' },
      { ...kept, generation: 'g' },
    );
    expect(known).toEqual({ networkId: '6f3e1a52-0000-4000-8000-000000000001' });
    expect(sqlOf({ networkSlug: 'perhelinja' }, known)).toContain('s.network_id = $1::uuid');

    const unknown = await lookUpFilters(
      db,
      { networkSlug: 'nobody' },
      { ...kept, generation: 'g' },
    );
    expect(unknown).toEqual({ networkId: null });
    expect(sqlOf({ networkSlug: 'nobody' }, unknown)).toContain('FALSE');

    expect(await lookUpFilters(db, {})).toEqual({});
    expect(sqlOf({})).not.toContain('network_id');
  });

  it('looks up the municipality and refuses an unknown code before any statement', async () => {
    const { db } = fakeDb({});
    const { place } = await lookUpFilters(db, { municipalityCode: '398' });
    expect(place).toEqual({ municipalityCode: '398', wellbeingAreaCode: '07', regionCode: '07' });
    await expect(lookUpFilters(db, { municipalityCode: '999' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'municipalityCode' },
    });
  });
});
