/**
 * WCAG 2.x contrast for brand colours that come from the database (a network's brand): the apps apply
 * a brand colour only when it keeps text readable, and fall back to the default tokens otherwise.
 */
const HEX = /^#([0-9a-f]{6})$/i;

/** `#rrggbb` only (what the API stores); anything else is not a usable colour. */
export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && HEX.test(value);
}

/** Relative luminance (WCAG 2.x definition) of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 0xff, n & 0xff].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two `#rrggbb` colours, 1…21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour mixed towards black by `amount` (0…1), e.g. a hover shade. */
export function darken(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const channels = [n >> 16, (n >> 8) & 0xff, n & 0xff].map((c) =>
    Math.max(0, Math.round(c * (1 - amount))),
  );
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
