import { contrastWithWhite, normalizeHexColor } from './brand-color.util';

describe('brand colours', () => {
  it('accepts #rrggbb only, in lower case', () => {
    expect(normalizeHexColor(' #1A5E8C ')).toBe('#1a5e8c');
    expect(normalizeHexColor('#fff')).toBeNull();
    expect(normalizeHexColor('1a5e8c')).toBeNull();
    expect(normalizeHexColor('#12345g')).toBeNull();
  });

  it('computes the WCAG contrast ratio against white', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 1);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes 4.5:1.
    expect(contrastWithWhite('#767676')).toBeGreaterThanOrEqual(4.5);
    expect(contrastWithWhite('#777777')).toBeLessThan(4.5);
  });
});
