import { logicalParent, pageKind } from '../components/BackLink';
import { withMunicipality } from './municipalityMemory';
import { recordMove, startTrail, TRAIL_STORAGE_KEY, type Trail } from './singleEntryHistory';

function current(): Trail {
  return JSON.parse(window.sessionStorage.getItem(TRAIL_STORAGE_KEY) ?? 'null') as Trail;
}

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('the back bar’s trail (the visit is one history entry)', () => {
  it('keeps pages, not states: home → results → service, a filter or new words replace the results', () => {
    startTrail('/perhelinja');
    recordMove('/perhelinja/search?q=ero', true);
    recordMove('/perhelinja/search?q=ero&theme=t1', true);
    recordMove('/perhelinja/search?q=turvakoti', true);
    recordMove('/perhelinja/services/s1', true);
    expect(current()).toEqual({
      here: '/perhelinja/services/s1',
      back: ['/perhelinja', '/perhelinja/search?q=turvakoti'],
    });
  });

  it('cuts the trail at a page already on it (the brand link home, Back): no loops', () => {
    startTrail('/perhelinja');
    recordMove('/perhelinja/search?q=ero', true);
    recordMove('/perhelinja/services/s1', true);
    recordMove('/perhelinja', true);
    expect(current()).toEqual({ here: '/perhelinja', back: [] });
  });

  it('a replacement (language switch, "load more") changes the page, not the trail', () => {
    startTrail('/perhelinja');
    recordMove('/perhelinja/search?q=ero', true);
    recordMove('/perhelinja/search?q=ero&lang=sv', false);
    expect(current()).toEqual({ here: '/perhelinja/search?q=ero&lang=sv', back: ['/perhelinja'] });
  });

  it('survives a reload of the same page, not a new visit that starts elsewhere', () => {
    startTrail('/perhelinja');
    recordMove('/perhelinja/search?q=ero', true);
    expect(startTrail('/perhelinja/search?q=ero').back).toEqual(['/perhelinja']);
    expect(startTrail('/perhelinja/safety').back).toEqual([]);
  });

  it('ignores a tampered stored trail (only paths on this site)', () => {
    window.sessionStorage.setItem(
      TRAIL_STORAGE_KEY,
      JSON.stringify({ here: '/perhelinja', back: ['https://evil.example/'] }),
    );
    expect(startTrail('/perhelinja').back).toEqual([]);
    window.sessionStorage.setItem(TRAIL_STORAGE_KEY, '{not json');
    expect(startTrail('/perhelinja').back).toEqual([]);
  });
});

describe('the back bar without a trail', () => {
  it('names where it leads and leads to the page above', () => {
    expect(pageKind('/perhelinja/search?q=ero')).toBe('results');
    expect(pageKind('/?q=ero')).toBe('results');
    expect(pageKind('/perhelinja?lang=sv')).toBe('home');
    expect(pageKind('/perhelinja/services/s1')).toBe('service');
    expect(logicalParent('/perhelinja/services/s1', 'municipality=398')).toBe(
      '/perhelinja/search?municipality=398',
    );
    expect(logicalParent('/perhelinja/safety', '')).toBe('/perhelinja');
    expect(logicalParent('/perhelinja', '')).toBeNull();
    expect(logicalParent('/embed/perhelinja', '')).toBeNull();
  });
});

describe('the chosen municipality in entry links', () => {
  it('is added to a results link that names no municipality, nowhere else', () => {
    expect(withMunicipality('/perhelinja/search?theme=t1', '398')).toBe(
      '/perhelinja/search?theme=t1&municipality=398',
    );
    expect(withMunicipality('/perhelinja/search', '398')).toBe(
      '/perhelinja/search?municipality=398',
    );
    expect(withMunicipality('/perhelinja/search?municipality=091', '398')).toBe(
      '/perhelinja/search?municipality=091',
    );
    expect(withMunicipality('/perhelinja/safety', '398')).toBe('/perhelinja/safety');
    expect(withMunicipality('/perhelinja/search?q=ero', null)).toBe('/perhelinja/search?q=ero');
  });
});
