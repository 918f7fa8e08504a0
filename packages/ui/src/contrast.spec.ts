import { contrastRatio, darken, isHexColor } from './contrast';

describe('contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#0e5a6b', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#ffcc00', '#ffffff')).toBeLessThan(3);
  });

  it('accepts #rrggbb only and darkens', () => {
    expect(isHexColor('#00687a')).toBe(true);
    expect(isHexColor('red')).toBe(false);
    expect(isHexColor('#fff')).toBe(false);
    expect(darken('#ffffff', 0.5)).toBe('#808080');
  });
});
