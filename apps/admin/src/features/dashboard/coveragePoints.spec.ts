import { coveragePoints } from './coveragePoints';

interface Area {
  code: string;
  name: { fi: string; sv: null; en: null };
}

const name = (fi: string): Area['name'] => ({ fi, sv: null, en: null });
const centres = { '09': [60.98, 25.66], '13': [62.89, 27.68], '90': [60.17, 24.94] } as const;
const label = {
  covered: (area: Area, services: number, planned: number) =>
    `${area.name.fi}: ${services} + ${planned}`,
  gap: (area: Area, planned: number) => `${area.name.fi}: gap, ${planned}`,
};

describe('coveragePoints', () => {
  it('marks reached areas by their count and every other area with a centre as a gap', () => {
    const { points, covered, gaps } = coveragePoints<Area>(
      [
        {
          wellbeingArea: { code: '09', name: name('Päijät-Häme') },
          serviceCount: 4,
          plannedDeliveryCount: 1,
        },
        {
          wellbeingArea: { code: '13', name: name('Pohjois-Savo') },
          serviceCount: 0,
          plannedDeliveryCount: 2,
        },
      ],
      [
        { code: '09', name: name('Päijät-Häme') },
        { code: '13', name: name('Pohjois-Savo') },
        { code: '90', name: name('Helsinki') },
        { code: '99', name: name('Tuntematon') },
      ],
      centres,
      label,
    );
    expect(covered).toBe(1);
    expect(gaps).toBe(2);
    expect(points).toEqual([
      {
        id: 'area-09',
        label: 'Päijät-Häme: 4 + 1',
        latitude: 60.98,
        longitude: 25.66,
        area: { count: 5 },
      },
      { id: 'gap-13', label: 'Pohjois-Savo: gap, 2', latitude: 62.89, longitude: 27.68, gap: true },
      { id: 'gap-90', label: 'Helsinki: gap, 0', latitude: 60.17, longitude: 24.94, gap: true },
    ]);
  });

  it('still shows the reached areas when the list of all areas has not arrived', () => {
    const { points, gaps } = coveragePoints<Area>(
      [
        {
          wellbeingArea: { code: '09', name: name('Päijät-Häme') },
          serviceCount: 1,
          plannedDeliveryCount: 0,
        },
      ],
      [],
      centres,
      label,
    );
    expect(gaps).toBe(0);
    expect(points.map((p) => p.id)).toEqual(['area-09']);
  });
});
