import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cssVar, cssVarName, toCssVariables, tokens } from './tokens';

function readThemeCss(): Map<string, string> {
  const css = readFileSync(join(__dirname, 'theme.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const vars = new Map<string, string>();
  for (const match of css.matchAll(/(--linja-[a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    vars.set(match[1]!, normalise(match[2]!));
  }
  return vars;
}

/** Prettier may re-quote and re-wrap values; compare them without that noise. */
function normalise(value: string): string {
  return value.replace(/"/g, "'").replace(/\s+/g, ' ').trim();
}

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 0xff, n & 0xff].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('tokens', () => {
  it('names CSS variables in kebab case under --linja-', () => {
    expect(cssVarName('color', 'primaryHover')).toBe('--linja-color-primary-hover');
    expect(cssVar('space', 'md')).toBe('var(--linja-space-md)');
  });

  it('flattens overrides to CSS variables', () => {
    expect(toCssVariables({ color: { primary: '#123456' } })).toEqual({
      '--linja-color-primary': '#123456',
    });
  });

  it('theme.css declares exactly the TS tokens, with the same values', () => {
    const fromCss = readThemeCss();
    const fromTs = new Map(
      Object.entries(toCssVariables()).map(([name, value]) => [name, normalise(value)]),
    );
    expect(Object.fromEntries(fromCss)).toEqual(Object.fromEntries(fromTs));
  });

  it.each([
    ['text', 'background'],
    ['text', 'surface'],
    ['text', 'surfaceAccent'],
    ['textMuted', 'background'],
    ['textMuted', 'surface'],
    ['textMuted', 'surfaceAccent'],
    ['primary', 'background'],
    ['primary', 'surface'],
    ['primary', 'surfaceAccent'],
    ['primaryHover', 'background'],
    ['onPrimary', 'primary'],
    ['onPrimary', 'primaryHover'],
    ['danger', 'background'],
    ['danger', 'surface'],
    ['success', 'background'],
    ['success', 'surface'],
    ['onExit', 'exit'],
    ['onExit', 'exitHover'],
  ] as const)('%s on %s meets WCAG AA for text (4.5:1)', (fg, bg) => {
    expect(contrast(tokens.color[fg], tokens.color[bg])).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['border', 'background'],
    ['border', 'surface'],
    ['focus', 'background'],
    ['focus', 'surface'],
    ['focus', 'surfaceAccent'],
  ] as const)('%s on %s meets the non-text contrast for controls (3:1)', (fg, bg) => {
    expect(contrast(tokens.color[fg], tokens.color[bg])).toBeGreaterThanOrEqual(3);
  });
});
