/**
 * Linja's default brand tokens.
 *
 * These are the platform defaults. A network's own brand colours will come from the database (a later
 * issue) and override the CSS custom properties at runtime, so components must style themselves with
 * `var(--linja-…)` (see theme.css), never with these literals. The TS object is for code that needs a
 * value (tests, a <meta name="theme-color">, a canvas) and is kept in sync with theme.css by a test.
 *
 * Text colours meet WCAG 2.2 AA (4.5:1) on the backgrounds they are used on; `border` and `focus`
 * meet the 3:1 non-text contrast for controls. The contrast is asserted in test/tokens.spec.ts.
 */
export const tokens = {
  color: {
    primary: '#0e5a6b',
    primaryHover: '#0a4553',
    onPrimary: '#ffffff',
    text: '#1c2430',
    textMuted: '#4a5565',
    background: '#ffffff',
    surface: '#f5f7f8',
    surfaceAccent: '#eef5f6',
    border: '#6b7785',
    divider: '#d5dce0',
    focus: '#1a4fd6',
    danger: '#b42318',
    success: '#1d6b3a',
    exit: '#a4262c',
    exitHover: '#7f1d22',
    onExit: '#ffffff',
  },
  space: {
    xs: '0.25rem',
    sm: '0.5rem',
    md: '1rem',
    lg: '1.5rem',
    xl: '2rem',
    xxl: '3rem',
  },
  radius: {
    sm: '4px',
    md: '8px',
    lg: '16px',
    pill: '999px',
  },
  font: {
    family:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    sizeBase: '1rem',
    sizeSmall: '0.875rem',
    sizeLarge: '1.25rem',
    sizeHeading: 'clamp(1.75rem, 1.2rem + 2.5vw, 2.75rem)',
    lineHeight: '1.5',
  },
} as const;

export type Tokens = typeof tokens;
export type TokenGroup = keyof Tokens;

/** A partial set of tokens, e.g. a network's brand colours read from the database. */
export type TokenOverrides = { [G in TokenGroup]?: { [K in keyof Tokens[G]]?: string } };

/** `('color', 'primaryHover')` → `'--linja-color-primary-hover'`. */
export function cssVarName(group: TokenGroup, key: string): string {
  const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return `--linja-${group}-${kebab}`;
}

/** `('color', 'primary')` → `'var(--linja-color-primary)'`, for inline styles. */
export function cssVar<G extends TokenGroup>(group: G, key: keyof Tokens[G] & string): string {
  return `var(${cssVarName(group, key)})`;
}

/**
 * Flattens (a subset of) the tokens to CSS custom properties, e.g. to set a network's overrides on
 * `document.documentElement.style` or a wrapper's `style`.
 */
export function toCssVariables(source: TokenOverrides = tokens): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [group, values] of Object.entries(source) as [TokenGroup, Record<string, string>][]) {
    for (const [key, value] of Object.entries(values)) {
      vars[cssVarName(group, key)] = value;
    }
  }
  return vars;
}
